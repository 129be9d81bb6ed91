using Pipeline.Extraction;

namespace Pipeline.Workflows.Ingest;

/// <summary>How ingest runs. Every property states its default.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>The index folder; <c>.pipeline/index</c> in the working folder when null.</summary>
    public string? IndexDirectory { get; init; }

    /// <summary>Files processed at once; the number of cores by default.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Remove from the index the campaign's files that are no longer in the folders. Default false.</summary>
    public bool Prune { get; init; }

    /// <summary>A replies manifest (CSV file,company[,received]) deciding attribution; none by default.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>Extraction options; <see cref="ExtractionOptions.Default"/> when null.</summary>
    public ExtractionOptions? Extraction { get; init; }

    /// <summary>The researchers' corrections (JSON lines); <c>corrections.jsonl</c> beside the campaign file when null.</summary>
    public string? CorrectionsPath { get; init; }

    /// <summary>The topic model file; the bundled model when null.</summary>
    public string? ModelPath { get; init; }
}
