using Pipeline.Core.Documents;

namespace Pipeline.Extraction;

/// <summary>Reads one file format into an <see cref="ExtractedDocument"/>. Implementations are stateless and thread-safe.</summary>
public interface IFormatExtractor
{
    /// <summary>The formats this extractor reads.</summary>
    IReadOnlyCollection<SourceFormat> Formats { get; }

    /// <summary>Extracts the file's blocks in reading order.</summary>
    /// <exception cref="Core.Errors.PipelineException">The file cannot be read at all (typed code, file named).</exception>
    ExtractedDocument Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken);
}
