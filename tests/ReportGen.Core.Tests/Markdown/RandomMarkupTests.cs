using ReportGen.Core.Model;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Strings made of Markdown's special characters (fixed seed, so failures repeat) never break the default
/// layout: plain fields round-trip, (md) fields stay inside their section, and nothing is an error.</summary>
public class RandomMarkupTests
{
    private const string Alphabet = "ab 1.-+*_`#|<>{}[]()!:~=&;\\\n\"'/\t    é";

    [Fact]
    public void Random_markup_in_every_kind_of_field_keeps_the_report_whole()
    {
        var random = new Random(20260314);
        var sections = HeadingTexts(LayoutTestKit.Build(TestIncidents.Full()).Document!, 2);
        for (var i = 0; i < 200; i++)
        {
            string Next() => new(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var title = Next();
            var full = TestIncidents.Full();
            var incident = full with
            {
                Title = title,
                Summary = Next(),
                ActionItems = [full.ActionItems[0] with { Action = Next(), Owner = Next() }],
                Lessons = new Lessons { WentWell = [Next(), Next()] },
                Prevention = new Prevention { LongTerm = [new PreventionMeasure(Next(), ["A1"])] },
            };
            var result = LayoutTestKit.Build(incident);
            var context = $"title={title}\n{result.Markdown}\n{string.Join("\n", result.Diagnostics)}";
            Assert.True(result.Document is not null, context);
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            var expectedTitle = OneLine(title);
            Assert.Equal(expectedTitle, Inlines.PlainText(result.Document!.Blocks.OfType<TitleBlock>().Single().Title).Trim());
            Assert.True(sections.SequenceEqual(HeadingTexts(result.Document, 2)), context);
            Assert.Single(Table(result.Document, "ID").Rows);
        }
    }

    /// <summary>A plain field as the report prints it: each line break a space (none doubled), ends trimmed.</summary>
    private static string OneLine(string text)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in text)
            if (c != '\n') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        return sb.ToString().Trim();
    }
}
