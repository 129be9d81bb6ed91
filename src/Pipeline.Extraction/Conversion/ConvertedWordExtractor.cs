using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Word;

namespace Pipeline.Extraction.Conversion;

/// <summary>
/// Legacy Word (.doc), RTF and OpenDocument (.odt) replies: checked to be what their name says, converted to DOCX by
/// LibreOffice, then read as DOCX (the document keeps its original format; metadata "converter" says how it was read).
/// Without LibreOffice they fail with <see cref="ErrorCode.ConverterMissing"/>. Thread-safe.
/// </summary>
internal sealed class ConvertedWordExtractor(LibreOfficeConverter converter, DocxExtractor docx) : IFormatExtractor
{
    public ConvertedWordExtractor()
        : this(LibreOfficeConverter.FromPath(), new DocxExtractor())
    {
    }

    public IReadOnlyCollection<SourceFormat> Formats { get; } = [SourceFormat.Doc, SourceFormat.Rtf, SourceFormat.Odt];

    public ExtractedDocument Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var (extension, name) = input.Format switch
        {
            SourceFormat.Doc => ("doc", "Word 97-2003 (.doc)"),
            SourceFormat.Rtf => ("rtf", "RTF"),
            SourceFormat.Odt => ("odt", "OpenDocument (.odt)"),
            _ => throw new ArgumentException($"not a converted format: {input.Format}", nameof(input)),
        };
        CheckContent(input, name);
        if (converter.Executable is null)
        {
            throw new PipelineException(ErrorCode.ConverterMissing, input.Path, $"reading {name} files needs LibreOffice, which is not installed (apt-get install libreoffice-writer-nogui)");
        }

        // Leave a little of the per-file time for reading the converted DOCX.
        var timeout = options.Timeout * 0.9;
        var converted = converter.ConvertToDocx(input.Path, input.Bytes, extension, timeout, cancellationToken);
        var document = docx.Read(input with { Bytes = converted }, input.Format, cancellationToken);
        return document with { Metadata = document.Metadata.SetItem("converter", "libreoffice") };
    }

    /// <summary>Refuses content that is not the format its name says (a WordPerfect file named .doc, say), before starting LibreOffice.</summary>
    private static void CheckContent(ExtractionInput input, string name)
    {
        var content = input.Bytes.Span;
        var matches = input.Format switch
        {
            SourceFormat.Doc => OfficeContainer.IsCompoundFile(content),
            SourceFormat.Rtf => OfficeContainer.IsRtf(content),
            _ => OfficeContainer.IsOpenDocument(content),
        };
        if (!matches)
        {
            var what = content.StartsWith((ReadOnlySpan<byte>)[0xFF, (byte)'W', (byte)'P', (byte)'C']) ? "it is a WordPerfect file" : "its content does not have that format's signature";
            throw new PipelineException(ErrorCode.WrongFormat, input.Path, $"not a {name} file: {what}");
        }
    }
}
