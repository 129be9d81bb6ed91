using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Word;

/// <summary>Tables: one block per cell in row order, grid columns counted through spans; nested tables read where they sit.</summary>
internal sealed partial class StoryWalker
{
    private void Table(Table table)
    {
        var outerCell = _cell;
        FlushCell();
        var ordinal = _tables++;
        var depth = outerCell is null ? 0 : outerCell.Depth + 1;
        var row = 0;
        foreach (var tableRow in Rows(table))
        {
            if (tableRow.TableRowProperties?.GetFirstChild<Deleted>() is not null)
            {
                continue;
            }

            var column = tableRow.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in Cells(tableRow))
            {
                var cellProperties = cell.TableCellProperties;
                var isMergedContinuation = cellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (!isMergedContinuation)
                {
                    _cell = new TableCellPosition(ordinal, row, column, depth);
                    Walk(cell);
                    FlushCell();
                }

                column += Math.Max(cellProperties?.GridSpan?.Val?.Value ?? 1, 1);
            }

            row++;
        }

        _cell = outerCell;
    }

    /// <summary>Emits what the current cell has gathered so far as one block: the first paragraph's label and run-in, later labels inline.</summary>
    private void FlushCell()
    {
        if (_cell is null || _cellParagraphs.Count == 0)
        {
            return;
        }

        var first = _cellParagraphs[0];
        var text = _cellParagraphs.Count == 1 ? first.Text : first.Text + "\n" + string.Join("\n", _cellParagraphs.Skip(1).Select(p => p.DisplayText));
        var notes = _cellParagraphs.Count == 1 ? first.Notes : [.. _cellParagraphs.SelectMany(p => p.Notes)];
        _context.Blocks.Add(new Block(0, _runningKind ?? BlockKind.TableCell, text, Page: 0)
        {
            Cell = _cell,
            ListLabel = first.Label?.Text,
            ListLevel = first.Label?.Level ?? 0,
            HeadingLevel = first.HeadingLevel,
            RunIn = first.RunIn,
            IsRightToLeft = first.RightToLeft,
            Notes = notes,
        });
        _cellParagraphs.Clear();
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement container) => Contained<TableRow>(container);

    private static IEnumerable<TableCell> Cells(TableRow row) => Contained<TableCell>(row);

    /// <summary>Rows of a table or cells of a row, also when wrapped in content controls or custom XML.</summary>
    private static IEnumerable<T> Contained<T>(OpenXmlElement container)
        where T : OpenXmlElement
    {
        foreach (var child in container.ChildElements)
        {
            if (child is T match)
            {
                yield return match;
            }
            else if (child is SdtRow or SdtCell or CustomXmlRow or CustomXmlCell or SdtContentRow or SdtContentCell)
            {
                foreach (var nested in Contained<T>(child))
                {
                    yield return nested;
                }
            }
        }
    }
}
