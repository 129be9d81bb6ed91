using System.Collections.Immutable;

namespace Pipeline.Core.Documents;

/// <summary>A reply as extracted: its blocks in reading order, with provenance and warnings. Immutable.</summary>
/// <param name="Id">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Source">Path of the file as given.</param>
/// <param name="Format">Format the content was read as.</param>
/// <param name="Pages">Page count; 0 where the format has no pages.</param>
/// <param name="Blocks">All blocks in reading order, running headers and footers included and marked by kind.</param>
/// <param name="Warnings">What went wrong without stopping extraction.</param>
public sealed record ExtractedDocument(
    string Id,
    string Source,
    SourceFormat Format,
    int Pages,
    ImmutableArray<Block> Blocks,
    ImmutableArray<Diagnostic> Warnings)
{
    /// <summary>ISO 639-1 code of the main language when detected ("en", "fr", "ar").</summary>
    public string? Language { get; init; }

    /// <summary>Whether blocks carry page numbers or only paragraph ordinals.</summary>
    public PositionUnit Positions { get; init; } = PositionUnit.Page;

    /// <summary>Document metadata: e-mail headers, Word header/footer text, title, author.</summary>
    public ImmutableDictionary<string, string> Metadata { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Documents carried inside this one (an e-mail's PDF and Word attachments), extracted on their own.</summary>
    public ImmutableArray<ExtractionResult> Attachments { get; init; } = [];

    /// <summary>Body blocks only: running headers, footers and page numbers left out.</summary>
    public IEnumerable<Block> Body => Blocks.Where(b => b.IsBody);

    /// <summary>File name without folders, for display.</summary>
    public string FileName => Path.GetFileName(Source);
}
