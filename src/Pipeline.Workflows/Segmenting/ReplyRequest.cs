using Pipeline.Core.Segments;
using Pipeline.Extraction;

namespace Pipeline.Workflows.Segmenting;

/// <summary>How to read one reply. Every property states its default.</summary>
public sealed record ReplyRequest
{
    /// <summary>Who the reply is from, decided beforehand (a manifest); null to attribute it from the file and letter.</summary>
    public CompanyAttribution? Attribution { get; init; }

    /// <summary>The company to use when neither the file name nor the letter names one; null for none.</summary>
    public string? FallbackCompany { get; init; }

    /// <summary>Extraction options; <see cref="ExtractionOptions.Default"/> when null.</summary>
    public ExtractionOptions? Extraction { get; init; }
}
