using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Findings;

/// <summary>One notable fact computed from a comparison, as a sentence, with the companies and questions it is about.</summary>
/// <param name="Rule">The id of the rule that found it ("declined-question").</param>
/// <param name="Text">The sentence, e.g. "3 companies declined question 1a (Products and clients), all citing confidentiality: …".</param>
public sealed record Finding(string Rule, string Text)
{
    /// <summary>The companies the sentence names or counts.</summary>
    public ImmutableArray<string> Companies { get; init; } = [];

    public ImmutableArray<QuestionId> Questions { get; init; } = [];

    public Topic? Topic { get; init; }
}
