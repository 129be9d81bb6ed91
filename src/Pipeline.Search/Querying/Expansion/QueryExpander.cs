using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Search.Querying.Expansion;

/// <summary>
/// Expands every wildcard, prefix, fuzzy, regex and range term of a parsed query into its words
/// (<see cref="TermExpansion"/>), within one search's limits, and remembers what the person should be told. One per search.
/// </summary>
internal sealed class QueryExpander(IndexReader reader, SearchLimits limits, long deadline)
{
    private readonly ImmutableArray<SearchNotice>.Builder _notices = ImmutableArray.CreateBuilder<SearchNotice>();

    /// <summary>True when the deadline passed while expanding: some terms stand for fewer words than they match.</summary>
    public bool TimedOut { get; private set; }

    public ImmutableArray<SearchNotice> Notices => _notices.ToImmutable();

    /// <summary>The query with its multi-term parts expanded; other parts are left to Lucene's rewrite.</summary>
    public Query Expand(Query query) => query switch
    {
        BooleanQuery boolean => ExpandClauses(boolean),
        ConstantScoreQuery { Query: { } inner } constant => new ConstantScoreQuery(Expand(inner)) { Boost = constant.Boost },
        MultiTermQuery { MultiTermRewriteMethod: TermExpansion } multi => ExpandTerm(multi),
        _ => query,
    };

    private BooleanQuery ExpandClauses(BooleanQuery query)
    {
        var expanded = new BooleanQuery(query.CoordDisabled) { Boost = query.Boost, MinimumNumberShouldMatch = query.MinimumNumberShouldMatch };
        foreach (var clause in query.Clauses)
        {
            expanded.Add(Expand(clause.Query), clause.Occur);
        }

        return expanded;
    }

    private Query ExpandTerm(MultiTermQuery query)
    {
        if (TimedOut)
        {
            return new BooleanQuery();
        }

        var result = TermExpansion.Instance.Expand(reader, query, limits.MaxExpansions, deadline);
        TimedOut |= result.TimedOut;
        if (result.Truncated)
        {
            _notices.Add(new SearchNotice(
                SearchNotice.ExpansionTruncated,
                $"'{query.ToString(query.Field)}' matches more than {limits.MaxExpansions:N0} words; only the first {limits.MaxExpansions:N0} in alphabetical order were searched: make it more specific"));
        }

        return result.Query;
    }
}
