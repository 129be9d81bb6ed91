using System.Collections.Immutable;
using Pipeline.Core.Archive;
using Pipeline.Core.Segments;
using Pipeline.TextReuse;

namespace Pipeline.Workflows.Evaluation.Archive;

/// <summary>
/// Scores <see cref="CampaignChanges"/> against a gold folder's <c>changes.jsonl</c> (per paragraph: company, later
/// question, unchanged | edited | new | dropped, the earlier and later texts) and <c>status.jsonl</c> (per company ×
/// question: the status in each campaign). A reported paragraph is the gold one when their words match (question labels
/// aside) or their shingles overlap at least 0.8 (<see cref="GoldText"/>): extraction and segmentation may cut a little
/// differently from the gold.
/// </summary>
public static class ChangesEvaluation
{
    public static ChangesEvaluationResult Score(CampaignChanges changes, string goldFolder)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var gold = JsonLines.Read(Path.Combine(goldFolder, "changes.jsonl"))
            .Select(g => (Company: JsonLines.Text(g, "company")!, Question: JsonLines.Text(g, "question_2024"), Kind: Kind(JsonLines.Text(g, "change")!), Before: JsonLines.Text(g, "text_2022"), After: JsonLines.Text(g, "text_2024")))
            .ToList();
        // The gold covers the companies that answered the later campaign; the answers of one that stopped answering are
        // reported as dropped, which the gold does not list, so precision is taken over the gold's companies.
        var covered = gold.Select(g => g.Company).ToHashSet(StringComparer.Ordinal);
        var reported = changes.Changes
            .Where(c => covered.Contains(c.Company))
            .SelectMany(c => c.Paragraphs.Select(p => (c.Company, Paragraph: p)))
            .DistinctBy(r => (r.Company, r.Paragraph.Kind, r.Paragraph.Before, r.Paragraph.After))
            .ToList();

        var misses = ImmutableArray.CreateBuilder<string>();
        var foundRight = 0;
        foreach (var g in gold)
        {
            var mine = reported.Where(r => r.Company == g.Company && (g.Kind == ChangeKind.Dropped ? GoldText.Same(g.Before, r.Paragraph.Before) : GoldText.Same(g.After, r.Paragraph.After))).ToList();
            if (mine.Any(m => m.Paragraph.Kind == g.Kind))
            {
                foundRight++;
            }
            else
            {
                var got = mine.Count == 0 ? "not found" : string.Join("/", mine.Select(m => m.Paragraph.Kind.ToString().ToLowerInvariant()).Distinct());
                misses.Add($"{g.Company} {g.Question}: expected {g.Kind.ToString().ToLowerInvariant()}, got {got}: {GoldText.Start(g.After ?? g.Before)}");
            }
        }

        var reportedRight = reported.Count(r => gold.Any(g => g.Company == r.Company && g.Kind == r.Paragraph.Kind
            && (g.Kind == ChangeKind.Dropped ? GoldText.Same(g.Before, r.Paragraph.Before) : GoldText.Same(g.After, r.Paragraph.After))));
        var (statusChanges, statusFound, statusMisses) = Statuses(changes, goldFolder);
        return new ChangesEvaluationResult(gold.Count, foundRight, reported.Count, reportedRight, statusChanges, statusFound, misses.ToImmutable(), statusMisses);
    }

    private static (int Gold, int Found, ImmutableArray<string> Misses) Statuses(CampaignChanges changes, string goldFolder)
    {
        var path = Path.Combine(goldFolder, "status.jsonl");
        if (!File.Exists(path))
        {
            return (0, 0, []);
        }

        var changed = JsonLines.Read(path)
            .Select(s => (Company: JsonLines.Text(s, "company")!, Question: JsonLines.Text(s, "question")!, Before: JsonLines.Text(s, "status_2022"), After: JsonLines.Text(s, "status_2024")!))
            .Where(s => s.Before is not null && s.Before != s.After)
            .ToList();
        var misses = ImmutableArray.CreateBuilder<string>();
        foreach (var s in changed)
        {
            var cells = changes.Changes.Where(c => c.Company == s.Company && c.Question.Value == s.Question).ToList();
            if (!cells.Any(c => c.StatusChanged && ChangeLabel(c.After) == s.After))
            {
                var got = cells.Count == 0 ? "no cell" : string.Join("/", cells.Select(c => $"{(c.Before is { } before ? ChangeLabel(before) : "new question")} → {ChangeLabel(c.After)}").Distinct());
                misses.Add($"{s.Company} {s.Question}: expected {s.Before} → {s.After}, got {got}");
            }
        }

        return (changed.Count, changed.Count - misses.Count, misses.ToImmutable());
    }

    private static string ChangeLabel(AnswerStatus status) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());


    private static ChangeKind Kind(string label) => Enum.Parse<ChangeKind>(label, ignoreCase: true);

}
