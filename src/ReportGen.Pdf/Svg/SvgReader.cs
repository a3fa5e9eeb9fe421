using System.Text;
using System.Xml;

namespace ReportGen.Pdf.Svg;

/// <summary>Reads SVG bytes into an <see cref="SvgNode"/> tree safely: no DTD processing (a DOCTYPE is skipped, so
/// entity bombs and external entities cannot expand), no resolver (nothing is ever fetched), and bounded element
/// count, nesting and text size. Anything malformed becomes a <see cref="SvgFormatException"/> with a plain reason.</summary>
internal static class SvgReader
{
    public const int MaxElements = 100_000;
    public const int MaxDepth = 100;
    private const long MaxCharacters = 32L * 1024 * 1024;
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";

    /// <summary>The root &lt;svg&gt; node and the text of every &lt;style&gt; element, in document order.</summary>
    public static (SvgNode Root, string StyleSheet) Read(byte[] bytes)
    {
        // DtdProcessing.Ignore rather than Prohibit: matplotlib and Inkscape write a DOCTYPE line that Prohibit would
        // reject outright. Ignored, it declares nothing, so any entity reference fails as undeclared.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = MaxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return ReadTree(reader);
        }
        catch (XmlException ex)
        {
            throw new SvgFormatException($"it is not well-formed XML ({ex.Message})");
        }
    }

    private static (SvgNode, string) ReadTree(XmlReader reader)
    {
        SvgNode? root = null;
        SvgNode? current = null;
        var css = new StringBuilder();
        var elements = 0;
        var foreignDepth = 0; // inside an element of another namespace (editor metadata): skipped whole
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    if (++elements > MaxElements)
                        throw new SvgFormatException($"it has more than {MaxElements} elements");
                    if (reader.Depth >= MaxDepth)
                        throw new SvgFormatException($"its elements nest deeper than {MaxDepth} levels");
                    if (foreignDepth > 0 || (reader.NamespaceURI != SvgNamespace && reader.NamespaceURI.Length > 0))
                    {
                        if (root is null)
                            throw new SvgFormatException($"its root element is <{reader.LocalName}>, not <svg>");
                        if (current?.Name == "foreignObject" && reader.LocalName == "br")
                            AddText(current, "\n");
                        if (!empty)
                            foreignDepth++;
                        continue;
                    }
                    if (root is null && reader.LocalName != "svg")
                        throw new SvgFormatException($"its root element is <{reader.LocalName}>, not <svg>");
                    var node = new SvgNode(reader.LocalName, current);
                    ReadAttributes(reader, node);
                    if (root is null)
                        root = node;
                    else
                        current!.Children.Add(node);
                    if (!empty)
                        current = node;
                    break;
                case XmlNodeType.EndElement:
                    if (foreignDepth > 0)
                    {
                        foreignDepth--;
                        if (current?.Name == "foreignObject" && BlockElements.Contains(reader.LocalName))
                            AddText(current, "\n"); // the end of an HTML block starts a new line of the label
                    }
                    else
                        current = current?.Parent;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (current is null)
                        break;
                    if (foreignDepth > 0)
                    {
                        // HTML inside a foreignObject (Mermaid and draw.io labels): only its text is kept.
                        if (current.Name == "foreignObject")
                            AddText(current, reader.Value);
                        break;
                    }
                    if (current.Name == "style")
                        css.Append(reader.Value).Append('\n');
                    else if (current.Name is "text" or "tspan")
                        current.Children.Add(new SvgNode(SvgNode.TextName, current) { Text = reader.Value });
                    break;
            }
        }
        return (root ?? throw new SvgFormatException("it has no <svg> element"), css.ToString());
    }

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private static void AddText(SvgNode node, string text) =>
        node.Children.Add(new SvgNode(SvgNode.TextName, node) { Text = text });

    private static void ReadAttributes(XmlReader reader, SvgNode node)
    {
        if (!reader.MoveToFirstAttribute())
            return;
        do
        {
            var ns = reader.NamespaceURI;
            if (ns.Length == 0)
                node.Attributes[reader.LocalName] = reader.Value;
            else if (ns == XlinkNamespace && reader.LocalName == "href")
                node.Attributes.TryAdd("href", reader.Value); // plain href (SVG 2) wins when both are given
            else if (reader.Prefix == "xml" && reader.LocalName == "space")
                node.Attributes["xml:space"] = reader.Value;
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }
}

/// <summary>The SVG cannot be read at all; the message completes "the SVG could not be read: ...".</summary>
internal sealed class SvgFormatException(string message) : Exception(message);
