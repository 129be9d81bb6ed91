using Pipeline.Core.Documents;

namespace Pipeline.Cli.Output;

/// <summary>Where `extract` puts each file's result, called in input order.</summary>
internal interface IExtractionSink : IAsyncDisposable
{
    Task WriteAsync(ExtractionResult result);
}
