using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Extraction.Text;
using MathText = DocumentFormat.OpenXml.Math.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

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
    private readonly List<OpenXmlElement> _textBoxes = [];
    private RunFormat _paragraphFormat;

    public (string Text, string? RunIn, ImmutableArray<string> Notes, IReadOnlyList<OpenXmlElement> TextBoxes) Read(Paragraph paragraph, RunFormat paragraphFormat)
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

    private void Children(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            Inline(child);
        }
    }

    private void Inline(OpenXmlElement element)
    {
        switch (element)
        {
            case Run run:
                Run(run);
                break;
            case DeletedRun or MoveFromRun or ParagraphProperties or CommentRangeStart or CommentRangeEnd:
                break;
            case SdtRun sdt:
                if (!Markup.ShowsPlaceholder(sdt.SdtProperties) && sdt.SdtContentRun is { } content)
                {
                    Children(content);
                }

                break;
            case AlternateContent alternate:
                if (Markup.Chosen(alternate) is { } branch)
                {
                    Children(branch);
                }

                break;
            case MathText mathText:
                Append(mathText.Text, bold: false);
                break;
            case OpenXmlUnknownElement { LocalName: "t", NamespaceUri: Markup.WordNamespace } unknownText:
                Append(unknownText.InnerText, bold: false);
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

    private void Run(Run run)
    {
        var properties = run.RunProperties;
        var format = OnOff.Format(properties).Over(styles.Character(properties?.RunStyle?.Val?.Value).Over(_paragraphFormat));
        var hidden = format.Hidden == true;
        var bold = format.IsBold(OnOff.Of(properties?.RightToLeftText) == true);
        foreach (var child in run.ChildElements)
        {
            if (child is FieldChar fieldChar)
            {
                fields.Handle(fieldChar);
                continue;
            }

            if (hidden || !fields.IsVisible)
            {
                continue;
            }

            switch (child)
            {
                case WordText text:
                    Append(format.Caps == true ? text.Text.ToUpperInvariant() : text.Text, bold);
                    break;
                case TabChar or PositionalTab:
                    Append("\t", bold);
                    break;
                case Break br:
                    Append(br.Type is null || br.Type.Value == BreakValues.TextWrapping ? "\n" : " ", bold);
                    break;
                case CarriageReturn:
                    Append("\n", bold);
                    break;
                case NoBreakHyphen:
                    Append("-", bold);
                    break;
                case SymbolChar symbol:
                    Append(Symbol(symbol), bold);
                    break;
                case FootnoteReference footnote:
                    AddNote(notes?.Footnote(footnote.Id?.Value));
                    break;
                case EndnoteReference endnote:
                    AddNote(notes?.Endnote(endnote.Id?.Value));
                    break;
                case AlternateContent or Drawing or Picture or EmbeddedObject:
                    Markup.CollectTextBoxes(child, _textBoxes);
                    break;
            }
        }
    }

    private static string Symbol(SymbolChar symbol) =>
        int.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            ? SymbolCharacters.Map(symbol.Font?.Value, code)
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
