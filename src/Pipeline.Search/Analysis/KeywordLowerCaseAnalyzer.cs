using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Pipeline.Search.Analysis;

/// <summary>The whole value as one lower-cased token: how keyword fields are matched (an Elasticsearch keyword with a lowercase normalizer).</summary>
internal sealed class KeywordLowerCaseAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(IndexAnalyzers.Version, tokenizer));
    }
}
