namespace Pipeline.Export.OpenSearch;

/// <summary>One bulk chunk as written or sent: its file name, its segments and its size.</summary>
public sealed record ExportedChunk(string FileName, int Segments, long Bytes);
