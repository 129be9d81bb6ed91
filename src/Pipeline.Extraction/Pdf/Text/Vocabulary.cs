namespace Pipeline.Extraction.Pdf.Text;

/// <summary>The lower-case words of a document (hyphenated compounds kept whole), built on first use: most documents never ask.</summary>
/// <param name="texts">The document's lines, in reading order.</param>
internal sealed class Vocabulary(Func<IEnumerable<string>> texts)
{
    private HashSet<string>? _words;
    private bool? _hyphenates;

    public bool Contains(string word) => (_words ??= Build(texts())).Contains(word);

    /// <summary>
    /// Whether the document breaks words at line ends: a line ends in a hyphen after a letter and the word it makes with
    /// the next line's first word is written whole elsewhere ("compli-" / "ance" where "compliance" occurs). Typeset
    /// reports do; letters from a word processor, which hyphenate only when told to, rarely do.
    /// </summary>
    public bool Hyphenates => _hyphenates ??= FindsABrokenWord();

    private bool FindsABrokenWord()
    {
        string? previous = null;
        foreach (var line in texts())
        {
            if (previous is { Length: >= 2 } && previous[^1] == '-' && char.IsLetter(previous[^2]) && line.Length > 0 && char.IsLetter(line[0])
                && Contains(LastWord(previous[..^1]) + FirstWord(line)))
            {
                return true;
            }

            previous = line;
        }

        return false;
    }

    private static string LastWord(string text)
    {
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..].ToLowerInvariant();
    }

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[..end].ToLowerInvariant();
    }

    private static HashSet<string> Build(IEnumerable<string> texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && start >= 0));
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    // A hyphen at a line end belongs to hyphenation, not to the word.
                    words.Add(text[start..i].TrimEnd('-').ToLowerInvariant());
                    start = -1;
                }
            }
        }

        return words;
    }
}
