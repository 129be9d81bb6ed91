using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Pipeline.Search.Semantic;

/// <summary>
/// Decoded <see cref="VectorBlock"/>s of the Lucene segments of each index folder, so that the web app, which opens a
/// snapshot per request, decodes a segment's vectors once rather than on every search. Holds the blocks of the
/// segments of the last snapshot loaded per folder: merged-away segments are dropped. Thread-safe.
/// </summary>
internal static class VectorBlockCache
{
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, VectorBlock>> ByFolder = new(StringComparer.Ordinal);

    public static IReadOnlyList<(VectorBlock Block, AtomicReaderContext Leaf)> Load(string folder, DirectoryReader reader)
    {
        var blocks = ByFolder.GetOrAdd(folder, _ => new ConcurrentDictionary<string, VectorBlock>(StringComparer.Ordinal));
        var current = new List<(VectorBlock, AtomicReaderContext)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (Key(leaf.AtomicReader) is not { } key)
            {
                current.Add((VectorBlock.Read(leaf.AtomicReader), leaf));
                continue;
            }

            keys.Add(key);
            current.Add((blocks.GetOrAdd(key, _ => VectorBlock.Read(leaf.AtomicReader)), leaf));
        }

        foreach (var stale in blocks.Keys.Where(k => !keys.Contains(k)))
        {
            blocks.TryRemove(stale, out _);
        }

        return current;
    }

    // A segment's name is unique within its index, and its creation time tells it from a namesake in an index deleted
    // and written again in the same folder.
    private static string? Key(AtomicReader reader) => reader is SegmentReader segment
        ? $"{segment.SegmentName}|{(segment.SegmentInfo.Info.Diagnostics.TryGetValue("timestamp", out var time) ? time : "")}|{segment.MaxDoc}"
        : null;
}
