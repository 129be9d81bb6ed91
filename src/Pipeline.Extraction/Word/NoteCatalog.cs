using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>Footnote and endnote texts by id, read on first citation (separator notes have no text to cite).</summary>
internal sealed class NoteCatalog
{
    private readonly Dictionary<long, WordElement> _footnotes;
    private readonly Dictionary<long, WordElement> _endnotes;
    private readonly Dictionary<(bool, long), string> _texts = [];
    private readonly Func<WordElement, string> _readStory;

    /// <param name="footnotes">The footnotes part's root, or <see cref="WordElement.None"/>.</param>
    /// <param name="endnotes">The endnotes part's root, or <see cref="WordElement.None"/>.</param>
    /// <param name="readStory">Reads a note's paragraphs into one string.</param>
    public NoteCatalog(WordElement footnotes, WordElement endnotes, Func<WordElement, string> readStory)
    {
        _readStory = readStory;
        _footnotes = Index(footnotes, WordName.Footnote);
        _endnotes = Index(endnotes, WordName.Endnote);
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

    private static Dictionary<long, WordElement> Index(WordElement notes, WordName name)
    {
        var byId = new Dictionary<long, WordElement>();
        foreach (var note in notes.Children)
        {
            if (note.Name == name && note.Long(WordAttribute.Id) is { } key)
            {
                byId.TryAdd(key, note);
            }
        }

        return byId;
    }
}
