using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.DemoCorpus.Model;

/// <summary>The gold label of one paragraph: the questions it answers (first = primary; [general] for none) and its topic.</summary>
internal sealed record Annotation(ImmutableArray<QuestionId> Questions, Topic Topic)
{
    public static Annotation General { get; } = new([QuestionId.General], Topic.Other);

    public QuestionId Primary => Questions[0];
}
