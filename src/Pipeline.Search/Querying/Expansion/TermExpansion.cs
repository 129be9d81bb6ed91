using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Search.Querying.Expansion;

/// <summary>
/// Turns a wildcard, prefix, fuzzy, regex or range term into the words of the index it matches, at most a given number
/// of them (the first, in the index's order) and within a deadline, saying whether it had to stop: Lucene's own
/// rewrites either cap silently (top terms) or not at all (constant score). Each word is scored as a term of its own,
/// weighted by how close a fuzzy match is. Thread-safe.
/// </summary>
internal sealed class TermExpansion : MultiTermQuery.RewriteMethod
{
    private static readonly Comparer<BytesRef> ByteOrder = Comparer<BytesRef>.Create((a, b) => a.CompareTo(b));

    public static TermExpansion Instance { get; } = new();

    /// <summary>The rewrite Lucene applies when asked directly: the default cap, no deadline.</summary>
    public override Query Rewrite(IndexReader reader, MultiTermQuery query) =>
        Expand(reader, query, SearchLimits.Default.MaxExpansions, long.MaxValue).Query;

    /// <param name="deadline">A <see cref="Stopwatch.GetTimestamp"/> value past which expansion stops with what it found.</param>
    public ExpandedTerm Expand(IndexReader reader, MultiTermQuery query, int maxTerms, long deadline)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(query);
        var found = new SortedDictionary<BytesRef, float>(ByteOrder);
        var truncated = false;
        var timedOut = false;
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(query.Field) is not { } terms)
            {
                continue;
            }

            (var leafTruncated, timedOut) = Collect(GetTermsEnum(query, terms, new AttributeSource()), found, maxTerms, deadline);
            truncated |= leafTruncated;
            while (found.Count > maxTerms)
            {
                found.Remove(found.Keys.Last());
                truncated = true;
            }

            if (timedOut)
            {
                break;
            }
        }

        var expanded = new BooleanQuery(disableCoord: true) { Boost = query.Boost };
        foreach (var (term, boost) in found)
        {
            expanded.Add(new TermQuery(new Term(query.Field, term)) { Boost = boost }, Occur.SHOULD);
        }

        return new ExpandedTerm(expanded, truncated, timedOut);
    }

    // Adds one segment's matching words; stops past maxTerms of its own (the merged set keeps the first maxTerms) or at the deadline.
    private static (bool Truncated, bool TimedOut) Collect(TermsEnum terms, SortedDictionary<BytesRef, float> found, int maxTerms, long deadline)
    {
        var boost = terms.Attributes.AddAttribute<IBoostAttribute>();
        var seen = 0;
        while (terms.MoveNext())
        {
            var term = terms.Term;
            if ((seen++ & 63) == 0 && Stopwatch.GetTimestamp() >= deadline)
            {
                return (false, true);
            }

            if (seen > maxTerms)
            {
                return (true, false);
            }

            found[BytesRef.DeepCopyOf(term)] = Math.Max(boost.Boost, found.GetValueOrDefault(term));
        }

        return (false, false);
    }
}
