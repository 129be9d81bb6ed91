using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Workflows.Evaluation;

/// <summary>How one gold paragraph was attributed by the whole analysis (segmentation, then routing).</summary>
/// <param name="Marked">The gold says a marker, restated question or table row ties it to its question.</param>
/// <param name="Method">How the holding segment was decided; null when the paragraph was not found.</param>
/// <param name="Confidence">The holding segment's confidence; 0 when not found.</param>
public sealed record AttributionOutcome(
    string File,
    string Style,
    string? Language,
    bool Marked,
    string Text,
    ImmutableArray<QuestionId> Expected,
    ImmutableArray<QuestionId> Actual,
    SegmentMethod? Method,
    double Confidence)
{
    public bool Found => Method is not null;

    public bool IsGeneral => Expected.All(q => q.IsGeneral);

    /// <summary>True when the analysis tied the paragraph to a question (right or wrong): what its confidence speaks of.</summary>
    public bool Attributed => Found && Actual.Any(q => !q.IsGeneral);

    /// <summary>Same set of questions (general counts as a question).</summary>
    public bool Correct => Found && Expected.ToHashSet().SetEquals(Actual);
}
