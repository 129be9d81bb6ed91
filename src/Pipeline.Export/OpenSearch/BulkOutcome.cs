using System.Collections.Immutable;

namespace Pipeline.Export.OpenSearch;

/// <summary>What one bulk chunk came to: documents stored, documents refused (with why), and how many retries it took.</summary>
public sealed record BulkOutcome(int Indexed, ImmutableArray<BulkFailure> Failures, int Retries);
