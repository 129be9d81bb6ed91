using System.Collections.Immutable;
using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>What one paragraph yields once its runs, list numbering and style are resolved.</summary>
/// <param name="Text">Normalised visible text, without the list label.</param>
/// <param name="RunIn">Leading bold text, normalised; null when the paragraph does not start in bold.</param>
/// <param name="Label">List label, when the paragraph is numbered.</param>
/// <param name="HeadingLevel">1-based outline level; 0 for body text.</param>
/// <param name="RightToLeft">The paragraph is right-to-left (<c>w:bidi</c>, or its text starts in a right-to-left script).</param>
/// <param name="Notes">Texts of the footnotes and endnotes it cites.</param>
/// <param name="TextBoxes">Text box contents anchored in it, read after it.</param>
internal sealed record ParagraphContent(
    string Text,
    string? RunIn,
    ListLabel? Label,
    int HeadingLevel,
    bool RightToLeft,
    ImmutableArray<string> Notes,
    IReadOnlyList<WordElement> TextBoxes)
{
    /// <summary>The label, if any, then the text: how a reader sees the paragraph inside a table cell.</summary>
    public string DisplayText => Label?.Text is { } label ? label + " " + Text : Text;
}
