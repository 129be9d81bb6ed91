using System.Collections.Immutable;

namespace Pipeline.TextReuse;

/// <summary>
/// Finds passages that are (near-)copies of each other among many: MinHash signatures split into bands (locality-
/// sensitive hashing) propose candidates — passages equal in a whole band — and each candidate is checked on its exact
/// shingles. Reflow, hyphenation, small edits and reordered sentences keep most shingles, so they are found. A passage
/// shorter than the minimum counts only when it is copied word for word (question labels aside): a few words in common
/// are chance, a whole sentence repeated is not. Passages made only of courtesies (<see cref="CourtesyLines"/>) are
/// never compared.
/// <para>
/// Work and output grow with the number of passages, not with its square, even when one text is copied a thousand
/// times: each passage is paired with the earliest passages (lowest index) it copies, at most <c>sources</c> of them,
/// and checks at most a fixed number of candidates; the groups of copies (<see cref="NearDuplicates.Groups"/>) say how
/// many there are in all.
/// </para>
/// </summary>
public static class NearDuplicateFinder
{
    /// <summary>Default shortest passage compared for near-copies, in words; shorter ones count only as exact copies.</summary>
    public const int DefaultMinimumWords = 25;

    /// <summary>The shortest passage that counts even as an exact copy: "Yes." or "Not applicable." repeated is no reuse.</summary>
    public const int ShortestPassage = 6;

    /// <summary>
    /// Shingle similarity (Jaccard), or containment of the shorter passage in the longer, from which two passages count
    /// as one text reused. 16 bands of 4 rows find pairs at 0.5 Jaccard with probability ≈ 0.65 and at 0.7 with ≈ 0.99.
    /// </summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>Default number of earlier passages one passage is paired with: its earliest copies.</summary>
    public const int DefaultSources = 5;

    /// <summary>A passage whose shingles lie this much inside a longer one was pasted into it.</summary>
    private const double ContainmentThreshold = 0.8;

    /// <summary>Candidates checked on their shingles per source wanted: enough that a few false candidates of the bands do not hide a copy.</summary>
    private const int ChecksPerSource = 4;

    /// <summary>Members of a group looked at per candidate wanted, refused ones included.</summary>
    private const int LooksPerCandidate = 8;

    /// <summary>The pairs of <see cref="Search"/>.</summary>
    public static ImmutableArray<ReusedPair> Find(IReadOnlyList<string> passages, int minimumWords = DefaultMinimumWords, double threshold = DefaultThreshold, Func<int, int, bool>? keep = null, int sources = DefaultSources) =>
        Search(passages, minimumWords, threshold, keep, sources).Pairs;

    /// <param name="passages">The passages' texts, earliest first: a passage's sources are the copies with the lowest indices.</param>
    /// <param name="minimumWords">Passages with fewer words count only when copied word for word.</param>
    /// <param name="threshold">Similarity or containment from which a pair is reported.</param>
    /// <param name="keep">Which pairs (by index, smaller first) may be reported at all, e.g. only pairs from different replies; all when null.</param>
    /// <param name="sources">How many earlier copies each passage is paired with at most.</param>
    public static NearDuplicates Search(IReadOnlyList<string> passages, int minimumWords = DefaultMinimumWords, double threshold = DefaultThreshold, Func<int, int, bool>? keep = null, int sources = DefaultSources)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentOutOfRangeException.ThrowIfLessThan(sources, 1);
        var shingles = new SortedShingles?[passages.Count];
        var buckets = new BandBuckets();
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            var keys = Words.Keys(passages[i]);
            if (keys.Length < ShortestPassage || CourtesyLines.IsCourtesy(passages[i]))
            {
                continue;
            }

            if (keys.Length < minimumWords)
            {
                var text = string.Join(' ', Words.KeysWithoutLabel(passages[i]));
                if (!exact.TryGetValue(text, out var same))
                {
                    exact[text] = same = [];
                }

                same.Add(i);
                continue;
            }

            var set = Shingles.Of(keys);
            shingles[i] = new SortedShingles(set);
            buckets.Add(i, MinHash.Signature(set));
        }

        buckets.Seal();

        var groups = new DisjointSets(passages.Count);
        var joined = new bool[passages.Count];
        var pairs = ImmutableArray.CreateBuilder<ReusedPair>();
        foreach (var same in exact.Values.Where(m => m.Count > 1))
        {
            for (var x = 0; x < same.Count; x++)
            {
                groups.Join(same[0], same[x]);
                joined[same[x]] = true;
                pairs.AddRange(Earliest(m => same[m], 0, x, keep, sources).Select(a => new ReusedPair(a, same[x], 1, 1)));
            }
        }

        var candidates = new SortedSet<int>();
        for (var b = 0; b < passages.Count; b++)
        {
            if (shingles[b] is null)
            {
                continue;
            }

            candidates.Clear();
            foreach (var (start, end) in buckets.Earlier(b))
            {
                candidates.UnionWith(Earliest(buckets.PassageAt, start, end, keep, sources * ChecksPerSource));
            }

            var found = 0;
            foreach (var a in candidates.Take(sources * ChecksPerSource))
            {
                var similarity = shingles[a]!.Jaccard(shingles[b]!);
                var containment = shingles[a]!.Containment(shingles[b]!);
                if (similarity >= threshold || containment >= ContainmentThreshold)
                {
                    groups.Join(a, b);
                    joined[a] = joined[b] = true;
                    pairs.Add(new ReusedPair(a, b, Math.Round(similarity, 3), Math.Round(containment, 3)));
                    if (++found == sources)
                    {
                        break;
                    }
                }
            }
        }

        return new NearDuplicates(
            [.. pairs.OrderBy(p => p.First).ThenBy(p => p.Second)],
            [.. Enumerable.Range(0, passages.Count).Select(i => joined[i] ? groups.Find(i) : -1)]);
    }

    /// <summary>
    /// The first members of a group (<paramref name="memberAt"/> positions <paramref name="start"/> to
    /// <paramref name="end"/>, in passage order, all before the member at <paramref name="end"/>) that
    /// <paramref name="keep"/> allows pairing with that member, at most <paramref name="limit"/>; looks at no more
    /// than <see cref="LooksPerCandidate"/> times that many, so that a group whose early members are all refused (one
    /// company's, another campaign's) costs no more than any other.
    /// </summary>
    private static IEnumerable<int> Earliest(Func<int, int> memberAt, int start, int end, Func<int, int, bool>? keep, int limit)
    {
        var taken = 0;
        var later = memberAt(end);
        for (var x = start; x < Math.Min(end, start + (limit * LooksPerCandidate)) && taken < limit; x++)
        {
            if (keep is null || keep(memberAt(x), later))
            {
                taken++;
                yield return memberAt(x);
            }
        }
    }
}
