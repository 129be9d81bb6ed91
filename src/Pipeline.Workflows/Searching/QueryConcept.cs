using Pipeline.Core.Topics;

namespace Pipeline.Workflows.Searching;

/// <summary>The due-diligence topic a query asks about, with the topic classifier's probability for it (its weight in hybrid search).</summary>
public sealed record QueryConcept(Topic Topic, double Probability);
