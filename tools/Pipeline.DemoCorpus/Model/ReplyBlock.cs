using System.Collections.Immutable;

namespace Pipeline.DemoCorpus.Model;

/// <summary>One block of a reply, resolved from its source: final text and gold label. Immutable.</summary>
internal sealed record ReplyBlock(BlockKind Kind, string Text, Annotation Note)
{
    /// <summary>Bold leading text of a paragraph ("Question 1(a):"); part of the paragraph's text.</summary>
    public string? RunIn { get; init; }

    /// <summary>left (default), right, center or both.</summary>
    public string Align { get; init; } = "left";

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    /// <summary>Font size in points; null for the page default.</summary>
    public double? Size { get; init; }

    /// <summary>Numbering scheme of a list item (see <c>Rendering.DocxNumbering</c>).</summary>
    public string ListFormat { get; init; } = "decimal";

    public int Level { get; init; }

    /// <summary>A list item that starts numbering afresh.</summary>
    public bool Restart { get; init; }

    public ImmutableArray<TableRowBlock> Rows { get; init; } = [];

    /// <summary>Relative widths of a table's two columns, in percent of the text width.</summary>
    public int FirstColumnPercent { get; init; } = 35;

    /// <summary>The paragraph as a reader sees it (run-in and text), which is what the gold file records.</summary>
    public string FullText => RunIn is null ? Text : RunIn + " " + Text;
}
