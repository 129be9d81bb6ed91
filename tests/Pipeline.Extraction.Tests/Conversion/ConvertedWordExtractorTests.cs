using System.Text;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Conversion;
using Pipeline.Extraction.Tests.Fixtures;
using Pipeline.Extraction.Word;
using Pipeline.Testing;

namespace Pipeline.Extraction.Tests.Conversion;

public sealed class ConvertedWordExtractorTests
{
    private static readonly byte[] Rtf = Encoding.ASCII.GetBytes("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 {\\b Question 1:} We comply.\\par Second paragraph.\\par}");

    [Fact]
    public void WithoutLibreOffice_IsConverterMissingNamingTheFormatAndTheFix()
    {
        // Given an RTF reply and no soffice
        var extractor = new ConvertedWordExtractor(new LibreOfficeConverter(executable: null), new DocxExtractor());
        var input = new ExtractionInput("reply.rtf", Rtf, SourceFormat.Rtf, "id");

        // When
        var error = Assert.Throws<PipelineException>(() => extractor.Extract(input, ExtractionOptions.Default, CancellationToken.None));

        // Then
        Assert.Equal(ErrorCode.ConverterMissing, error.Code);
        Assert.Contains("RTF", error.Reason, StringComparison.Ordinal);
        Assert.Contains("apt-get install libreoffice-writer-nogui", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DocThatIsNotAnOleFile_IsWrongFormat()
    {
        // Given a WordPerfect file named .doc
        var result = Extract.Result([0xFF, (byte)'W', (byte)'P', (byte)'C', 0, 0, 0, 0], "reply.doc");

        // Then
        Assert.Equal(ErrorCode.WrongFormat, result.Error?.Code);
        Assert.Contains("WordPerfect", result.Error!.Message, StringComparison.Ordinal);
    }

    [ToolFact("soffice")]
    public void Rtf_IsConvertedAndReadAsWord_KeepingItsFormat()
    {
        // Given an RTF reply, with LibreOffice installed
        // When
        var document = Extract.Document(Rtf, "reply.rtf");

        // Then
        Assert.Equal(SourceFormat.Rtf, document.Format);
        Assert.Equal(["Question 1: We comply.", "Second paragraph."], Extract.Lines(document));
        Assert.Equal("Question 1:", document.Body.First().RunIn);
        Assert.Equal("libreoffice", document.Metadata["converter"]);
    }
}
