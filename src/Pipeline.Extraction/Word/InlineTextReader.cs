using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Extraction.Text;
using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>
/// Reads the visible text of one paragraph's runs: tracked insertions kept and deletions dropped, field results
/// instead of field codes, hidden text skipped, symbols mapped, notes and text boxes collected, and the leading
/// bold text noted as a run-in. One instance per story, reused paragraph after paragraph; not thread-safe.
/// </summary>
internal sealed class InlineTextReader(WordStyles styles, FieldTracker fields, NoteCatalog? notes)
{
    private readonly RunInText _text = new();
    private readonly List<string> _notes = [];
    private readonly List<WordElement> _textBoxes = [];
    private RunFormat _paragraphFormat;

    public (string Text, string? RunIn, ImmutableArray<string> Notes, IReadOnlyList<WordElement> TextBoxes) Read(WordElement paragraph, RunFormat paragraphFormat)
    {
        _notes.Clear();
        _textBoxes.Clear();
        _paragraphFormat = paragraphFormat.Over(styles.DefaultRun);
        Children(paragraph);
        fields.EndParagraph();

        var (text, runIn) = _text.Take();
        return (
            text,
            runIn,
            _notes.Count == 0 ? [] : [.. _notes],
            _textBoxes.Count == 0 ? [] : [.. _textBoxes]);
    }

    private void Children(WordElement element)
    {
        foreach (var child in element.Children)
        {
            Inline(child);
        }
    }

    private void Inline(WordElement element)
    {
        switch (element.Name)
        {
            case WordName.Run:
                Run(element);
                break;
            case WordName.Deleted or WordName.MoveFrom or WordName.ParagraphProperties or WordName.CommentRangeStart or WordName.CommentRangeEnd:
                break;
            case WordName.Sdt:
                if (!Markup.ShowsPlaceholder(element.Child(WordName.SdtProperties)) && element.Child(WordName.SdtContent) is { Exists: true } content)
                {
                    Children(content);
                }

                break;
            case WordName.AlternateContent:
                if (Markup.Chosen(element) is { Exists: true } branch)
                {
                    Children(branch);
                }

                break;
            case WordName.MathText or WordName.Text:
                // m:t, or a w:t outside any run (which the SDK left untyped): plain text, never bold.
                Append(element.Text, bold: false);
                break;
            case WordName.MathRun:
                // A math run's text is its m:t; a w:t directly in it was typed by the SDK but never read.
                foreach (var child in element.Children)
                {
                    if (child.Name != WordName.Text)
                    {
                        Inline(child);
                    }
                }

                break;
            default:
                // Hyperlinks, insertions, moves, simple fields, smart tags, custom XML, bidi overrides, math: their runs are visible.
                if (element.HasChildren)
                {
                    Children(element);
                }

                break;
        }
    }

    private void Run(WordElement run)
    {
        var properties = run.Child(WordName.RunProperties);
        var format = OnOff.Format(properties).Over(styles.Character(properties.Child(WordName.RunStyle).Val).Over(_paragraphFormat));
        var hidden = format.Hidden == true;
        var bold = format.IsBold(OnOff.Of(properties.Child(WordName.RightToLeftText)) == true);
        foreach (var child in run.Children)
        {
            if (child.Name == WordName.FieldChar)
            {
                fields.Handle(child);
                continue;
            }

            if (hidden || !fields.IsVisible)
            {
                continue;
            }

            switch (child.Name)
            {
                case WordName.Text:
                    Append(format.Caps == true ? child.Text.ToUpperInvariant() : child.Text, bold);
                    break;
                case WordName.Tab or WordName.PositionalTab:
                    Append("\t", bold);
                    break;
                case WordName.Break:
                    Append(child.Enum(WordAttribute.Type, "page", "column", "textWrapping") is null or "textWrapping" ? "\n" : " ", bold);
                    break;
                case WordName.CarriageReturn:
                    Append("\n", bold);
                    break;
                case WordName.NoBreakHyphen:
                    Append("-", bold);
                    break;
                case WordName.Symbol:
                    Append(Symbol(child), bold);
                    break;
                case WordName.FootnoteReference:
                    AddNote(notes?.Footnote(child.Long(WordAttribute.Id)));
                    break;
                case WordName.EndnoteReference:
                    AddNote(notes?.Endnote(child.Long(WordAttribute.Id)));
                    break;
                case WordName.AlternateContent or WordName.Drawing or WordName.Picture or WordName.EmbeddedObject:
                    Markup.CollectTextBoxes(child, _textBoxes);
                    break;
            }
        }
    }

    private static string Symbol(WordElement symbol) =>
        int.TryParse(symbol.Attribute(WordAttribute.Char), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            ? SymbolCharacters.Map(symbol.Attribute(WordAttribute.Font), code)
            : string.Empty;

    private void AddNote(string? note)
    {
        if (note is not null)
        {
            _notes.Add(note);
        }
    }

    private void Append(string text, bool bold) => _text.Append(text, bold);
}
