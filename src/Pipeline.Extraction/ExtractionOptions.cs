namespace Pipeline.Extraction;

/// <summary>How extraction behaves. Every property states its default.</summary>
public sealed record ExtractionOptions
{
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Longest time one file may take before it fails with <c>timeout</c>. Default 60 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest file accepted, in bytes; larger files fail with <c>too-large</c>. Default 512 MiB.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>OCR pages without a text layer when tesseract is installed. Default true.</summary>
    public bool Ocr { get; init; } = true;

    /// <summary>Tesseract language codes, '+'-separated. Default "eng+fra+ara" where installed.</summary>
    public string OcrLanguages { get; init; } = "eng+fra+ara";

    /// <summary>Order words into lines and blocks by layout (off = content-stream order, for benchmarks). Default true.</summary>
    public bool LayoutAnalysis { get; init; } = true;

    /// <summary>Password to try after the empty one on encrypted files. Default none.</summary>
    public string? Password { get; init; }
}
