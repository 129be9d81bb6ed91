using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Core.Archive;
using Pipeline.TextReuse;

namespace Pipeline.Workflows.Evaluation.Archive;

/// <summary>
/// Scores reuse against a gold folder's <c>reuse.jsonl</c>: pairs of texts (<c>a</c> and <c>b</c>, each with its
/// <c>text</c>) copied from one to the other. A reported pair is a gold pair when its two texts match the gold's, in
/// either order (words equal, question labels aside, or shingles overlapping at least 0.8).
/// </summary>
public static class ReuseEvaluation
{
    public static ReuseEvaluationResult Score(IReadOnlyList<Reuse> reported, string goldFolder, int minimumWords)
    {
        ArgumentNullException.ThrowIfNull(reported);
        var gold = JsonLines.Read(Path.Combine(goldFolder, "reuse.jsonl"))
            .Select(g => (Kind: JsonLines.Text(g, "kind")!, A: Side(g, "a"), B: Side(g, "b")))
            .ToList();
        bool Matches((string Kind, string A, string B) g, Reuse r) =>
            (GoldText.Same(g.A, r.Later.Text) && GoldText.Same(g.B, r.Source.Text)) || (GoldText.Same(g.A, r.Source.Text) && GoldText.Same(g.B, r.Later.Text));

        var misses = ImmutableArray.CreateBuilder<string>();
        int found = 0, inScope = 0, foundInScope = 0;
        foreach (var g in gold)
        {
            var scoped = Words.Keys(g.A).Length >= minimumWords;
            var hit = reported.Any(r => Matches(g, r));
            (found, inScope, foundInScope) = (found + (hit ? 1 : 0), inScope + (scoped ? 1 : 0), foundInScope + (hit && scoped ? 1 : 0));
            if (!hit && scoped)
            {
                misses.Add($"{g.Kind}: {GoldText.Start(g.A)}");
            }
        }

        var extra = reported.Where(r => !gold.Any(g => Matches(g, r))).Select(r => $"{r.Kind}: {r.Later.Company} / {r.Source.Company}: {GoldText.Start(r.Later.Text)}").ToImmutableArray();
        return new ReuseEvaluationResult(gold.Count, inScope, found, foundInScope, reported.Count, reported.Count - extra.Length, misses.ToImmutable(), extra);
    }

    private static string Side(JsonElement pair, string side) => JsonLines.Text(pair.GetProperty(side), "text") ?? string.Empty;


}
