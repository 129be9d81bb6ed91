using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Tests.Fixtures;

/// <summary>Runs the real facade (format detection, registry, timeout, error mapping) on in-memory files.</summary>
internal static class Extract
{
    private static readonly DocumentExtractor Extractor = DocumentExtractor.CreateDefault();

    public static ExtractionResult Result(byte[] bytes, string name = "reply.docx") => Extractor.ExtractBytes(name, bytes);

    /// <summary>The document, failing the test with the error when extraction failed.</summary>
    public static ExtractedDocument Document(byte[] bytes, string name = "reply.docx")
    {
        var result = Result(bytes, name);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Document!;
    }

    public static ExtractedDocument Docx(DocxFixture fixture) => Document(fixture.Build());

    /// <summary>Body blocks as "label text" lines, the shape most assertions compare.</summary>
    public static string[] Lines(ExtractedDocument document) => [.. document.Body.Select(b => b.DisplayText)];
}
