using System.Xml;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;

namespace Pipeline.Extraction.Word;

/// <summary>
/// Word documents (.docx, .docm): body blocks in document order with rendered list labels, headings, table cells,
/// run-ins, notes; headers and footers out of the body. Refuses encrypted, cut-off, non-zip and zip-bomb files with
/// typed errors before parsing. Stateless, thread-safe.
/// </summary>
internal sealed class DocxExtractor(PackageLimits limits) : IFormatExtractor
{
    public DocxExtractor()
        : this(PackageLimits.Default)
    {
    }

    public IReadOnlyCollection<SourceFormat> Formats { get; } = [SourceFormat.Docx];

    public ExtractedDocument Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken) =>
        Read(input, SourceFormat.Docx, cancellationToken);

    /// <summary>Reads DOCX bytes, reporting them as <paramref name="format"/> (the original format of a converted file).</summary>
    public ExtractedDocument Read(ExtractionInput input, SourceFormat format, CancellationToken cancellationToken)
    {
        PackageGuard.Check(input.Path, input.Bytes, limits);
        try
        {
            using var stream = ReadOnlyStreams.Open(input.Bytes);
            using var package = WordPackage.Open(stream, input.Path);
            return DocxReader.Read(package, input, format, cancellationToken);
        }
        catch (Exception ex) when (ex is FileFormatException or InvalidDataException or XmlException or InvalidOperationException)
        {
            throw new PipelineException(ErrorCode.Damaged, input.Path, $"unreadable Word document: {ex.Message}", ex);
        }
    }
}
