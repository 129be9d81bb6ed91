using System.IO.Compression;
using Pipeline.Core.Errors;

namespace Pipeline.Extraction.Word;

/// <summary>
/// Refuses a file claiming to be a zip package before the OOXML reader touches it: not a zip (saying what it is),
/// encrypted, cut off, or passing the <see cref="PackageLimits"/> bounds.
/// </summary>
internal static class PackageGuard
{
    public static void Check(string path, ReadOnlyMemory<byte> bytes, PackageLimits limits)
    {
        var content = bytes.Span;
        if (OfficeContainer.IsEncryptedPackage(content))
        {
            throw new PipelineException(ErrorCode.Encrypted, path, "the Word document is password-protected (encrypted OOXML); remove the password in Word and save again");
        }

        if (!OfficeContainer.IsZip(content))
        {
            throw new PipelineException(ErrorCode.WrongFormat, path, $"not a Word (.docx) package: {Describe(content)}");
        }

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(ReadOnlyStreams.Open(bytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw HasEndOfCentralDirectory(content)
                ? new PipelineException(ErrorCode.Damaged, path, $"the zip structure is broken: {ex.Message}", ex)
                : new PipelineException(ErrorCode.Truncated, path, "the file is cut off: the zip directory at its end is missing", ex);
        }

        using (archive)
        {
            CheckSizes(path, archive, limits);
        }
    }

    private static void CheckSizes(string path, ZipArchive archive, PackageLimits limits)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            throw new PipelineException(ErrorCode.TooLarge, path, $"the package has {archive.Entries.Count:N0} entries, over the {limits.MaxEntries:N0} limit");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            if (entry.Length > limits.MaxEntryBytes || total > limits.MaxTotalBytes)
            {
                throw new PipelineException(ErrorCode.TooLarge, path, $"'{entry.FullName}' would expand to {entry.Length:N0} bytes ({total:N0} in all), over the limits ({limits.MaxEntryBytes:N0} per entry, {limits.MaxTotalBytes:N0} in all)");
            }

            if (entry.Length > limits.RatioFloorBytes && entry.Length > entry.CompressedLength * limits.MaxCompressionRatio)
            {
                var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
                throw new PipelineException(ErrorCode.TooLarge, path, $"'{entry.FullName}' is compressed {ratio:0}:1, over the {limits.MaxCompressionRatio:0}:1 bound (a zip bomb?)");
            }
        }
    }

    /// <summary>The end-of-central-directory record sits in the last 64 KiB + 22 bytes of a complete zip.</summary>
    private static bool HasEndOfCentralDirectory(ReadOnlySpan<byte> content)
    {
        var tail = content[Math.Max(0, content.Length - (65_535 + 22))..];
        return tail.LastIndexOf("PK\x05\x06"u8) >= 0;
    }

    private static string Describe(ReadOnlySpan<byte> content) => content switch
    {
        _ when OfficeContainer.IsCompoundFile(content) => "it is a Word 97-2003 (OLE) file",
        _ when OfficeContainer.IsRtf(content) => "it is an RTF file",
        _ when content.StartsWith("%PDF"u8) => "it is a PDF file",
        _ when content.Length < 4 => $"only {content.Length} bytes",
        _ => "it does not start with a zip header",
    };
}
