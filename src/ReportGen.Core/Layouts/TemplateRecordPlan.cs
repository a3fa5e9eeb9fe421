using ReportGen.Core.Validation;

namespace ReportGen.Core.Layouts;

/// <summary>How layouts see a record shape, worked out once per shape of the format: the fields shown (each enum's
/// <c>_label</c> key built here), the extras, and the fields an extra replaces left out. A render then does no name
/// building or extra lookups per record.</summary>
internal sealed class TemplateRecordPlan
{
    /// <summary>A field shown under its key, with its enum's label key when it is an enum.</summary>
    public sealed record Slot(Field Field, IEnumShape? Choices, string? LabelKey);

    private static readonly Dictionary<IObjectShape, TemplateRecordPlan> Plans = Build(IncidentFormat.Incident);

    private TemplateRecordPlan(IObjectShape shape)
    {
        Extras = TemplateExtras.Of(shape).ToArray();
        Slots = shape.Fields.Where(f => !Extras.Any(x => x.Name == f.Key))
            .Select(f => f.Shape is IEnumShape choices ? new Slot(f, choices, f.Key + "_label") : new Slot(f, null, null)).ToArray();
    }

    /// <summary>The fields shown, in declaration order.</summary>
    public Slot[] Slots { get; }

    /// <summary>The extras, after the fields.</summary>
    public TemplateExtra[] Extras { get; }

    /// <summary>The plan of a record shape of the format.</summary>
    public static TemplateRecordPlan For(IObjectShape shape) => Plans[shape];

    /// <summary>A plan for every record shape reachable from <paramref name="root"/> (shapes compare by reference).</summary>
    private static Dictionary<IObjectShape, TemplateRecordPlan> Build(IObjectShape root)
    {
        var plans = new Dictionary<IObjectShape, TemplateRecordPlan>();
        var pending = new Stack<IObjectShape>([root]);
        while (pending.TryPop(out var shape))
        {
            if (!plans.TryAdd(shape, new TemplateRecordPlan(shape))) continue;
            foreach (var field in shape.Fields)
            {
                var inner = field.Shape is IListShape list ? list.Item : field.Shape;
                if (inner is ITextOrObjectShape choice) pending.Push(choice.Object);
                else if (inner is IObjectShape record) pending.Push(record);
            }
        }
        return plans;
    }
}
