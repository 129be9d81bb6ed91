using Lucene.Net.Search;

namespace Pipeline.Search.Querying;

/// <summary>A parsed query; obtain one from <see cref="SearchQueryParser.Parse"/>. Immutable.</summary>
public sealed class SearchQuery
{
    internal SearchQuery(string text, Query lucene, bool isExpensive)
    {
        Text = text;
        Lucene = lucene;
        IsExpensive = isExpensive;
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    /// <summary>
    /// True when the query has wildcard, prefix, fuzzy, regex or range terms: their cost grows with the index's
    /// vocabulary, so a server may want to run few of them at once.
    /// </summary>
    public bool IsExpensive { get; }

    internal Query Lucene { get; }

    /// <summary>Lucene's reading of the query, for debugging ("text_en:drone text_fr:drone ...").</summary>
    public override string ToString() => Lucene.ToString();
}
