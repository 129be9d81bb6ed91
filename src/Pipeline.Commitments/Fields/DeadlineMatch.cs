using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Fields;

/// <summary>A deadline found in a sentence, with where its words are (so that the object stops before them).</summary>
internal sealed record DeadlineMatch(Deadline Deadline, int Start, int Length);
