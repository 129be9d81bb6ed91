using System.Collections.Immutable;

namespace Pipeline.Workflows.Evaluation;

/// <summary>
/// Attribution of gold paragraphs to questions: answers tied to their question by a marker (<see cref="Marked"/>),
/// unmarked prose answers (<see cref="Unmarked"/>), paragraphs that answer nothing kept general (<see cref="General"/>),
/// then by reply style and language, every miss, and every paragraph's outcome (<see cref="Outcomes"/>: what a
/// reliability table or a spreadsheet of the attribution is made from).
/// </summary>
public sealed record AttributionScores(
    Accuracy Marked,
    Accuracy Unmarked,
    Accuracy General,
    Accuracy Overall,
    ImmutableArray<Accuracy> ByStyle,
    ImmutableArray<Accuracy> ByLanguage,
    ImmutableArray<AttributionOutcome> Misses,
    ImmutableArray<AttributionOutcome> Outcomes)
{
    public static AttributionScores From(IReadOnlyCollection<AttributionOutcome> outcomes)
    {
        var answers = outcomes.Where(o => !o.IsGeneral).ToArray();
        return new AttributionScores(
            Accuracy.Of("marked answers", answers.Where(o => o.Marked), o => o.Correct),
            Accuracy.Of("unmarked answers (prose)", answers.Where(o => !o.Marked), o => o.Correct),
            Accuracy.Of("general kept general", outcomes.Where(o => o.IsGeneral), o => o.Correct),
            Accuracy.Of("all paragraphs", outcomes, o => o.Correct),
            [.. outcomes.GroupBy(o => o.Style).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Accuracy.Of(g.Key, g, o => o.Correct))],
            [.. answers.GroupBy(o => o.Language ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Accuracy.Of(g.Key, g, o => o.Correct))],
            [.. outcomes.Where(o => !o.Correct)],
            [.. outcomes]);
    }
}
