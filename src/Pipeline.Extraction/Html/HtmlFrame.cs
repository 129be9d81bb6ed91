using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Html;

/// <summary>The innermost HTML block being read: what kind of block its text becomes.</summary>
internal sealed record HtmlFrame(BlockKind Kind, int HeadingLevel = 0, string? ListLabel = null, int ListLevel = 0, TableCellPosition? Cell = null, bool RightToLeft = false);
