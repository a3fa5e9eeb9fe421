using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using O = DocumentFormat.OpenXml.Vml.Office;
using V = DocumentFormat.OpenXml.Vml;

namespace ReportGen.Docx.Rendering;

/// <summary>A Word signature line: the VML picture with an <c>o:signatureline</c> that Word's Insert → Signature Line
/// makes, with the suggested signer (name) and title (role) filled in, so Word offers "Sign…" on it and LibreOffice
/// imports it as a signature line. The picture shows an ✕ and the line, as the PDF's signature field does, drawn from
/// an SVG by the writer's rasterizer once per document and shared by every signer (without a rasterizer, the cell stays
/// a plain place to sign, with a warning).</summary>
internal static class SignatureLine
{
    private const string PictureFrameType = "_x0000_t75"; // Word's preset shape type for pictures

    /// <summary>The run holding the signature line of <paramref name="entry"/>, or null without a rasterizer.</summary>
    public static Run? Create(DocxContext context, SignOffEntry entry, double widthPoints, double heightPoints)
    {
        if (context.Options.SvgRasterizer is not { } rasterize)
        {
            context.Warn($"the signature line of {entry.Name} was left out of the Word document (nothing to draw it with)");
            return null;
        }
        if (!context.SignatureLinePictures.TryGetValue((widthPoints, heightPoints), out var imageId))
        {
            var svg = new ImageData(Encoding.UTF8.GetBytes(Drawing(context, widthPoints, heightPoints)), ImageFormat.Svg, 0, 0);
            if (rasterize(svg, widthPoints, heightPoints) is not { Png: { Format: ImageFormat.Png } png })
                return null;
            imageId = context.SignatureLinePictures[(widthPoints, heightPoints)] = context.AddImage(png).RelationshipId;
        }
        var number = ++context.SignatureLineCount;
        var shape = new V.Shape(
            new V.ImageData { RelationshipId = imageId, Title = "" },
            new O.Lock { Extension = V.ExtensionHandlingBehaviorValues.Edit, Ungrouping = true, Rotation = true, Cropping = true,
                Verticies = true, TextLock = true, Grouping = true },
            new O.SignatureLine
            {
                Extension = V.ExtensionHandlingBehaviorValues.Edit,
                Id = Guid(context.Document.Settings.Title + "\n" + entry.SignatureField),
                ProviderId = "{00000000-0000-0000-0000-000000000000}",
                SuggestedSigner = context.Sanitizer.Clean(entry.Name),
                SuggestedSigner2 = context.Sanitizer.Clean(entry.Role),
                SuggestedSignerEmail = "",
                IsSignatureLine = true,
            })
        {
            Id = "ReportGenSignatureLine" + number.ToString(CultureInfo.InvariantCulture),
            Type = "#" + PictureFrameType,
            Alternate = context.Sanitizer.Clean(Description(entry)),
            Style = string.Create(CultureInfo.InvariantCulture, $"width:{widthPoints:0.#}pt;height:{heightPoints:0.#}pt"),
        };
        return new Run(context.PictureFrameTypeWritten ? new Picture(shape) : new Picture(PictureFrame(context), shape));
    }

    /// <summary>What a screen reader says: whose signature goes here.</summary>
    public static string Description(SignOffEntry entry) =>
        entry.Role.Length > 0 ? $"Signature line for {entry.Name}, {entry.Role}" : $"Signature line for {entry.Name}";

    /// <summary>The picture as SVG: an ✕ and a rule in the lower half, as the PDF draws its signature field (the
    /// signer's name and title are beside it in the row, and in the signature-line data Word's signing dialog shows).
    /// The same for every signer, so one picture serves them all.</summary>
    private static string Drawing(DocxContext context, double width, double height)
    {
        var theme = context.Theme;
        var line = height - 6;
        string X(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{X(width)}pt" height="{X(height)}pt" viewBox="0 0 {X(width)} {X(height)}">
            <path d="M2 {X(line - 5)} l5 5 m0 -5 l-5 5" stroke="#{theme.Colors.Muted.Hex}" stroke-width="0.8" fill="none"/>
            <line x1="11" y1="{X(line)}" x2="{X(width - 4)}" y2="{X(line)}" stroke="#{theme.Colors.Muted.Hex}" stroke-width="0.6"/>
            </svg>
            """;
    }

    /// <summary>The picture-frame shape type, as Word writes it before its first picture.</summary>
    private static V.Shapetype PictureFrame(DocxContext context)
    {
        context.PictureFrameTypeWritten = true;
        var formulas = new V.Formulas(new[]
        {
            "if lineDrawn pixelLineWidth 0", "sum @0 1 0", "sum 0 0 @1", "prod @2 1 2", "prod @3 21600 pixelWidth",
            "prod @3 21600 pixelHeight", "sum @0 0 1", "prod @6 1 2", "prod @7 21600 pixelWidth", "sum @8 21600 0",
            "prod @7 21600 pixelHeight", "sum @10 21600 0",
        }.Select(f => new V.Formula { Equation = f }));
        return new V.Shapetype(
            new V.Stroke { JoinStyle = V.StrokeJoinStyleValues.Miter }, formulas,
            new V.Path { AllowGradientShape = true, ConnectionPointType = O.ConnectValues.Rectangle, AllowExtrusion = false },
            new O.Lock { Extension = V.ExtensionHandlingBehaviorValues.Edit, AspectRatio = true })
        {
            Id = PictureFrameType, CoordinateSize = "21600,21600", OptionalNumber = 75, PreferRelative = true,
            EdgePath = "m@4@5l@4@11@9@11@9@5xe", Filled = false, Stroked = false,
        };
    }

    /// <summary>A GUID derived from the text (the same report gives the same id, so the output stays byte-identical).</summary>
    private static string Guid(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // a name-based GUID (version 5 layout)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new System.Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("B").ToUpperInvariant();
    }
}
