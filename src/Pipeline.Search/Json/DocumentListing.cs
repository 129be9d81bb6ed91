using Pipeline.Search.Indexing;

namespace Pipeline.Search.Json;

/// <summary>The JSON document listing an index's replies, as <c>pipeline documents --json</c> and <c>GET /api/documents</c> both give it.</summary>
/// <param name="Index">The index folder's full path.</param>
/// <param name="Documents">The replies, as <see cref="Reading.SegmentIndex.ListDocuments"/> orders them.</param>
/// <param name="Failures">The reply files that could not be read or indexed at their last attempt (<see cref="Reading.SegmentIndex.ListFailures"/>).</param>
public sealed record DocumentListing(string Index, IReadOnlyList<IndexedDocument> Documents, IReadOnlyList<FailedReply> Failures);
