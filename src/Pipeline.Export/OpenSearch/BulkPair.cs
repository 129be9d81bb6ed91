namespace Pipeline.Export.OpenSearch;

/// <summary>One action line and its document line of a bulk request, as UTF-8 with both newlines: the unit a chunk is never split inside.</summary>
/// <param name="Id">The document's <c>_id</c>.</param>
/// <param name="Lines">The two lines, each ending with '\n'.</param>
public sealed record BulkPair(string Id, ReadOnlyMemory<byte> Lines);
