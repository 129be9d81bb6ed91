using System.Runtime.InteropServices;
using Pipeline.Core.Documents;

namespace Pipeline.Extraction;

/// <summary>A file read once into memory, with its detected format and document id.</summary>
/// <param name="Path">The path as given by the user.</param>
/// <param name="Bytes">The whole file.</param>
/// <param name="Format">The format detected from the content (and the extension where content is ambiguous).</param>
/// <param name="DocumentId">Lower-case hex SHA-256 of <paramref name="Bytes"/>.</param>
public sealed record ExtractionInput(string Path, ReadOnlyMemory<byte> Bytes, SourceFormat Format, string DocumentId)
{
    /// <summary>A read-only stream over <see cref="Bytes"/>, without copying them when they are an array (as read from a file).</summary>
    public Stream OpenStream() => MemoryMarshal.TryGetArray(Bytes, out var array)
        ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false, publiclyVisible: true)
        : new MemoryStream(Bytes.ToArray(), writable: false);
}
