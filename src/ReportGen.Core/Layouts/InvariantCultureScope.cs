using System.Globalization;

namespace ReportGen.Core.Layouts;

/// <summary>Makes the invariant culture the current one for the calling thread until disposed. Scriban's built-ins
/// (<c>string.capitalize</c>, <c>string.index_of</c>…) use the thread's culture, so a Turkish machine would print
/// "İstanbul" and a Thai one the Buddhist year; a render runs in this scope so layouts print the same everywhere. The
/// culture is per thread (and async flow), so parallel renders do not affect each other.</summary>
internal readonly struct InvariantCultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private InvariantCultureScope(CultureInfo culture, CultureInfo uiCulture)
    {
        _culture = culture;
        _uiCulture = uiCulture;
    }

    /// <summary>Switches to the invariant culture; dispose to switch back.</summary>
    public static InvariantCultureScope Enter()
    {
        var scope = new InvariantCultureScope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return scope;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
