namespace Pipeline.Extraction.Pdf.Text;

/// <summary>The lower-case words of a document (hyphenated compounds kept whole), built on first use: most documents never ask.</summary>
internal sealed class Vocabulary(Func<IEnumerable<string>> texts)
{
    private HashSet<string>? _words;

    public bool Contains(string word) => (_words ??= Build(texts())).Contains(word);

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
