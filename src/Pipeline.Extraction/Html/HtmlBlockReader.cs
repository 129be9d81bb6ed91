using System.Globalization;
using AngleSharp.Dom;
using Pipeline.Core.Documents;
using Pipeline.Extraction.Text;

namespace Pipeline.Extraction.Html;

/// <summary>
/// Reads the visible text of an HTML document as blocks: block elements become paragraphs, h1–h6 headings, li list
/// items with the marker a browser draws, td/th one block per cell (paragraphs inside a cell joined by line breaks;
/// nested tables read where they sit). Scripts, styles, templates and hidden elements are skipped. Not thread-safe.
/// </summary>
internal sealed class HtmlBlockReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg", "math", "select", "button", "canvas", "audio", "video",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "blockquote", "pre", "address", "figure",
        "figcaption", "dl", "dt", "dd", "hr", "form", "fieldset", "legend", "center", "caption", "details", "summary", "body", "html",
    };

    private readonly BlockCollector _blocks;
    private readonly RunInText _text = new();
    private readonly Stack<HtmlFrame> _frames = new();
    private readonly Stack<HtmlList> _lists = new();
    private int _bold;
    private int _pre;
    private int _tables;

    private HtmlBlockReader(BlockCollector blocks)
    {
        _blocks = blocks;
        _frames.Push(new HtmlFrame(BlockKind.Paragraph));
    }

    /// <summary>Appends the document's blocks to <paramref name="blocks"/>.</summary>
    public static void Read(IDocument document, BlockCollector blocks)
    {
        var reader = new HtmlBlockReader(blocks);
        reader.Visit((INode?)document.Body ?? document.DocumentElement);
        reader.Flush();
    }

    private HtmlFrame Frame => _frames.Peek();

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            Append(_pre > 0 ? text.Data : text.Data.Replace('\n', ' '));
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        if (IsHidden(element))
        {
            return;
        }

        var name = element.LocalName;
        switch (name)
        {
            case "br":
                Append("\n");
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                InBlock(element, Frame with { Kind = Frame.Cell is null ? BlockKind.Heading : BlockKind.TableCell, HeadingLevel = name[1] - '0', ListLabel = null });
                return;
            case "ol" or "ul":
                Break();
                _lists.Push(new HtmlList(name == "ol", element.GetAttribute("type"), ParseInt(element.GetAttribute("start")) ?? 1));
                Children(element);
                Break();
                _lists.Pop();
                return;
            case "li":
                var label = _lists.TryPeek(out var list) ? list.NextLabel(ParseInt(element.GetAttribute("value"))) : "•";
                InBlock(element, Frame.Cell is null
                    ? Frame with { Kind = BlockKind.ListItem, ListLabel = label, ListLevel = Math.Max(_lists.Count - 1, 0), HeadingLevel = 0 }
                    : Frame);
                return;
            case "table":
                Table(element);
                return;
            case "b" or "strong":
                _bold++;
                Children(element);
                _bold--;
                return;
            case "pre":
                _pre++;
                InBlock(element, Frame);
                _pre--;
                return;
        }

        if (BlockElements.Contains(name))
        {
            InBlock(element, Frame);
        }
        else
        {
            Children(element);
        }
    }

    private void InBlock(IElement element, HtmlFrame frame)
    {
        Break();
        var rightToLeft = element.GetAttribute("dir") is { } dir ? dir.Equals("rtl", StringComparison.OrdinalIgnoreCase) : frame.RightToLeft;
        _frames.Push(frame with { RightToLeft = rightToLeft });
        Children(element);
        Break();
        _frames.Pop();
    }

    private void Table(IElement table)
    {
        Break();
        var outer = Frame.Cell;
        Flush();
        var ordinal = _tables++;
        var depth = outer is null ? 0 : outer.Depth + 1;
        var rowIndex = 0;
        foreach (var row in Rows(table))
        {
            var column = 0;
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                _frames.Push(Frame with { Kind = BlockKind.TableCell, Cell = new TableCellPosition(ordinal, rowIndex, column, depth), ListLabel = null, HeadingLevel = 0 });
                Children(cell);
                Flush();
                _frames.Pop();
                column += Math.Max(ParseInt(cell.GetAttribute("colspan")) ?? 1, 1);
            }

            rowIndex++;
        }
    }

    /// <summary>A table's own rows (thead, tbody, tfoot), not those of tables nested in its cells.</summary>
    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                yield return child;
            }
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Children.Where(r => r.LocalName == "tr"))
                {
                    yield return row;
                }
            }
        }
    }

    private void Children(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            Visit(child);
        }
    }

    /// <summary>A block boundary: a new block outside tables; a line break inside a cell, which stays one block.</summary>
    private void Break()
    {
        if (Frame.Cell is not null)
        {
            Append("\n");
        }
        else
        {
            Flush();
        }
    }

    private void Append(string text) => _text.Append(text, _bold > 0);

    private void Flush()
    {
        var (text, runIn) = _text.Take();
        if (text.Length == 0)
        {
            return;
        }

        var frame = Frame;
        _blocks.Add(new Block(0, frame.Kind, text, Page: 0)
        {
            HeadingLevel = frame.HeadingLevel,
            ListLabel = frame.ListLabel,
            ListLevel = frame.ListLevel,
            Cell = frame.Cell,
            RunIn = frame.Kind == BlockKind.Heading ? null : runIn,
            IsRightToLeft = frame.RightToLeft || Bidi.StartsRightToLeft(text),
        });

        // A list item's marker belongs to its first block only.
        if (frame.ListLabel is not null)
        {
            _frames.Pop();
            _frames.Push(frame with { ListLabel = null });
        }
    }

    private static bool IsHidden(IElement element) =>
        Skipped.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || (element.GetAttribute("style") is { } style && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));

    private static int? ParseInt(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
