using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Packaging;

/// <summary>The settings part: Word 2013+ layout (no compatibility mode), and update fields on open so the table of
/// contents and page numbers are recomputed by Word.</summary>
internal static class DocumentSettingsFactory
{
    /// <summary>The <c>w:settings</c> element.</summary>
    public static Settings Create(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new UpdateFieldsOnOpen { Val = true },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = language });
}
