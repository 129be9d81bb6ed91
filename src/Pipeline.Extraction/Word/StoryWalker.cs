using Pipeline.Core.Documents;
using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>
/// Walks one story (the body, or a header or footer) in document order and emits its blocks: paragraphs, headings,
/// list items with their rendered labels, one block per table cell (nested tables after the text before them),
/// content controls, text boxes (after their anchoring paragraph) and HTML/text <c>w:altChunk</c> imports.
/// </summary>
internal sealed partial class StoryWalker
{
    private readonly StoryContext _context;
    private readonly BlockKind? _runningKind;
    private readonly ListNumberer _numberer;
    private readonly InlineTextReader _inline;
    private readonly List<ParagraphContent> _cellParagraphs = [];
    private TableCellPosition? _cell;
    private int _tables;
    private int _paragraphsSinceCheck;

    /// <param name="runningKind">Header or Footer for a running header/footer story; null for the body.</param>
    public StoryWalker(StoryContext context, BlockKind? runningKind, NoteCatalog? notes)
    {
        _context = context;
        _runningKind = runningKind;
        _numberer = new ListNumberer(context.Numbering);
        _inline = new InlineTextReader(context.Styles, new FieldTracker(), notes);
    }

    /// <summary>Emits the blocks of every child of <paramref name="container"/> (a body, header, cell, text box or content control).</summary>
    public void Walk(WordElement container)
    {
        foreach (var child in container.Children)
        {
            switch (child.Name)
            {
                case WordName.Paragraph:
                    Paragraph(child);
                    break;
                case WordName.Table:
                    Table(child);
                    break;
                case WordName.Sdt:
                    if (!Markup.ShowsPlaceholder(child.Child(WordName.SdtProperties)) && child.Child(WordName.SdtContent) is { Exists: true } content)
                    {
                        Walk(content);
                    }

                    break;
                case WordName.AltChunk:
                    FlushCell();
                    _context.AltChunks.Read(child, _runningKind);
                    break;
                case WordName.AlternateContent:
                    if (Markup.Chosen(child) is { Exists: true } branch)
                    {
                        Walk(branch);
                    }

                    break;
                case WordName.SectionProperties or WordName.ParagraphProperties or WordName.TableProperties:
                    break;
                default:
                    // customXml blocks, unknown future elements: their paragraphs are still content.
                    if (child.HasChildren)
                    {
                        Walk(child);
                    }

                    break;
            }
        }
    }

    /// <summary>Reads a story's paragraphs into one string (footnotes, endnotes): paragraphs on separate lines, labels shown.</summary>
    public string ReadAsText(WordElement story)
    {
        var lines = new List<string>();
        foreach (var paragraph in story.Descendants(WordName.Paragraph))
        {
            var content = Read(paragraph);
            if (content.Text.Length > 0)
            {
                lines.Add(content.DisplayText);
            }
        }

        return string.Join("\n", lines);
    }

    private void Paragraph(WordElement paragraph)
    {
        if (++_paragraphsSinceCheck == 256)
        {
            _paragraphsSinceCheck = 0;
            _context.CancellationToken.ThrowIfCancellationRequested();
        }

        var content = Read(paragraph);
        if (_cell is not null)
        {
            if (content.Text.Length > 0)
            {
                _cellParagraphs.Add(content);
            }
        }
        else
        {
            Emit(content);
        }

        if (content.TextBoxes.Count > 0)
        {
            FlushCell();
            foreach (var box in content.TextBoxes)
            {
                Walk(box);
            }
        }
    }

    private ParagraphContent Read(WordElement paragraph)
    {
        var properties = paragraph.Child(WordName.ParagraphProperties);
        var style = _context.Styles.Paragraph(properties.Child(WordName.ParagraphStyle).Val);
        var (text, runIn, notes, textBoxes) = _inline.Read(paragraph, style.Run);
        var label = Number(NumberingReference.From(properties.Child(WordName.NumberingProperties)), style);
        var heading = properties.Child(WordName.OutlineLevel).Int(WordAttribute.Val) is { } outline ? (outline is >= 0 and <= 8 ? outline + 1 : 0) : style.HeadingLevel;
        var rightToLeft = (OnOff.Of(properties.Child(WordName.BiDi)) ?? style.RightToLeft) || Text.Bidi.StartsRightToLeft(text);
        return new ParagraphContent(text, runIn, label, heading, rightToLeft, notes, textBoxes);
    }

    /// <summary>Counts the paragraph in its list, if it is numbered directly or through its style; numId 0 switches numbering off.</summary>
    private ListLabel? Number(NumberingReference? direct, ParagraphStyle style)
    {
        var numId = direct?.NumberingId ?? style.Numbering?.NumberingId;
        if (numId is not > 0)
        {
            return null;
        }

        var level = direct?.Level ?? style.Numbering?.Level ?? LevelTiedToStyle(numId.Value, style.Id);
        return _numberer.Next(numId.Value, level);
    }

    /// <summary>A style that names only a numId takes the list level whose <c>w:pStyle</c> is that style (heading numbering), else level 0.</summary>
    private int LevelTiedToStyle(int numId, string styleId)
    {
        if (_context.Numbering.Instance(numId) is { } instance && styleId.Length > 0)
        {
            var index = Array.FindIndex(instance.Levels, l => l.ParagraphStyleId == styleId);
            return Math.Max(index, 0);
        }

        return 0;
    }

    private void Emit(ParagraphContent content)
    {
        var kind = _runningKind ?? (content.HeadingLevel > 0 ? BlockKind.Heading : content.Label is null ? BlockKind.Paragraph : BlockKind.ListItem);
        _context.Blocks.Add(new Block(0, kind, content.Text, Page: 0)
        {
            ListLabel = content.Label?.Text,
            ListLevel = content.Label?.Level ?? 0,
            HeadingLevel = content.HeadingLevel,
            RunIn = kind == BlockKind.Heading ? null : content.RunIn,
            IsRightToLeft = content.RightToLeft,
            Notes = content.Notes,
        });
    }
}
