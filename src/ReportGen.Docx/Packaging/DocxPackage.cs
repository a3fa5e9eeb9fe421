using System.Collections.Frozen;
using System.Globalization;
using DocumentFormat.OpenXml;

namespace ReportGen.Docx.Packaging;

/// <summary>The parts and relationships of one .docx, written once, straight into a deterministic zip
/// (<see cref="DeterministicZip"/>). It replaces the Open XML SDK's package (System.IO.Packaging), which kept every part
/// in an in-memory zip that was then read back and compressed a second time. Part names, the content types and the
/// relationship files follow the SDK's rules, so the output is the same bytes it wrote. One package per
/// <see cref="DocxWriter.Write"/> call, never shared between threads.</summary>
internal sealed class DocxPackage
{
    /// <summary>The source name of the package's own relationships (<c>_rels/.rels</c>).</summary>
    public const string Root = "/";

    /// <summary>The main document part's name.</summary>
    public const string MainDocument = "/word/document.xml";

    // Content types the SDK numbers from 1 even for their first part (header1.xml, theme1.xml, itemProps1.xml).
    private static readonly FrozenSet<string> NumberedFromOne = new[]
    {
        ContentTypes.Header, ContentTypes.Footer, ContentTypes.Theme, ContentTypes.CustomXmlProperties,
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly List<Part> _parts = [];
    private readonly ContentTypes _contentTypes = new();
    private readonly Dictionary<string, List<Relationship>> _relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sequence = new(StringComparer.Ordinal);

    /// <summary>A part name unique in the package for a part of <paramref name="contentType"/>: <c>/media/image.png</c>,
    /// then <c>/media/image2.png</c> (the SDK counts per content type).</summary>
    public string UniqueName(string folder, string name, string extension, string contentType)
    {
        string suffix;
        if (_sequence.TryGetValue(contentType, out var count))
        {
            _sequence[contentType] = ++count;
            suffix = count.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            _sequence[contentType] = 1;
            suffix = NumberedFromOne.Contains(contentType) ? "1" : "";
        }
        return folder + name + suffix + extension;
    }

    /// <summary>Adds a part written by <paramref name="write"/> at save time, and the relationship of
    /// <paramref name="source"/> to it.</summary>
    public void Add(string source, string relationshipType, string relationshipId, string name, string contentType, Action<Stream> write)
    {
        _parts.Add(new Part(name, write));
        _contentTypes.Add(name, contentType);
        Relate(source, new Relationship(relationshipType, name, relationshipId, External: false));
    }

    /// <summary>Adds a part holding <paramref name="root"/>'s XML, as the SDK saves a part's root element
    /// (<see cref="RootXml"/>).</summary>
    public void Add(string source, string relationshipType, string relationshipId, string name, string contentType, OpenXmlPartRootElement root) =>
        Add(source, relationshipType, relationshipId, name, contentType, stream => RootXml.Save(root, stream));

    /// <summary>Adds a part holding <paramref name="bytes"/> as they are.</summary>
    public void Add(string source, string relationshipType, string relationshipId, string name, string contentType, byte[] bytes) =>
        Add(source, relationshipType, relationshipId, name, contentType, stream => stream.Write(bytes));

    /// <summary>Adds a relationship of <paramref name="source"/> to an address outside the package (a hyperlink).</summary>
    public void AddExternal(string source, string relationshipType, string relationshipId, string target) =>
        Relate(source, new Relationship(relationshipType, target, relationshipId, External: true));

    /// <summary>Writes the package into <paramref name="output"/>: content types, relationship files and parts, in the
    /// zip's fixed order.</summary>
    public void Save(Stream output)
    {
        var entries = new List<(string Name, Action<Stream> Write)>(_parts.Count + _relationships.Count + 1);
        foreach (var part in _parts)
            entries.Add((part.Name[1..], part.Write));
        foreach (var (source, relationships) in _relationships)
        {
            _contentTypes.Add(RelationshipsName(source), ContentTypes.Relationships); // made last, as System.IO.Packaging does on flush
            entries.Add((RelationshipsName(source)[1..], stream => PackageXml.WriteRelationships(stream, relationships)));
        }
        entries.Add((ContentTypes.EntryName, _contentTypes.Write));
        DeterministicZip.Write(output, entries);
    }

    private void Relate(string source, Relationship relationship)
    {
        if (!_relationships.TryGetValue(source, out var list))
            _relationships[source] = list = [];
        list.Add(relationship);
    }

    /// <summary><c>/_rels/.rels</c> for the package, <c>/word/_rels/document.xml.rels</c> for a part.</summary>
    private static string RelationshipsName(string source)
    {
        var slash = source.LastIndexOf('/');
        return source[..(slash + 1)] + "_rels/" + source[(slash + 1)..] + ".rels";
    }

    private sealed record Part(string Name, Action<Stream> Write);
}

/// <summary>One relationship: its type, target (a part name, or an address when external) and id.</summary>
internal sealed record Relationship(string Type, string Target, string Id, bool External);
