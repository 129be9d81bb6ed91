using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Json;
using Pipeline.Search.Json;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline documents</c>: the replies in the index, with company, campaign, pages, segments and warnings, then the reply files that could not be indexed.</summary>
internal sealed class DocumentsCommand : PipelineCommand<DocumentsSettings>
{
    protected override async Task<int> RunAsync(DocumentsSettings settings, CancellationToken cancellationToken)
    {
        using var index = IndexOpener.OpenForReading(settings);
        var documents = index.ListDocuments(settings.Campaign);
        var failures = index.ListFailures(settings.Campaign);
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new DocumentListing(index.Path, documents, failures), PipelineJson.Indented));
        }
        else
        {
            await DocumentsView.WriteAsync(documents, failures, Console.Out);
        }

        return ExitCodes.Success;
    }
}
