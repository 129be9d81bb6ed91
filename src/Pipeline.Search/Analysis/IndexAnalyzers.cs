using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Analysis;

/// <summary>The analysers of every field, shared by indexing, query parsing and highlighting so that all three agree.</summary>
internal static class IndexAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>English stemming on text_en, French on text_fr, Arabic on text_ar, standard on text_std, the unstemmed words on text_plain, lower-cased keywords elsewhere. Thread-safe.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(
        new KeywordLowerCaseAnalyzer(),
        new Dictionary<string, Analyzer>
        {
            [SegmentFields.TextEnglish] = new EnglishAnalyzer(Version),
            [SegmentFields.TextFrench] = new FrenchAnalyzer(Version),
            [SegmentFields.TextArabic] = new ArabicAnalyzer(Version),
            [SegmentFields.TextStandard] = new StandardAnalyzer(Version),
            [SegmentFields.TextPlain] = new PlainTextAnalyzer(),
        });
}
