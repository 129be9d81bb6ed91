using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Extraction.Word;

/// <summary>Footnote and endnote texts by id, read on first citation (separator notes have no text to cite).</summary>
internal sealed class NoteCatalog
{
    private readonly Dictionary<long, OpenXmlElement> _footnotes;
    private readonly Dictionary<long, OpenXmlElement> _endnotes;
    private readonly Dictionary<(bool, long), string> _texts = [];
    private readonly Func<OpenXmlElement, string> _readStory;

    /// <param name="readStory">Reads a note's paragraphs into one string.</param>
    public NoteCatalog(MainDocumentPart main, Func<OpenXmlElement, string> readStory)
    {
        _readStory = readStory;
        _footnotes = Index(main.FootnotesPart?.Footnotes?.Elements<Footnote>(), f => f.Id?.Value);
        _endnotes = Index(main.EndnotesPart?.Endnotes?.Elements<Endnote>(), e => e.Id?.Value);
    }

    public string? Footnote(long? id) => Text(footnote: true, id);

    public string? Endnote(long? id) => Text(footnote: false, id);

    private string? Text(bool footnote, long? id)
    {
        if (id is not { } key || !(footnote ? _footnotes : _endnotes).TryGetValue(key, out var note))
        {
            return null;
        }

        if (!_texts.TryGetValue((footnote, key), out var text))
        {
            // Guard against a note citing itself while it is being read.
            _texts[(footnote, key)] = string.Empty;
            text = _readStory(note);
            _texts[(footnote, key)] = text;
        }

        return text.Length == 0 ? null : text;
    }

    private static Dictionary<long, OpenXmlElement> Index<T>(IEnumerable<T>? notes, Func<T, long?> id)
        where T : OpenXmlElement
    {
        var byId = new Dictionary<long, OpenXmlElement>();
        foreach (var note in notes ?? [])
        {
            if (id(note) is { } key)
            {
                byId.TryAdd(key, note);
            }
        }

        return byId;
    }
}
