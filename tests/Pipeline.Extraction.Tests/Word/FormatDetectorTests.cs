using System.Text;
using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Tests.Word;

public sealed class FormatDetectorTests
{
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

    [Theory]
    [InlineData("reply.docx", "{\\rtf1\\ansi hello}", SourceFormat.Rtf)]
    [InlineData("reply.doc", "{\\rtf1\\ansi hello}", SourceFormat.Rtf)]
    [InlineData("reply.doc", "PK\u0003\u0004rest", SourceFormat.Docx)]
    [InlineData("reply.docx", "PK\u0003\u0004rest", SourceFormat.Docx)]
    [InlineData("reply.txt", "{\\rtf1 looks like rtf}", SourceFormat.Text)]
    [InlineData("reply.docx", "plain words", SourceFormat.Docx)]
    public void Detect_ContentContradictingTheName_WinsForWordFormats(string name, string content, SourceFormat expected)
    {
        // Given / When / Then
        Assert.Equal(expected, FormatDetector.Detect(name, Encoding.Latin1.GetBytes(content)));
    }

    [Fact]
    public void Detect_UnencryptedCompoundFileNamedDocx_IsLegacyWord()
    {
        // Given a Word 97-2003 file renamed .docx / When / Then
        Assert.Equal(SourceFormat.Doc, FormatDetector.Detect("reply.docx", CompoundFile));
    }
}
