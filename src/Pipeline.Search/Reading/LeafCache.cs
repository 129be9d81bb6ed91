using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Pipeline.Search.Reading;

/// <summary>
/// What is read once per Lucene segment of each index folder and held in memory (decoded vector signs, facet
/// ordinals), so that the web app, which opens a snapshot per request, reads a segment once rather than on every
/// search. Lucene segments never change once written (deletions are applied when searching), so a segment's entry
/// serves every later snapshot while the segment lives; each load keeps the entries of its own snapshot's segments per
/// folder and drops merged-away ones. Thread-safe.
/// </summary>
internal sealed class LeafCache<T>(Func<AtomicReader, T> read)
    where T : class
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, T>> _byFolder = new(StringComparer.Ordinal);

    /// <summary>The entry of each of <paramref name="reader"/>'s leaves, in leaf order, read now for segments not seen before.</summary>
    public IReadOnlyList<(T Entry, AtomicReaderContext Leaf)> Load(string folder, DirectoryReader reader)
    {
        var entries = _byFolder.GetOrAdd(folder, _ => new ConcurrentDictionary<string, T>(StringComparer.Ordinal));
        var current = new List<(T, AtomicReaderContext)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (Key(leaf.AtomicReader) is not { } key)
            {
                current.Add((read(leaf.AtomicReader), leaf));
                continue;
            }

            keys.Add(key);
            current.Add((entries.GetOrAdd(key, _ => read(leaf.AtomicReader)), leaf));
        }

        foreach (var stale in entries.Keys.Where(k => !keys.Contains(k)))
        {
            entries.TryRemove(stale, out _);
        }

        return current;
    }

    // A segment's name is unique within its index, and its creation time tells it from a namesake in an index deleted
    // and written again in the same folder.
    private static string? Key(AtomicReader reader) => reader is SegmentReader segment
        ? $"{segment.SegmentName}|{(segment.SegmentInfo.Info.Diagnostics.TryGetValue("timestamp", out var time) ? time : "")}|{segment.MaxDoc}"
        : null;
}
