using System.Text;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Svg;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Svg;

/// <summary>Loads SVG text with the shared fonts and reads the recording back in drawing-space coordinates.</summary>
internal static class SvgTestKit
{
    public static SvgDrawing Load(string svg)
    {
        var drawing = SvgDrawing.Load(Encoding.UTF8.GetBytes(svg), SharedWriter.Instance.Fonts, out var problem);
        Assert.True(drawing is not null, "the SVG did not load: " + problem);
        return drawing;
    }

    public static string? Problem(string svg)
    {
        var drawing = SvgDrawing.Load(Encoding.UTF8.GetBytes(svg), SharedWriter.Instance.Fonts, out var problem);
        Assert.Null(drawing);
        Assert.False(string.IsNullOrWhiteSpace(problem));
        return problem;
    }

    /// <summary>A fixture file from Svg/Fixtures in the source tree.</summary>
    public static byte[] Fixture(string name) =>
        File.ReadAllBytes(RepoPaths.Under("tests", "ReportGen.Pdf.Tests", "Svg", "Fixtures", name));

    public static SvgDrawing LoadFixture(string name)
    {
        var drawing = SvgDrawing.Load(Fixture(name), SharedWriter.Instance.Fonts, out var problem);
        Assert.True(drawing is not null, "the fixture did not load: " + problem);
        return drawing;
    }

    /// <summary>Each drawing command with the transform and clip in effect when it was drawn.</summary>
    public static List<Placed> Placed(IEnumerable<DrawCommand> commands)
    {
        var result = new List<Placed>();
        var stack = new Stack<(AffineTransform, int, float)>();
        var transform = AffineTransform.Identity;
        var clips = 0;
        var opacity = 1f;
        foreach (var command in commands)
        {
            switch (command)
            {
                case SaveCommand save:
                    stack.Push((transform, clips, opacity));
                    opacity *= save.Opacity;
                    break;
                case RestoreCommand:
                    (transform, clips, opacity) = stack.Pop();
                    break;
                case ConcatCommand concat:
                    transform = concat.Transform.Then(transform);
                    break;
                case ClipPathCommand:
                    clips++;
                    result.Add(new Placed(command, transform, clips, opacity));
                    break;
                default:
                    result.Add(new Placed(command, transform, clips, opacity));
                    break;
            }
        }
        Assert.Empty(stack); // every Save has its Restore
        return result;
    }

    public static List<Placed> Placed(SvgDrawing drawing) => Placed(drawing.Commands);

    /// <summary>A box mapped through a transform (the box around its four corners).</summary>
    public static Box Map(Box box, AffineTransform t)
    {
        var corners = new[] { t.Apply(box.X, box.Y), t.Apply(box.Right, box.Y), t.Apply(box.X, box.Bottom), t.Apply(box.Right, box.Bottom) };
        var left = corners.Min(c => c.X);
        var top = corners.Min(c => c.Y);
        return new Box(left, top, corners.Max(c => c.X) - left, corners.Max(c => c.Y) - top);
    }

    public static void Near(Box expected, Box actual, float tolerance = 0.05f)
    {
        Assert.True(Math.Abs(expected.X - actual.X) <= tolerance && Math.Abs(expected.Y - actual.Y) <= tolerance &&
                    Math.Abs(expected.Width - actual.Width) <= tolerance && Math.Abs(expected.Height - actual.Height) <= tolerance,
            $"expected {expected}, got {actual}");
    }

    public static string Doc(string body, string size = "width='200' height='100'") =>
        $"<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' {size}>{body}</svg>";
}

/// <summary>A recorded command with the drawing-space transform, the number of clips and the group opacity in force.</summary>
internal sealed record Placed(DrawCommand Command, AffineTransform Transform, int Clips, float Opacity)
{
    public Box Box => SvgTestKit.Map(Command.Bounds, Transform);
}
