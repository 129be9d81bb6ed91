using System.Runtime.InteropServices;

namespace Pipeline.Extraction.Word;

internal static class ReadOnlyStreams
{
    /// <summary>A read-only stream over the bytes, without copying them when they live in an array.</summary>
    public static MemoryStream Open(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
