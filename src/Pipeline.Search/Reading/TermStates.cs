using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Search.Reading;

/// <summary>
/// Looks up every plain term of a rewritten query in each Lucene segment with one terms enumerator per field and
/// segment, the terms in order, and hands the states to the term queries. Left to itself, each term query builds its
/// own (<see cref="TermContext.Build"/>): a new enumerator per term and segment — a query's words in four text fields
/// over a few dozen segments are a couple of hundred, each allocating its blocks anew. The states and statistics are
/// the same either way, so scores are too.
/// </summary>
internal static class TermStates
{
    /// <summary>The query with each <see cref="TermQuery"/> in it (through boolean and disjunction-max queries) given its looked-up states.</summary>
    public static Query LookedUp(Query query, IndexReaderContext top)
    {
        var terms = new List<Term>();
        Collect(query, terms);
        if (terms.Count == 0)
        {
            return query;
        }

        var contexts = new Dictionary<Term, TermContext>();
        foreach (var term in terms)
        {
            contexts.TryAdd(term, new TermContext(top));
        }

        var byField = contexts.Keys.GroupBy(t => t.Field, StringComparer.Ordinal)
            .Select(g => (Field: g.Key, Terms: g.OrderBy(t => t.Bytes).ToList()))
            .ToList();
        foreach (var leaf in top.Leaves)
        {
            var fields = leaf.AtomicReader.Fields;
            if (fields is null)
            {
                continue;
            }

            foreach (var (field, fieldTerms) in byField)
            {
                var enumerator = fields.GetTerms(field)?.GetEnumerator();
                if (enumerator is null)
                {
                    continue;
                }

                foreach (var term in fieldTerms)
                {
                    if (enumerator.SeekExact(term.Bytes))
                    {
                        contexts[term].Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
                    }
                }
            }
        }

        return With(query, contexts);
    }

    private static void Collect(Query query, List<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    Collect(clause.Query, terms);
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    Collect(disjunct, terms);
                }

                break;
        }
    }

    private static Query With(Query query, Dictionary<Term, TermContext> contexts)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(term.Term, contexts[term.Term]) { Boost = term.Boost };
            case BooleanQuery boolean:
                var rebuilt = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    rebuilt.Add(With(clause.Query, contexts), clause.Occur);
                }

                return rebuilt;
            case DisjunctionMaxQuery disjunction:
                var max = new DisjunctionMaxQuery(disjunction.TieBreakerMultiplier) { Boost = disjunction.Boost };
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    max.Add(With(disjunct, contexts));
                }

                return max;
            default:
                return query;
        }
    }
}
