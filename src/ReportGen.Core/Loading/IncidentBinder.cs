using ReportGen.Core.Derivation;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Loading;

/// <summary>Builds the immutable <see cref="Incident"/> from a tree that passed validation, through the bindings
/// <see cref="IncidentFormat"/> declares: every value read here was already checked and typed (see
/// <see cref="YScalar.Value"/>), so binding is plain copying.</summary>
internal static class IncidentBinder
{
    public static Incident Bind(YMapping root, ReportClock.Resolved?[] times, string baseDirectory, IncidentPositions? positions = null) =>
        IncidentFormat.Incident.Read(root, new BindContext(times, baseDirectory, positions));
}
