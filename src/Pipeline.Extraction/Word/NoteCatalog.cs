using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>Footnote and endnote texts by id, read on first citation (separator notes have no text to cite).</summary>
internal sealed class NoteCatalog
{
    private readonly WordElement _footnoteRoot;
    private readonly WordElement _endnoteRoot;
    private readonly Dictionary<long, int> _footnotes;
    private readonly Dictionary<long, int> _endnotes;
    private readonly Dictionary<long, string> _footnoteTexts = [];
    private readonly Dictionary<long, string> _endnoteTexts = [];
    private readonly Func<WordElement, string> _readStory;

    /// <param name="footnotes">The footnotes part's root, or <see cref="WordElement.None"/>.</param>
    /// <param name="endnotes">The endnotes part's root, or <see cref="WordElement.None"/>.</param>
    /// <param name="readStory">Reads a note's paragraphs into one string.</param>
    public NoteCatalog(WordElement footnotes, WordElement endnotes, Func<WordElement, string> readStory)
    {
        _readStory = readStory;
        _footnoteRoot = footnotes;
        _endnoteRoot = endnotes;
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

        var texts = footnote ? _footnoteTexts : _endnoteTexts;
        if (!texts.TryGetValue(key, out var text))
        {
            // Guard against a note citing itself while it is being read.
            texts[key] = string.Empty;
            text = _readStory((footnote ? _footnoteRoot : _endnoteRoot).Tree.Element(note));
            texts[key] = text;
        }

        return text.Length == 0 ? null : text;
    }

    private static Dictionary<long, int> Index(WordElement notes, WordName name)
    {
        var byId = new Dictionary<long, int>();
        foreach (var note in notes.Children)
        {
            if (note.Name == name && note.Long(WordAttribute.Id) is { } key)
            {
                byId.TryAdd(key, note.Index);
            }
        }

        return byId;
    }
}
