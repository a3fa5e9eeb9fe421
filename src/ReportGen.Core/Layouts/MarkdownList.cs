using System.Text;
using Scriban;
using ReportGen.Core.Loading;
using ReportGen.Core.Markdown;

namespace ReportGen.Core.Layouts;

/// <summary>(md) <c>md.list</c>: items as a bullet list, an item's further lines indented under its bullet. Each item
/// is known as its own incident value and points at its own line of the incident file; the bullets belong to the list
/// (the key the layout read).</summary>
internal static class MarkdownList
{
    /// <summary>The list of <paramref name="items"/>, with where each piece comes from.</summary>
    public static MarkdownFragment Of(TemplateContext context, object? items)
    {
        var sb = new StringBuilder();
        var sandbox = context as SandboxContext;
        var (record, member) = sandbox?.Sources.Pending ?? default;
        var list = record is YMapping map && member is not null ? map.Get(member) as YSequence : null;
        var entries = sandbox is null ? null : new List<OutputSources.Entry>();
        var cursor = 0;
        if (items is System.Collections.IEnumerable values and not string)
        {
            foreach (var item in values)
            {
                // The first line sits right after the bullet: confine the item as it will be read there.
                var block = MarkdownConfiner.Block(TemplateHelpers.Str(item)?.TrimStart());
                if (block.Length == 0) continue;
                if (sb.Length > 0) sb.Append('\n');
                entries?.Add(new OutputSources.Entry(sb.Length, null, record, member));
                sb.Append("- ");
                if (entries is not null)
                {
                    var node = ItemNode(list, item, ref cursor);
                    entries.Add(new OutputSources.Entry(sb.Length, null, node ?? record, node is null ? member : null)
                    {
                        ValueId = sandbox!.ValueId(item),
                        IsBlock = true,
                    });
                }
                sb.Append(block.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }
        return new MarkdownFragment(sb.ToString()) { Sources = entries };
    }

    /// <summary>The node of the list the item was read from (items come in file order, blank ones left out), or null.
    /// After a miss (the layout sorted or filtered the list, or wrote another one) no later item is looked for, so the
    /// search stays linear; those items point at the list.</summary>
    private static YNode? ItemNode(YSequence? list, object? item, ref int cursor)
    {
        if (list is null || item is not string) return null;
        for (var i = cursor; i < list.Items.Count; i++)
        {
            if (list.Items[i] is YScalar { Value: var value } && ReferenceEquals(value, item))
            {
                cursor = i + 1;
                return list.Items[i];
            }
        }
        cursor = list.Items.Count;
        return null;
    }
}
