using FastBertTokenizer;

namespace Pipeline.Embeddings.MiniLm;

/// <summary>
/// BERT's uncased WordPiece tokenisation as all-MiniLM-L6-v2 was trained with (Hugging Face's BertTokenizer with
/// do_lower_case): control and format characters dropped, lower-cased, accents stripped (NFD, marks removed),
/// punctuation split off, CJK characters one token each, then longest-match word pieces, [UNK] for what the vocabulary
/// cannot spell. One known difference: Hugging Face maps a "word" of more than 100 characters to a single [UNK], this
/// splits it into pieces.
/// </summary>
/// <remarks>
/// FastBertTokenizer was chosen over Microsoft.ML.Tokenizers 3.0.0 by measurement: equal speed (~40,000 paragraphs/s),
/// but the latter drops symbols the vocabulary has ("+", "|", "€") and splits on a soft hyphen. Thread-safe: only the
/// overload that writes into the caller's buffers is used (the others reuse one internal buffer).
/// </remarks>
internal sealed class UncasedWordPieces
{
    private readonly BertTokenizer _tokenizer = new();
    private readonly string[] _vocabulary;

    /// <param name="vocabulary">One entry per line, the line number being the id.</param>
    public UncasedWordPieces(string vocabulary)
    {
        using (var reader = new StringReader(vocabulary))
        {
            _tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }

        _vocabulary = vocabulary.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
    }

    /// <summary>
    /// Token ids of <paramref name="text"/>: [CLS], its word pieces, [SEP]; at most <paramref name="maxTokens"/>, a longer
    /// text cut after the piece that fills the budget (as Hugging Face truncates), [SEP] kept last.
    /// </summary>
    public long[] Encode(string text, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 2);
        var ids = new long[maxTokens];
        var mask = new long[maxTokens];
        var count = _tokenizer.Encode(WellFormed(text), ids, mask);
        return count == maxTokens ? ids : ids.AsSpan(0, count).ToArray();
    }

    /// <summary>
    /// The text with each lone surrogate (half of a UTF-16 pair, as a query typed or pasted may hold) replaced by U+FFFD:
    /// the tokenizer's Unicode normalisation refuses such a string, and the model would read the character as [UNK] anyway.
    /// </summary>
    internal static string WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                return System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));
            }
        }

        return text;
    }

    /// <summary>The vocabulary entry of an id, for tests and diagnostics.</summary>
    public string Token(long id) => _vocabulary[id];
}
