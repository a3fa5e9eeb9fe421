namespace ReportGen.Document;

/// <summary>An inline element inside a paragraph, heading, list item or table cell.</summary>
public abstract record Inline;

/// <summary>Literal text, printed exactly as held (no Markdown meaning left).</summary>
public sealed record TextInline(string Text) : Inline;

/// <summary>Bold text.</summary>
public sealed record StrongInline(IReadOnlyList<Inline> Children) : Inline;

/// <summary>Italic text.</summary>
public sealed record EmphasisInline(IReadOnlyList<Inline> Children) : Inline;

/// <summary>Inline code in the monospace font.</summary>
public sealed record CodeInline(string Code) : Inline;

/// <summary>A hyperlink. A <see cref="Url"/> starting with <c>#</c> points at an anchor inside the document.</summary>
public sealed record LinkInline(string Url, IReadOnlyList<Inline> Children) : Inline
{
    /// <summary>True when the link targets an anchor inside this document.</summary>
    public bool IsInternal => Url.StartsWith('#');

    /// <summary>True when the target is an anchor, a file beside the document (<see cref="RelativeLink"/>) or an
    /// absolute address a reader can open; writers show any other link as plain text, with
    /// <see cref="WriterMessages.InvalidLinkAddress"/>.</summary>
    public bool IsWellFormed => IsInternal || RelativeLink.IsLocalFile(Url) || Uri.TryCreate(Url, UriKind.Absolute, out _);
}

/// <summary>A hard line break.</summary>
public sealed record LineBreakInline : Inline;

/// <summary>Helpers over inline trees.</summary>
public static class Inlines
{
    /// <summary>The plain text of inlines, as a reader would copy it (line breaks become spaces).</summary>
    public static string PlainText(IEnumerable<Inline> inlines)
    {
        // One run of text (most headings, cells and badges) is its own plain text: no builder, no copy.
        if (inlines is IReadOnlyList<Inline> { Count: 1 } one && one[0] is TextInline only) return only.Text;
        var sb = new System.Text.StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    /// <summary>The length of <see cref="PlainText"/>, counted without building the text. Lists are walked by index
    /// (no boxed enumerator per call: the mapper asks for every paragraph, heading and cell).</summary>
    public static int PlainLength(IEnumerable<Inline> inlines)
    {
        var length = 0;
        if (inlines is IReadOnlyList<Inline> list)
            for (var i = 0; i < list.Count; i++) length += PlainLength(list[i]);
        else
            foreach (var inline in inlines) length += PlainLength(inline);
        return length;
    }

    private static int PlainLength(Inline inline) => inline switch
    {
        TextInline t => t.Text.Length,
        CodeInline c => c.Code.Length,
        StrongInline s => PlainLength(s.Children),
        EmphasisInline e => PlainLength(e.Children),
        LinkInline l => PlainLength(l.Children),
        LineBreakInline => 1,
        _ => 0,
    };

    private static void Append(System.Text.StringBuilder sb, IEnumerable<Inline> inlines)
    {
        if (inlines is IReadOnlyList<Inline> list)
            for (var i = 0; i < list.Count; i++) Append(sb, list[i]);
        else
            foreach (var inline in inlines) Append(sb, inline);
    }

    private static void Append(System.Text.StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case TextInline t: sb.Append(t.Text); break;
            case CodeInline c: sb.Append(c.Code); break;
            case StrongInline s: Append(sb, s.Children); break;
            case EmphasisInline e: Append(sb, e.Children); break;
            case LinkInline l: Append(sb, l.Children); break;
            case LineBreakInline: sb.Append(' '); break;
        }
    }
}
