using System.Text;
using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Archive;
using Pipeline.Core.Json;
using Pipeline.Reporting.Changes;
using Pipeline.Workflows;
using Pipeline.Workflows.Archive;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline changes --from A --to B</c>: per company approached in both × question, the status before and after and what changed in the answer's text.</summary>
internal sealed class ChangesCommand : PipelineCommand<ChangesSettings>
{
    protected override async Task<int> RunAsync(ChangesSettings settings, CancellationToken cancellationToken)
    {
        var archive = ArchiveIndex.Open(settings.Index);
        var from = archive.Find(settings.From!, out var problem) ?? throw new UsageException("--from: " + problem);
        var to = archive.Find(settings.To!, out problem) ?? throw new UsageException("--to: " + problem);
        var company = settings.Company is { } name
            ? ArchiveCompany.Resolve([from, to], name, out problem) ?? throw new UsageException(problem!)
            : null;
        var changes = ChangesBuilder.Build(archive, from, to, company);
        Action<Stream> render = settings.ResolvedFormat switch
        {
            "json" => stream => JsonSerializer.Serialize(stream, changes, PipelineJson.Indented),
            "html" => stream => ChangesHtml.Render(changes, stream),
            "xlsx" => stream => ChangesXlsx.Render(changes, stream),
            _ => stream => Text(changes, stream),
        };
        if (settings.Out is { } path)
        {
            RunJob.WriteAtomically(path, render);
            await Console.Error.WriteLineAsync($"wrote {path}");
        }
        else
        {
            // Text formats only (xlsx needs --out): through Console.Out, which the caller may have redirected.
            using var buffer = new MemoryStream();
            render(buffer);
            await Console.Out.WriteAsync(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        return ExitCodes.Success;
    }

    private static void Text(CampaignChanges changes, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        ChangesView.Write(changes, writer);
    }
}
