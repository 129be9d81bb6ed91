using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Pipeline.Search.Analysis;

/// <summary>
/// The words as written, in every language: standard tokenising, French elisions dropped (l'évaluation → evaluation),
/// lower-cased, Arabic normalised and diacritics folded, but never stemmed. Wildcard, prefix, fuzzy, regex and range
/// terms match against these words, so <c>biometric*</c> finds "biometric" and "biometrics" whatever a stemmer made of them.
/// </summary>
/// <remarks>Positions and offsets agree token for token with the stemming analysers (same tokenizer), so highlights line up.</remarks>
internal sealed class PlainTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexAnalyzers.Version, reader);
        TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(IndexAnalyzers.Version, stream);
        stream = new ArabicNormalizationFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
