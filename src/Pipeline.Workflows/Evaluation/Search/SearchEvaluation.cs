using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Embeddings;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Ingest;
using Pipeline.Workflows.Searching;

namespace Pipeline.Workflows.Evaluation.Search;

/// <summary>
/// Scores keyword, semantic and hybrid search on judged concept queries: the campaigns' replies are ingested into one
/// index (incrementally, so a second run only searches), every query runs in every mode, and a hit is relevant when
/// its text contains a judged passage's excerpt (letters and digits compared, <see cref="ExcerptText"/>).
/// </summary>
public static class SearchEvaluation
{
    public const int RecallDepth = 20;
    public const int GainDepth = 10;

    public static IReadOnlyList<SearchMode> Modes { get; } = [SearchMode.Keyword, SearchMode.Semantic, SearchMode.Hybrid];

    /// <param name="queriesPath">A judgement file (<see cref="SearchJudgementFile"/>).</param>
    /// <param name="campaigns">The campaigns the judgements refer to; their replies folders are ingested.</param>
    /// <param name="indexDirectory">Where the evaluation's index lives (kept between runs).</param>
    public static SearchEvaluationResult Run(string queriesPath, IReadOnlyList<Campaign> campaigns, string indexDirectory, IIngestObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        var judgements = SearchJudgementFile.Read(queriesPath);
        foreach (var campaign in campaigns)
        {
            IngestJob.CreateDefault().Run(campaign, [CampaignPaths.Replies(campaign)], new IngestOptions { IndexDirectory = indexDirectory, Prune = true }, observer, cancellationToken);
        }

        using var index = SegmentIndex.Open(indexDirectory);
        var segments = campaigns.SelectMany(c => index.ReadSegments(c.Id))
            .Where(s => !s.IsStructure)
            .Select(s => (Key: Key(s.CampaignId, Path.GetFileNameWithoutExtension(s.FileName)), Hit: HitKey(s.DocumentId, s.Ordinal), Text: ExcerptText.Normalise(s.AnswerText)))
            .ToLookup(s => s.Key, StringComparer.OrdinalIgnoreCase);

        var unlocated = ImmutableArray.CreateBuilder<string>();
        var perQuery = ImmutableArray.CreateBuilder<QueryScore>();
        foreach (var judgement in judgements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var gold = judgement.Relevant.Where(p => p.Grade > 0)
                .Select(p => new Located(p, [.. segments[Key(p.Campaign, p.Reply)].Where(s => s.Text.Contains(ExcerptText.Normalise(p.Excerpt), StringComparison.Ordinal)).Select(s => s.Hit)]))
                .ToList();
            unlocated.AddRange(gold.Where(g => g.Segments.IsEmpty).Select(g => $"{judgement.Id}: {g.Passage.Reply}: {g.Passage.Excerpt}"));
            var parsed = SearchQueryParser.Parse(judgement.Query);
            var modes = Modes.Select(mode =>
            {
                if (ModeSearch.NeedsParsedQuery(mode) && !parsed.IsSuccess)
                {
                    return new ModeScore(mode, 0, 0, 0);
                }

                var hits = ModeSearch.Run(index, mode, judgement.Query, parsed.Query, SearchFilters.None, RecallDepth, 0, SentenceEncoders.Shared).Hits;
                return Score(mode, [.. hits.Select(h => HitKey(h.Document, h.Ordinal))], gold);
            }).ToImmutableArray();
            perQuery.Add(new QueryScore(judgement.Id, judgement.Query, judgement.Language, gold.Count, gold.Count(g => !g.Segments.IsEmpty), modes));
        }

        var scored = perQuery.ToImmutable();
        return new SearchEvaluationResult(
            Path.GetFullPath(queriesPath),
            Path.GetFullPath(indexDirectory),
            index.SegmentCount,
            index.VectorCount,
            Average(scored),
            scored.GroupBy(q => q.Language).ToImmutableSortedDictionary(g => g.Key, g => Average([.. g]), StringComparer.Ordinal),
            scored,
            unlocated.ToImmutable());
    }

    /// <summary>Recall@20, nDCG@10 (each judged passage credited once, at the first hit containing it) and replies reached at 20.</summary>
    internal static ModeScore Score(SearchMode mode, IReadOnlyList<string> hits, IReadOnlyList<Located> gold)
    {
        if (gold.Count == 0)
        {
            return new ModeScore(mode, 0, 0, 0);
        }

        var credited = new HashSet<Located>(ReferenceEqualityComparer.Instance);
        var dcg = 0.0;
        for (var rank = 0; rank < hits.Count && rank < RecallDepth; rank++)
        {
            var inHit = gold.Where(g => !credited.Contains(g) && g.Segments.Contains(hits[rank])).ToList();
            if (rank < GainDepth && inHit.Count > 0)
            {
                dcg += inHit.Max(g => g.Passage.Grade) / Math.Log2(rank + 2);
            }

            credited.UnionWith(inHit);
        }

        var ideal = gold.Select(g => g.Passage.Grade).OrderDescending().Take(GainDepth).Select((grade, rank) => grade / Math.Log2(rank + 2)).Sum();
        var replies = gold.GroupBy(g => Key(g.Passage.Campaign, g.Passage.Reply), StringComparer.OrdinalIgnoreCase).ToList();
        return new ModeScore(
            mode,
            (double)credited.Count / gold.Count,
            ideal > 0 ? Math.Min(1, dcg / ideal) : 0,
            (double)replies.Count(r => r.Any(credited.Contains)) / replies.Count);
    }

    private static ImmutableArray<ModeScore> Average(IReadOnlyList<QueryScore> queries) =>
        [.. Modes.Select(mode =>
        {
            var scores = queries.Select(q => q.Modes.Single(m => m.Mode == mode)).ToList();
            return scores.Count == 0
                ? new ModeScore(mode, 0, 0, 0)
                : new ModeScore(mode, scores.Average(s => s.RecallAt20), scores.Average(s => s.NdcgAt10), scores.Average(s => s.RepliesAt20));
        })];

    private static string Key(string campaign, string reply) => campaign + "\n" + reply;

    private static string HitKey(string document, int ordinal) => document + "#" + ordinal;
}
