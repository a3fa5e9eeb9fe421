using System.Globalization;
using ReportGen.Document;
using ReportGen.Pdf.Figures;

namespace ReportGen.Pdf.Tests.Figures;

/// <summary>The timeline figure's caption, durations and ticks never follow the machine's locale (ar_SA gave a Hijri
/// date in glyphs the font lacks, th_TH the year 2569, de "März").</summary>
[Collection(CultureSwitching.Name)]
public sealed class TimelineCultureTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 12, 0, TimeSpan.FromHours(1));

    private static TimelineGeometry Layout()
    {
        var marks = Enumerable.Range(0, 30).Select(i => new TimelineMark(Start.AddHours(i * 2), i % 2 == 0 ? "detection" : "mitigation", $"Event {i}")).ToList();
        var chart = new TimelineChart(Start, Start.AddDays(2.5), Start.AddMinutes(7), Start.AddHours(26), Start.AddDays(2.5), marks);
        return TimelineGeometryBuilder.Compute(chart, 480, (text, size) => text.Length * size * 0.5);
    }

    private static string Texts(TimelineGeometry g) => string.Join("\n",
        new[] { g.AxisCaption ?? "" }.Concat(g.Ticks.Select(t => t.Label)).Concat(g.Bands.Select(b => b.Label ?? "")));

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("de-DE")]
    [InlineData("fa-IR")]
    [InlineData("tr-TR")]
    public void The_figure_text_is_the_same_under_every_culture(string culture)
    {
        var invariant = CultureSwitching.Under(CultureInfo.InvariantCulture, () => Texts(Layout()));
        Assert.Contains("from 14 Mar 2026 09:12", invariant);
        Assert.Equal(invariant, CultureSwitching.Under(new CultureInfo(culture), () => Texts(Layout())));
    }
}

/// <summary>Tests that change the process's culture run alone: the default thread culture is process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CultureSwitching
{
    public const string Name = "culture switching";

    /// <summary>Runs <paramref name="action"/> with every current and default culture set to <paramref name="culture"/>.</summary>
    public static T Under<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var (defaultCulture, defaultUi) = (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }
}
