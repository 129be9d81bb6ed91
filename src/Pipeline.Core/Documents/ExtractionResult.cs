using Pipeline.Core.Errors;

namespace Pipeline.Core.Documents;

/// <summary>The outcome of extracting one file: a document, or a typed error naming the file. Never both.</summary>
public sealed record ExtractionResult
{
    private ExtractionResult(string source, ExtractedDocument? document, PipelineError? error)
    {
        Source = source;
        Document = document;
        Error = error;
    }

    public string Source { get; }

    public ExtractedDocument? Document { get; }

    public PipelineError? Error { get; }

    public bool Succeeded => Document is not null;

    public static ExtractionResult Success(ExtractedDocument document) => new(document.Source, document, null);

    public static ExtractionResult Failure(string source, PipelineError error) => new(source, null, error);
}
