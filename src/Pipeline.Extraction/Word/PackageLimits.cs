namespace Pipeline.Extraction.Word;

/// <summary>
/// Bounds on a zip package (DOCX, and the DOCX LibreOffice produces), checked against the sizes its central directory
/// declares before anything is inflated. .NET's zip reader also stops an entry at its declared size, so a directory
/// that lies cannot inflate past these bounds either.
/// </summary>
internal sealed record PackageLimits
{
    public static PackageLimits Default { get; } = new();

    /// <summary>Most entries a package may have. Default 10,000 (a long report has a few hundred).</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Largest declared uncompressed size of one entry. Default 256 MiB.</summary>
    public long MaxEntryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest declared uncompressed size of all entries together. Default 1 GiB.</summary>
    public long MaxTotalBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Highest compression ratio (uncompressed / compressed) of an entry larger than <see cref="RatioFloorBytes"/>.
    /// Default 200: Word XML compresses 5–30×, highly repetitive generated XML up to ~100×; zip bombs reach ~1000×.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this are not ratio-checked (tiny parts compress wildly). Default 1 MiB.</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;
}
