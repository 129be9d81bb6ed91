using Pipeline.Core.Documents;

namespace Pipeline.Extraction;

/// <summary>A file read once into memory, with its detected format and document id.</summary>
/// <param name="Path">The path as given by the user.</param>
/// <param name="Bytes">The whole file.</param>
/// <param name="Format">The format detected from the content (and the extension where content is ambiguous).</param>
/// <param name="DocumentId">Lower-case hex SHA-256 of <paramref name="Bytes"/>.</param>
public sealed record ExtractionInput(string Path, ReadOnlyMemory<byte> Bytes, SourceFormat Format, string DocumentId)
{
    public Stream OpenStream() => new MemoryStream(Bytes.ToArray(), writable: false);
}
