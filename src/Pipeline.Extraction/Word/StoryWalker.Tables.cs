using Pipeline.Core.Documents;
using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>Tables: one block per cell in row order, grid columns counted through spans; nested tables read where they sit.</summary>
internal sealed partial class StoryWalker
{
    private void Table(WordElement table)
    {
        var outerCell = _cell;
        FlushCell();
        var ordinal = _tables++;
        var depth = outerCell is null ? 0 : outerCell.Depth + 1;
        var row = 0;
        foreach (var tableRow in Contained(table, WordName.TableRow))
        {
            var rowProperties = tableRow.Child(WordName.TableRowProperties);
            if (rowProperties.Child(WordName.Deleted).Exists)
            {
                continue;
            }

            var column = rowProperties.Child(WordName.GridBefore).Int(WordAttribute.Val) ?? 0;
            foreach (var cell in Contained(tableRow, WordName.TableCell))
            {
                var cellProperties = cell.Child(WordName.TableCellProperties);
                var isMergedContinuation = cellProperties.Child(WordName.VerticalMerge) is { Exists: true } merge
                    && merge.Enum(WordAttribute.Val, "restart", "continue") is null or "continue";
                if (!isMergedContinuation)
                {
                    _cell = new TableCellPosition(ordinal, row, column, depth);
                    Walk(cell);
                    FlushCell();
                }

                column += Math.Max(cellProperties.Child(WordName.GridSpan).Int(WordAttribute.Val) ?? 1, 1);
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

    /// <summary>Rows of a table or cells of a row, also when wrapped in content controls or custom XML.</summary>
    private static IEnumerable<WordElement> Contained(WordElement container, WordName name)
    {
        foreach (var child in container.Children)
        {
            if (child.Name == name)
            {
                yield return child;
            }
            else if (child.Name is WordName.Sdt or WordName.CustomXml or WordName.SdtContent)
            {
                foreach (var nested in Contained(child, name))
                {
                    yield return nested;
                }
            }
        }
    }
}
