#!/usr/bin/env python3
"""Draws ReportGenTestGlyphs-Regular.ttf, the font the font-fallback tests use as "a user's font".

It covers only characters no shipped font has (Private Use Area code points that terminal fonts such as
Powerline use for arrows), so a test that sees one of them embedded knows the fallback reached this font.
TrueType outlines (glyf), because the PDF writer embeds only those. Run with Debian's python3-fonttools:
    /usr/bin/python3 make-test-font.py
The output is deterministic (fixed timestamps), so re-running it gives the same bytes.
"""
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

UNITS = 1000
ADVANCE = 600
# U+E0B0..U+E0B3: right/left solid and line arrows, the Powerline separators.
SHAPES = {
    0xE0B0: [(0, -200), (600, 350), (0, 900)],
    0xE0B2: [(600, -200), (0, 350), (600, 900)],
    0xE0B1: [(0, -200), (600, 350), (0, 900), (0, 820), (510, 350), (0, -120)],
    0xE0B3: [(600, -200), (0, 350), (600, 900), (600, 820), (90, 350), (600, -120)],
}


def polygon(points):
    pen = TTGlyphPen(None)
    pen.moveTo(points[0])
    for p in points[1:]:
        pen.lineTo(p)
    pen.closePath()
    return pen.glyph()


def notdef():
    pen = TTGlyphPen(None)
    for box in ([(50, 0), (50, 700), (550, 700), (550, 0)], [(100, 50), (500, 50), (500, 650), (100, 650)]):
        pen.moveTo(box[0])
        for p in box[1:]:
            pen.lineTo(p)
        pen.closePath()
    return pen.glyph()


names = [".notdef", "space"] + [f"uni{cp:04X}" for cp in SHAPES]
glyphs = {".notdef": notdef(), "space": TTGlyphPen(None).glyph()}
cmap = {0x20: "space"}
for cp, points in SHAPES.items():
    name = f"uni{cp:04X}"
    glyphs[name] = polygon(points)
    cmap[cp] = name

fb = FontBuilder(UNITS, isTTF=True)
fb.setupGlyphOrder(names)
fb.setupCharacterMap(cmap)
fb.setupGlyf(glyphs)
lsb = {".notdef": 50, "space": 0}
lsb.update({f"uni{cp:04X}": min(x for x, _ in points) for cp, points in SHAPES.items()})
fb.setupHorizontalMetrics({n: (ADVANCE, lsb[n]) for n in names})
fb.setupHorizontalHeader(ascent=900, descent=-200)
fb.setupNameTable({
    "familyName": "ReportGen Test Glyphs",
    "styleName": "Regular",
    "uniqueFontIdentifier": "ReportGenTestGlyphs-Regular",
    "fullName": "ReportGen Test Glyphs Regular",
    "psName": "ReportGenTestGlyphs-Regular",
    "version": "Version 1.000",
    "licenseDescription": "CC0 1.0 Universal (public domain dedication)",
    "licenseInfoURL": "https://creativecommons.org/publicdomain/zero/1.0/",
})
fb.setupOS2(sTypoAscender=900, sTypoDescender=-200, usWinAscent=900, usWinDescent=200, sCapHeight=700, sxHeight=500,
            fsType=0, achVendID="NONE")
fb.setupPost()
fb.updateHead(created=0, modified=0)
fb.save("ReportGenTestGlyphs-Regular.ttf")
