using System.Collections.Immutable;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;

namespace Pipeline.Workflows.Ingest;

/// <summary>The outcome of ingesting one file.</summary>
/// <param name="Path">The file.</param>
/// <param name="Action">What was done with it.</param>
/// <param name="Company">The company it was attributed to; null when undetermined or failed.</param>
/// <param name="Pages">Pages read (0 when skipped, failed, or a format without pages).</param>
/// <param name="Segments">Segments indexed.</param>
/// <param name="Error">Why it failed.</param>
public sealed record IngestedFile(string Path, IngestAction Action, string? Company, int Pages, int Segments, PipelineError? Error)
{
    /// <summary>False when the company is not on the campaign's list.</summary>
    public bool CompanyListed { get; init; } = true;

    public ImmutableArray<Diagnostic> Warnings { get; init; } = [];

    /// <summary>An e-mail's attachments indexed as replies of their own ("message.eml#file.pdf"); counted in <see cref="Pages"/> and <see cref="Segments"/>.</summary>
    public ImmutableArray<string> Attachments { get; init; } = [];
}
