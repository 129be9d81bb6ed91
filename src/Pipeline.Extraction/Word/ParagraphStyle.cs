namespace Pipeline.Extraction.Word;

/// <summary>A paragraph style with its <c>basedOn</c> chain already applied.</summary>
/// <param name="Id">The style id paragraphs name in <c>w:pStyle</c>.</param>
/// <param name="HeadingLevel">1-based outline level (explicit <c>w:outlineLvl</c>, else the built-in "heading N"/"Title" name); 0 for body text.</param>
/// <param name="Numbering">Numbering the style applies, if any.</param>
/// <param name="RightToLeft">The style sets <c>w:bidi</c>.</param>
/// <param name="Run">Run formatting the style gives its text.</param>
internal sealed record ParagraphStyle(string Id, int HeadingLevel, NumberingReference? Numbering, bool RightToLeft, RunFormat Run)
{
    public static ParagraphStyle None { get; } = new(string.Empty, 0, null, false, default);
}
