using Lucene.Net.Search;

namespace Pipeline.Search.Querying;

/// <summary>A parsed query; obtain one from <see cref="SearchQueryParser.Parse"/>. Immutable.</summary>
public sealed class SearchQuery
{
    internal SearchQuery(string text, Query lucene)
    {
        Text = text;
        Lucene = lucene;
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    internal Query Lucene { get; }

    /// <summary>Lucene's reading of the query, for debugging ("text_en:drone text_fr:drone ...").</summary>
    public override string ToString() => Lucene.ToString();
}
