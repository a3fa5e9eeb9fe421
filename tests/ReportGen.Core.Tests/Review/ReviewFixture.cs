using ReportGen.Core.Loading;
using ReportGen.Core.Review;
using ReportGen.Core.Tests.Support;

namespace ReportGen.Core.Tests.Review;

/// <summary>The generated folder, written and loaded once for the review tests: the specs the generator wrote and
/// what the loader made of the files.</summary>
public sealed class ReviewFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public ReviewFixture()
    {
        Specs = ReviewFolder.Write(_folder.Path);
        var loaded = new List<ReviewIncident>();
        foreach (var spec in Specs)
        {
            var path = Path.Combine(_folder.Path, spec.File);
            var result = IncidentLoader.Load(path, spec.File);
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            var relative = Path.GetDirectoryName(spec.File) ?? "";
            loaded.Add(ReviewIncident.From(new ReviewSource(spec.File, Path.GetFileNameWithoutExtension(spec.File), relative),
                result.Incident!, result.Figures!));
        }
        Incidents = loaded;
    }

    internal List<SpecIncident> Specs { get; }

    public IReadOnlyList<ReviewIncident> Incidents { get; }

    public string Folder => _folder.Path;

    public Portfolio Build(ReviewRequest request) => PortfolioBuilder.Build(request, Incidents, []);

    public void Dispose() => _folder.Dispose();
}
