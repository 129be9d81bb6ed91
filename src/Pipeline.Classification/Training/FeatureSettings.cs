namespace Pipeline.Classification.Training;

/// <summary>How passage text becomes a feature vector.</summary>
/// <param name="Normalise">Apply <see cref="TextNormaliser"/> before featurising.</param>
/// <param name="WordNgramLength">Longest word n-gram (1 = bag of words); all shorter lengths are kept too.</param>
/// <param name="CharNgramLength">Character n-gram length; 0 for none.</param>
/// <param name="TfIdf">Weight word n-grams by TF-IDF rather than plain term frequency.</param>
/// <param name="RemoveStopWords">Drop English stop words before word n-grams.</param>
public sealed record FeatureSettings(bool Normalise, int WordNgramLength, int CharNgramLength, bool TfIdf, bool RemoveStopWords)
{
    /// <summary>The plain baseline: raw text, bag of words, term frequency.</summary>
    public static FeatureSettings BagOfWords { get; } = new(Normalise: false, WordNgramLength: 1, CharNgramLength: 0, TfIdf: false, RemoveStopWords: false);

    /// <summary>Normalised text, word unigrams and bigrams by TF-IDF, character 4-grams (robust to inflection and French).</summary>
    public static FeatureSettings WordAndCharNgrams { get; } = new(Normalise: true, WordNgramLength: 2, CharNgramLength: 4, TfIdf: true, RemoveStopWords: false);

    public override string ToString() =>
        $"{(Normalise ? "normalised" : "raw")}, words 1-{WordNgramLength}{(TfIdf ? " tf-idf" : " tf")}"
        + (CharNgramLength > 0 ? $", chars {CharNgramLength}" : string.Empty)
        + (RemoveStopWords ? ", no stop words" : string.Empty);
}
