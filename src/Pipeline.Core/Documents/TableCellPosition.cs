namespace Pipeline.Core.Documents;

/// <summary>Where a table-cell block sits: the table's ordinal in the document, its row and column (0-based), and how deep the table is nested (0 = top level).</summary>
public sealed record TableCellPosition(int Table, int Row, int Column, int Depth = 0);
