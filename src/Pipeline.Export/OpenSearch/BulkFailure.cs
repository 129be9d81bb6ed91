namespace Pipeline.Export.OpenSearch;

/// <summary>A document the bulk API refused, with the server's reason.</summary>
/// <param name="Id">The segment's <c>_id</c>.</param>
/// <param name="Status">The item's HTTP status (400 for a mapping error, 429 when still refused after every retry).</param>
/// <param name="Type">The error's type (<c>mapper_parsing_exception</c>, …).</param>
/// <param name="Reason">The server's explanation.</param>
public sealed record BulkFailure(string Id, int Status, string Type, string Reason);
