using System.Collections.Immutable;
using Pipeline.Core.Documents;

namespace Pipeline.Segmentation.Units;

/// <summary>
/// Groups body blocks into units: each paragraph alone; each table row's cells together (nested tables stay in
/// their row). A table whose first row names questions and whose first column does not is read column by column.
/// </summary>
internal static class UnitBuilder
{
    public static ImmutableArray<ReplyUnit> Build(IEnumerable<Block> body, Func<Block, bool> namesQuestion)
    {
        var units = ImmutableArray.CreateBuilder<ReplyUnit>();
        var table = new List<Block>();
        foreach (var block in body)
        {
            if (block.Cell is null)
            {
                FlushTable(table, units, namesQuestion);
                units.Add(new ReplyUnit([block], IsTablePart: false));
            }
            else
            {
                if (table.Count > 0 && block.Cell.Depth == 0 && block.Cell.Table != table[0].Cell!.Table)
                {
                    FlushTable(table, units, namesQuestion);
                }

                table.Add(block);
            }
        }

        FlushTable(table, units, namesQuestion);
        return units.ToImmutable();
    }

    private static void FlushTable(List<Block> table, ImmutableArray<ReplyUnit>.Builder units, Func<Block, bool> namesQuestion)
    {
        if (table.Count == 0)
        {
            return;
        }

        var rows = Rows(table);
        var byColumn = IsTransposed(rows, namesQuestion);
        foreach (var group in byColumn ? Columns(rows) : rows)
        {
            units.Add(new ReplyUnit([.. group], IsTablePart: true));
        }

        table.Clear();
    }

    /// <summary>Top-level rows in order; nested-table cells stay with the top-level row they sit in.</summary>
    private static List<List<Block>> Rows(List<Block> table)
    {
        var rows = new List<List<Block>>();
        int? currentRow = null;
        foreach (var block in table)
        {
            if (block.Cell!.Depth == 0 && block.Cell.Row != currentRow)
            {
                rows.Add([]);
                currentRow = block.Cell.Row;
            }

            if (rows.Count == 0)
            {
                rows.Add([]);
            }

            rows[^1].Add(block);
        }

        return rows;
    }

    private static bool IsTransposed(List<List<Block>> rows, Func<Block, bool> namesQuestion)
    {
        if (rows.Count < 2)
        {
            return false;
        }

        var headerCells = rows[0].Where(b => b.Cell!.Depth == 0).ToList();
        var firstColumn = rows.Skip(1).Select(r => r[0]);
        return headerCells.Count >= 2
            && headerCells.Count(namesQuestion) >= 2
            && !firstColumn.Any(namesQuestion);
    }

    private static IEnumerable<List<Block>> Columns(List<List<Block>> rows) =>
        rows.SelectMany(r => r.Where(b => b.Cell!.Depth == 0))
            .GroupBy(b => b.Cell!.Column)
            .OrderBy(g => g.Key)
            .Select(g => g.ToList());
}
