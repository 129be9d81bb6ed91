using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Core.Documents;
using Block = Pipeline.Core.Documents.Block;
using Pipeline.Extraction.Word;

namespace Pipeline.Extraction.Text;

/// <summary>
/// Reads Markdown (CommonMark with pipe tables and a./i. lists) as blocks: headings, paragraphs, list items labelled
/// with the marker as typed ("3.", "b)"), one block per table cell, code blocks as paragraphs. Thread-safe.
/// </summary>
internal static class MarkdownBlockReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseListExtras().Build();

    public static void Read(string markdown, BlockCollector blocks)
    {
        var tables = 0;
        Container(Markdown.Parse(markdown, Pipeline), blocks, listLevel: -1, ref tables);
    }

    private static void Container(ContainerBlock container, BlockCollector blocks, int listLevel, ref int tables)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(blocks, BlockKind.Heading, heading.Inline, heading.Level);
                    break;
                case ParagraphBlock paragraph:
                    Add(blocks, BlockKind.Paragraph, paragraph.Inline);
                    break;
                case ListBlock list:
                    List(list, blocks, listLevel + 1, ref tables);
                    break;
                case Table table:
                    Table(table, blocks, tables++);
                    break;
                case LeafBlock leaf:
                    var raw = TextNormalizer.Normalize(leaf.Lines.ToString());
                    blocks.Add(new Block(0, BlockKind.Paragraph, raw, Page: 0));
                    break;
                case ContainerBlock nested:
                    Container(nested, blocks, listLevel, ref tables);
                    break;
            }
        }
    }

    private static void List(ListBlock list, BlockCollector blocks, int level, ref int tables)
    {
        var format = list.BulletType switch
        {
            'a' => "lowerLetter",
            'A' => "upperLetter",
            'i' => "lowerRoman",
            'I' => "upperRoman",
            _ => "decimal",
        };
        var next = StartOf(list);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var number = format == "decimal" && item.Order > 0 ? item.Order : next;
            next = number + 1;
            var label = list.IsOrdered ? NumberFormatter.Format(number, format) + list.OrderedDelimiter : "•";
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    var (text, runIn) = Inlines(paragraph.Inline);
                    blocks.Add(new Block(0, BlockKind.ListItem, text, Page: 0) { ListLabel = label, ListLevel = level, RunIn = runIn, IsRightToLeft = Bidi.StartsRightToLeft(text) });
                }
                else if (child is ListBlock nested)
                {
                    List(nested, blocks, level + 1, ref tables);
                }
                else if (child is ContainerBlock container)
                {
                    Container(container, blocks, level, ref tables);
                }
                else if (child is ParagraphBlock more)
                {
                    var (text, runIn) = Inlines(more.Inline);
                    blocks.Add(new Block(0, BlockKind.ListItem, text, Page: 0) { ListLevel = level, RunIn = runIn });
                }

                first = false;
            }
        }
    }

    private static int StartOf(ListBlock list)
    {
        var start = list.OrderedStart ?? list.DefaultOrderedStart ?? "1";
        if (int.TryParse(start, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return start.Length == 1 && char.IsAsciiLetter(start[0]) ? char.ToLowerInvariant(start[0]) - 'a' + 1 : 1;
    }

    private static void Table(Table table, BlockCollector blocks, int ordinal)
    {
        var rowIndex = 0;
        foreach (var row in table.OfType<TableRow>())
        {
            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var parts = cell.OfType<ParagraphBlock>().Select(p => Inlines(p.Inline)).ToList();
                var text = TextNormalizer.Normalize(string.Join("\n", parts.Select(p => p.Text)));
                blocks.Add(new Block(0, BlockKind.TableCell, text, Page: 0)
                {
                    Cell = new TableCellPosition(ordinal, rowIndex, column),
                    RunIn = parts.FirstOrDefault().RunIn,
                });
                column += Math.Max(cell.ColumnSpan, 1);
            }

            rowIndex++;
        }
    }

    private static void Add(BlockCollector blocks, BlockKind kind, ContainerInline? inline, int headingLevel = 0)
    {
        var (text, runIn) = Inlines(inline);
        blocks.Add(new Block(0, kind, text, Page: 0)
        {
            HeadingLevel = headingLevel,
            RunIn = kind == BlockKind.Heading ? null : runIn,
            IsRightToLeft = Bidi.StartsRightToLeft(text),
        });
    }

    /// <summary>The plain text of a paragraph's inlines and its leading strong-emphasis text.</summary>
    private static (string Text, string? RunIn) Inlines(ContainerInline? container)
    {
        if (container is null)
        {
            return (string.Empty, null);
        }

        var text = new StringBuilder();
        string? runIn = null;
        if (container.FirstChild is EmphasisInline { DelimiterCount: 2 } strong)
        {
            Append(strong, text);
            runIn = TextNormalizer.Normalize(text.ToString());
        }

        for (var inline = runIn is null ? container.FirstChild : container.FirstChild!.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            Append(inline, text);
        }

        return (TextNormalizer.Normalize(text.ToString()), string.IsNullOrEmpty(runIn) ? null : runIn);
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
