using System.Collections.Immutable;

namespace Pipeline.Export.OpenSearch;

/// <summary>A bulk request body: whole action + document pairs, at most <see cref="BulkChunker.MaxBytes"/> bytes in all.</summary>
/// <param name="Number">1-based position among the export's chunks (its file is bulk-NNNN.ndjson).</param>
public sealed record BulkChunk(int Number, ImmutableArray<BulkPair> Pairs)
{
    /// <summary>The body's size in bytes.</summary>
    public long Length => Pairs.Sum(p => (long)p.Lines.Length);

    /// <summary>The file name of the chunk in an export folder.</summary>
    public string FileName => $"bulk-{Number:D4}.ndjson";

    /// <summary>The body, as sent and as written to its file.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var pair in Pairs)
        {
            pair.Lines.Span.CopyTo(bytes.AsSpan(at));
            at += pair.Lines.Length;
        }

        return bytes;
    }
}
