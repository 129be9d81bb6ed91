using System.Collections.Immutable;

namespace Pipeline.Core.Documents;

/// <summary>One unit of text in reading order: a paragraph, heading, list item, table cell, or a running header/footer.</summary>
/// <param name="Index">Position in <see cref="ExtractedDocument.Blocks"/>, 0-based.</param>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">Normalised text (ligatures expanded, hyphenation rejoined, whitespace collapsed).</param>
/// <param name="Page">1-based page number; 0 where pages are unknown (Word and text formats).</param>
/// <param name="Box">Position on the page (PDF only).</param>
public sealed record Block(int Index, BlockKind Kind, string Text, int Page, BoundingBox? Box = null)
{
    /// <summary>
    /// The page a paragraph runs on to when it continues past a page break (its first part is on <see cref="Page"/> and
    /// <see cref="Box"/>); 0 when it ends on its own page.
    /// </summary>
    public int ContinuedOnPage { get; init; }

    /// <summary>1-based ordinal among the document's body paragraphs; the position to cite where pages are unknown.</summary>
    public int Ordinal { get; init; }

    /// <summary>The label a reader sees before a list item ("1.", "a)", "2(b)"), rendered from Word auto-numbering; null when none.</summary>
    public string? ListLabel { get; init; }

    /// <summary>0-based list level of a list item.</summary>
    public int ListLevel { get; init; }

    /// <summary>1-based heading level; 0 when the block is not a heading.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>Leading text set in bold (a run-in heading such as "Question 2(b):"), when the block starts with one.</summary>
    public string? RunIn { get; init; }

    /// <summary>Table position of a table-cell block.</summary>
    public TableCellPosition? Cell { get; init; }

    /// <summary>Text recognised by OCR from a page image, not read from a text layer.</summary>
    public bool IsOcr { get; init; }

    /// <summary>The text runs right to left (Arabic, Hebrew); it is stored in logical order.</summary>
    public bool IsRightToLeft { get; init; }

    /// <summary>Footnotes and endnotes cited from this block, in citation order.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>False for running headers, footers and page numbers.</summary>
    public bool IsBody => Kind is not (BlockKind.Header or BlockKind.Footer or BlockKind.PageNumber);

    /// <summary>The text as a reader sees it: the list label, if any, then the text.</summary>
    public string DisplayText => ListLabel is null ? Text : ListLabel + " " + Text;
}
