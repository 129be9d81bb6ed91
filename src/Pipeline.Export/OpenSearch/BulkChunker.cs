using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Core.Errors;
using Pipeline.Search.Indexing;

namespace Pipeline.Export.OpenSearch;

/// <summary>Turns segments into bulk NDJSON: one <c>index</c> action per segment with its id, cut into chunks on whole pairs.</summary>
public static class BulkChunker
{
    /// <summary>The largest chunk, in bytes (10 MB): well under OpenSearch's default 100 MB request limit, and small enough to retry.</summary>
    public const long MaxBytes = 10_000_000;

    // One line per document: compact, UTF-8 text as is (NDJSON is never embedded in HTML).
    private static readonly JsonSerializerOptions Line = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    /// <summary>The action and document lines of one segment.</summary>
    public static BulkPair Pair(IndexedSegment segment, string indexName)
    {
        var id = SegmentSource.IdOf(segment);
        var action = new JsonObject { ["index"] = new JsonObject { ["_index"] = indexName, ["_id"] = id } };
        var text = action.ToJsonString(Line) + "\n" + SegmentSource.ToJson(segment).ToJsonString(Line) + "\n";
        return new BulkPair(id, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Consecutive chunks of at most <paramref name="maxBytes"/> bytes, in the order of <paramref name="pairs"/>.</summary>
    /// <exception cref="PipelineException">One segment alone is larger than a chunk may be.</exception>
    public static IEnumerable<BulkChunk> Chunk(IEnumerable<BulkPair> pairs, long maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var current = ImmutableArray.CreateBuilder<BulkPair>();
        long size = 0;
        var number = 0;
        foreach (var pair in pairs)
        {
            if (pair.Lines.Length > maxBytes)
            {
                throw new PipelineException(ErrorCode.TooLarge, pair.Id, $"the segment's bulk lines take {pair.Lines.Length:N0} bytes, more than a chunk's {maxBytes:N0}");
            }

            if (size + pair.Lines.Length > maxBytes)
            {
                yield return new BulkChunk(++number, current.ToImmutable());
                current.Clear();
                size = 0;
            }

            current.Add(pair);
            size += pair.Lines.Length;
        }

        if (current.Count > 0)
        {
            yield return new BulkChunk(++number, current.ToImmutable());
        }
    }
}
