using System.IO.Compression;
using System.Text;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Tests.Fixtures;
using Pipeline.Extraction.Word;

namespace Pipeline.Extraction.Tests.Word;

public sealed class DocxBadInputTests
{
    private static readonly byte[] SmallDocx = new DocxFixture { Body = W.Para("Hello") }.Build();

    [Fact]
    public void ZeroBytes_IsEmptyFile()
    {
        // Given / When
        var result = Extract.Result([]);

        // Then
        Assert.Equal(ErrorCode.EmptyFile, result.Error?.Code);
    }

    [Fact]
    public void CutOffZip_IsTruncated()
    {
        // Given the first half of a valid .docx
        var half = SmallDocx[..(SmallDocx.Length / 2)];

        // When
        var result = Extract.Result(half);

        // Then
        Assert.Equal(ErrorCode.Truncated, result.Error?.Code);
        Assert.Contains("reply.docx", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlSavedAsDocx_IsWrongFormat()
    {
        // Given a web page saved with a .docx name
        var result = Extract.Result("<html><body>Reply</body></html>"u8.ToArray());

        // Then
        Assert.Equal(ErrorCode.WrongFormat, result.Error?.Code);
    }

    [Fact]
    public void ZipWithoutWordParts_IsDamaged()
    {
        // Given a valid zip that is not a Word package
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not word");
        }

        // When
        var result = Extract.Result(stream.ToArray());

        // Then
        Assert.Equal(ErrorCode.Damaged, result.Error?.Code);
    }

    [Fact]
    public void ZipBomb_IsRefusedBeforeInflating()
    {
        // Given a package whose document part inflates 64 MiB of zeros from a few tens of KiB (ratio ~1000:1)
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }

        // When
        var result = Extract.Result(stream.ToArray());

        // Then
        Assert.Equal(ErrorCode.TooLarge, result.Error?.Code);
        Assert.Contains("zip bomb", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredSizeOverTheBound_IsTooLarge()
    {
        // Given limits smaller than an ordinary document's parts
        var strict = new PackageLimits { MaxEntryBytes = 100 };

        // When
        var error = Assert.Throws<Core.Errors.PipelineException>(() => PackageGuard.Check("reply.docx", SmallDocx, strict));

        // Then
        Assert.Equal(ErrorCode.TooLarge, error.Code);
    }

    [Fact]
    public void EncryptedOoxmlContainer_IsEncrypted()
    {
        // Given an OLE compound file holding the EncryptionInfo and EncryptedPackage streams, as Word writes a password-protected .docx
        var content = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(content, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(content, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(content, 1152);

        // When
        var result = Extract.Result(content);

        // Then
        Assert.Equal(ErrorCode.Encrypted, result.Error?.Code);
    }

    [Fact]
    public void UnknownExtension_IsUnsupportedFormat()
    {
        // Given a spreadsheet
        var result = Extract.Result([1, 2, 3], "figures.xlsx");

        // Then
        Assert.Equal(ErrorCode.UnsupportedFormat, result.Error?.Code);
    }
}
