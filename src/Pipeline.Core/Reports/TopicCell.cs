using Pipeline.Core.Topics;

namespace Pipeline.Core.Reports;

/// <summary>How much one company said about one topic: the number of passages and the most confidently classified one.</summary>
public sealed record TopicCell(string Company, Topic Topic, int Passages, AnswerExcerpt? Strongest);
