using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction;

namespace Pipeline.Workflows.Archive;

/// <summary>Adds a reference document to an archive: its text extracted like a reply's, kept as paragraphs (body text, list items and table cells; headings, running headers, footers and page numbers are no text a reply would copy).</summary>
public static class ReferenceIngest
{
    private static readonly BlockKind[] TextBlocks = [BlockKind.Paragraph, BlockKind.ListItem, BlockKind.TableCell];

    /// <param name="archive">The index.</param>
    /// <param name="file">The reference file (any format extraction reads).</param>
    /// <param name="company">Whose document it is.</param>
    /// <param name="failure">Why the file could not be read (extraction's error, or no text in it); null when it was.</param>
    /// <returns>The stored reference; null when <paramref name="failure"/> says why not.</returns>
    public static ReferenceDocument? Add(ArchiveIndex archive, string file, string company, out PipelineError? failure)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var result = DocumentExtractor.CreateDefault().ExtractFile(file);
        if (result.Document is not { } document)
        {
            failure = result.Error;
            return null;
        }

        var paragraphs = document.Blocks.Where(b => TextBlocks.Contains(b.Kind) && b.Text.Trim().Length > 0).Select(b => b.Text.Trim()).ToArray();
        if (paragraphs.Length == 0)
        {
            failure = new PipelineError(ErrorCode.InvalidInput, $"{file}: no text found in it (a scan without OCR?)");
            return null;
        }

        var reference = new ReferenceDocument(document.Id, company, Path.GetFileName(file), [.. paragraphs], DateTimeOffset.UtcNow);
        ReferenceStore.Save(archive.Path, reference);
        failure = null;
        return reference;
    }

    /// <summary>Adds a reference document that must be readable (the bundled ones, in a run or an evaluation).</summary>
    /// <exception cref="PipelineException">The file cannot be read, or holds no text.</exception>
    public static ReferenceDocument Add(ArchiveIndex archive, string file, string company) =>
        Add(archive, file, company, out var failure) ?? throw new PipelineException(failure!.Code, file, WithoutPath(failure.Message, file));

    // Extraction's messages start with the file's path, which the exception names already.
    private static string WithoutPath(string message, string file) =>
        message.StartsWith(file + ": ", StringComparison.Ordinal) ? message[(file.Length + 2)..] : message;

    /// <summary>
    /// Adds every reference document beside a campaign (<see cref="CampaignPaths.References"/>, each file named
    /// <c>&lt;owner&gt; - &lt;title&gt;</c>); none when the campaign has no such folder.
    /// </summary>
    /// <exception cref="PipelineException">A reference file cannot be read, or holds no text.</exception>
    public static IReadOnlyList<ReferenceDocument> AddBundled(ArchiveIndex archive, Core.Campaigns.Campaign campaign)
    {
        var folder = CampaignPaths.References(campaign);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(file => Add(archive, file, CampaignPaths.ReferenceOwner(file)))]
            : [];
    }
}
