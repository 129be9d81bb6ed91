namespace Pipeline.Classification.Training;

/// <summary>How passage text becomes a feature vector.</summary>
/// <param name="Normalise">Apply <see cref="TextNormaliser"/> before featurising.</param>
/// <param name="WordNgramLength">Longest word n-gram (1 = bag of words); all shorter lengths are kept too.</param>
/// <param name="CharNgramLength">Character n-gram length; 0 for none.</param>
/// <param name="TfIdf">Weight word n-grams by TF-IDF rather than plain term frequency.</param>
/// <param name="RemoveStopWords">Drop English stop words before word n-grams.</param>
public sealed record FeatureSettings(bool Normalise, int WordNgramLength, int CharNgramLength, bool TfIdf, bool RemoveStopWords)
{
    /// <summary>Character n-grams of every length from 1 to <see cref="CharNgramLength"/>, not only that length.</summary>
    public bool AllCharLengths { get; init; }

    /// <summary>
    /// Append the passage's sentence embedding (the shared encoder's unit vector, see Pipeline.Embeddings) to the
    /// n-gram features: n-grams carry the words, the embedding carries what the words mean, so a passage that says
    /// "Raise It line" lands near one that says "whistle-blowing hotline".
    /// </summary>
    public bool Embeddings { get; init; }

    /// <summary>
    /// Word 1–2-grams TF-IDF, character 1–5-grams and the sentence embedding: the features that generalised best to
    /// text written by others (measured in corpus/training/README.md).
    /// </summary>
    public static FeatureSettings NgramsAndEmbeddings { get; } = new(Normalise: true, WordNgramLength: 2, CharNgramLength: 5, TfIdf: true, RemoveStopWords: false)
    {
        AllCharLengths = true,
        Embeddings = true,
    };

    /// <summary>The same n-grams without the embedding: the plain tf-idf baseline of the generalisation measurements.</summary>
    public static FeatureSettings WordAndCharTfIdf { get; } = NgramsAndEmbeddings with { Embeddings = false };

    /// <summary>The plain baseline: raw text, bag of words, term frequency.</summary>
    public static FeatureSettings BagOfWords { get; } = new(Normalise: false, WordNgramLength: 1, CharNgramLength: 0, TfIdf: false, RemoveStopWords: false);

    /// <summary>Normalised text, word unigrams and bigrams by TF-IDF, character 4-grams (robust to inflection and French).</summary>
    public static FeatureSettings WordAndCharNgrams { get; } = new(Normalise: true, WordNgramLength: 2, CharNgramLength: 4, TfIdf: true, RemoveStopWords: false);

    public override string ToString() =>
        $"{(Normalise ? "normalised" : "raw")}, words 1-{WordNgramLength}{(TfIdf ? " tf-idf" : " tf")}"
        + (CharNgramLength > 0 ? $", chars {(AllCharLengths ? "1-" : string.Empty)}{CharNgramLength}" : string.Empty)
        + (Embeddings ? ", sentence embedding" : string.Empty)
        + (RemoveStopWords ? ", no stop words" : string.Empty);
}
