using System.Collections.Immutable;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.AnswerTopics;

/// <summary>
/// One paragraph and every topic it answers: a training example of <see cref="AnswerTopicsModel"/>. A paragraph of a
/// reply answering 1b and 1c answers deployment scale and disclosure; a refusal of the whole answers confidentiality too;
/// letter furniture answers none.
/// </summary>
public sealed record AnswerTopicsExample(string Text, ImmutableHashSet<Topic> Topics);
