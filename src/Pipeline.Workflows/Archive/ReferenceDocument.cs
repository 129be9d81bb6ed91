using System.Collections.Immutable;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// A document a researcher adds to the archive to find where replies copy it: a company's public human-rights policy,
/// a trade association's template answers. Kept as its paragraphs, beside the index.
/// </summary>
/// <param name="Id">SHA-256 of the file.</param>
/// <param name="Company">Whose document it is: a company of the archive, or an association.</param>
/// <param name="File">The file name.</param>
/// <param name="Paragraphs">Its paragraphs, in reading order.</param>
/// <param name="Added">When it was added (UTC).</param>
public sealed record ReferenceDocument(string Id, string Company, string File, ImmutableArray<string> Paragraphs, DateTimeOffset Added);
