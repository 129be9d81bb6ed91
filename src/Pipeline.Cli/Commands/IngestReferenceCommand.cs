using Pipeline.Cli.Infrastructure;
using Pipeline.Workflows.Archive;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline ingest-reference FILE --company NAME</c>: keep a reference document beside the index, for <c>pipeline reuse</c> to find replies that copy it.</summary>
internal sealed class IngestReferenceCommand : PipelineCommand<IngestReferenceSettings>
{
    protected override async Task<int> RunAsync(IngestReferenceSettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            throw new UsageException($"no file {settings.File}");
        }

        var archive = ArchiveIndex.Open(settings.Index);
        var known = ArchiveCompany.Resolve(archive.Campaigns, settings.Company!, out _);
        var company = known?.Name ?? settings.Company!.Trim();
        if (ReferenceIngest.Add(archive, settings.File, company, out var failure) is not { } reference)
        {
            // As extract and segment report a file they cannot read: the input failed, the command did its job.
            await Console.Error.WriteLineAsync($"failed {failure}");
            return ExitCodes.SomeInputsFailed;
        }

        var note = known is null ? " (not a company of the archive's campaigns: kept under the name given)" : string.Empty;
        await Console.Out.WriteLineAsync($"added {reference.File} for {company}{note}: {reference.Paragraphs.Length} paragraphs");
        return ExitCodes.Success;
    }
}
