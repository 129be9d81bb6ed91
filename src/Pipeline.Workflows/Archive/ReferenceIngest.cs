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
    /// <exception cref="PipelineException">The file cannot be read, or holds no text.</exception>
    public static ReferenceDocument Add(ArchiveIndex archive, string file, string company)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var result = DocumentExtractor.CreateDefault().ExtractFile(file);
        if (result.Document is not { } document)
        {
            var error = result.Error!;
            throw new PipelineException(error.Code, file, error.Message);
        }

        var paragraphs = document.Blocks.Where(b => TextBlocks.Contains(b.Kind) && b.Text.Trim().Length > 0).Select(b => b.Text.Trim()).ToArray();
        if (paragraphs.Length == 0)
        {
            throw new PipelineException(ErrorCode.InvalidInput, file, "no text found in it (a scan without OCR?)");
        }

        var reference = new ReferenceDocument(document.Id, company, Path.GetFileName(file), [.. paragraphs], DateTimeOffset.UtcNow);
        ReferenceStore.Save(archive.Path, reference);
        return reference;
    }
}
