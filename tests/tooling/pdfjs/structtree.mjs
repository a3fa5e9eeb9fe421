// Prints what pdf.js reads from a tagged PDF, as JSON on stdout: per page, the structure tree getStructTree() returns
// (role, alt, lang and children, with marked-content ids resolved to their text from getTextContent), in the order
// pdf.js gives it. Usage: node structtree.mjs FILE.pdf
import { readFile } from "node:fs/promises";

// pdf.js wants DOMMatrix when it loads (for drawing, which this reader never does); without the optional native
// canvas package there is none in Node, so a plain 2D matrix stands in.
globalThis.DOMMatrix ??= class DOMMatrix {
  constructor(m = [1, 0, 0, 1, 0, 0]) { [this.a, this.b, this.c, this.d, this.e, this.f] = m; }
  multiplySelf(o) {
    const { a, b, c, d, e, f } = this;
    this.a = a * o.a + c * o.b; this.b = b * o.a + d * o.b;
    this.c = a * o.c + c * o.d; this.d = b * o.c + d * o.d;
    this.e = a * o.e + c * o.f + e; this.f = b * o.e + d * o.f + f;
    return this;
  }
  preMultiplySelf(o) { const m = new DOMMatrix([o.a, o.b, o.c, o.d, o.e, o.f]).multiplySelf(this); Object.assign(this, m); return this; }
  translate(x = 0, y = 0) { return new DOMMatrix([this.a, this.b, this.c, this.d, this.e, this.f]).multiplySelf(new DOMMatrix([1, 0, 0, 1, x, y])); }
  scale(x = 1, y = x) { return new DOMMatrix([this.a, this.b, this.c, this.d, this.e, this.f]).multiplySelf(new DOMMatrix([x, 0, 0, y, 0, 0])); }
  invertSelf() {
    const { a, b, c, d, e, f } = this, det = a * d - b * c;
    Object.assign(this, { a: d / det, b: -b / det, c: -c / det, d: a / det, e: (c * f - d * e) / det, f: (b * e - a * f) / det });
    return this;
  }
};
const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");

const data = new Uint8Array(await readFile(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  // Text of each marked-content id on the page (pdf.js names them "<page ref>_mc<MCID>").
  const content = await page.getTextContent({ includeMarkedContent: true });
  const text = new Map();
  const open = [];
  for (const item of content.items) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") open.push(item.id ?? null);
    else if (item.type === "endMarkedContent") open.pop();
    else if (typeof item.str === "string") {
      const id = open.findLast((x) => x !== null);
      if (id) text.set(id, (text.get(id) ?? "") + item.str);
    }
  }
  const resolve = (node) => {
    if (node.type === "content") return { content: text.get(node.id) ?? "" };
    if (node.type === "annotation" || node.type === "object") return { object: node.id };
    const out = { role: node.role };
    if (node.alt !== undefined) out.alt = node.alt;
    if (node.lang !== undefined) out.lang = node.lang;
    out.children = (node.children ?? []).map(resolve);
    return out;
  };
  const tree = await page.getStructTree();
  pages.push(tree ? resolve(tree) : null);
}
process.stdout.write(JSON.stringify({ pages }));
