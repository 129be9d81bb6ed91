using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Archive;

/// <summary>What changed in one company's answer to one question between two campaigns.</summary>
/// <param name="Company">The company, as the archive names it.</param>
/// <param name="Question">The later campaign's question.</param>
/// <param name="Topic">The topic it asks about.</param>
/// <param name="MatchedBy">How the earlier question(s) were found.</param>
/// <param name="EarlierQuestions">The earlier campaign's question(s) it is compared with; empty for a new question.</param>
/// <param name="Before">The status in the earlier campaign; null for a new question.</param>
/// <param name="After">The status in the later campaign.</param>
/// <param name="Paragraphs">The answer's paragraphs, unchanged, edited (with a word diff), new or dropped.</param>
public sealed record QuestionChange(
    string Company,
    QuestionId Question,
    Topic Topic,
    MatchedBy MatchedBy,
    ImmutableArray<QuestionId> EarlierQuestions,
    AnswerStatus? Before,
    AnswerStatus After,
    ImmutableArray<ParagraphChange> Paragraphs)
{
    /// <summary>Commitments, claims and refusals new in the later answer, then those it dropped (from the two campaigns' ledgers).</summary>
    public ImmutableArray<StatementChange> Statements { get; init; } = [];

    public bool StatusChanged => Before is { } before && before != After;

    public bool TextChanged => Paragraphs.Any(p => p.Kind != ChangeKind.Unchanged);

    /// <summary>Paragraphs of each kind, e.g. "2 unchanged, 1 edited, 1 new".</summary>
    public string Summary =>
        Paragraphs.IsDefaultOrEmpty
            ? "no text either time"
            : string.Join(", ", Paragraphs.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
}
