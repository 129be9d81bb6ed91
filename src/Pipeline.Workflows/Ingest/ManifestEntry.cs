namespace Pipeline.Workflows.Ingest;

/// <summary>One row of a replies manifest: a file, the company it is from, and when it was received.</summary>
public sealed record ManifestEntry(string File, string Company, string? Received, int Line);
