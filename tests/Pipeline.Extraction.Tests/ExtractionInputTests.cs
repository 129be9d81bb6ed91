using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Tests;

public sealed class ExtractionInputTests
{
    [Fact]
    public void OpenStream_OverAFileReadIntoAnArray_ReadsThatArrayWithoutACopy()
    {
        // Given a file's bytes, as DocumentExtractor reads them
        byte[] bytes = [1, 2, 3, 4, 5];
        var input = new ExtractionInput("reply.html", bytes, SourceFormat.Html, "id");

        // When a stream is opened over them
        using var stream = (MemoryStream)input.OpenStream();

        // Then it reads the same array (a whole-file copy per open made large files cost a gen-2 collection each)
        Assert.True(stream.TryGetBuffer(out var buffer));
        Assert.Same(bytes, buffer.Array);
        Assert.False(stream.CanWrite);
        Assert.Equal(5, stream.Length);
    }
}
