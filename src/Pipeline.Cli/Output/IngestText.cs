using System.Text;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Output;

/// <summary>The human-readable end of an ingest: counts, then failures, unattributed files and manifest gaps.</summary>
internal static class IngestText
{
    public static string Format(IngestSummary summary)
    {
        var text = new StringBuilder();
        if (summary.Files.IsEmpty && summary.Pruned.IsEmpty)
        {
            text.AppendLine($"No reply file found for campaign '{summary.CampaignId}': put the replies (PDF, Word, RTF, ODT, text, HTML or e-mail files) in the folder given to ingest, or the campaign's replies/ folder for run. The comparison and report are still written from the campaign's list of companies.");
        }
        else if (summary.NothingChanged && summary.Failed == 0)
        {
            text.AppendLine($"Nothing changed: {(summary.Files.Length == 1 ? "the file" : $"all {summary.Files.Length} files")} of campaign '{summary.CampaignId}' {(summary.Files.Length == 1 ? "was" : "were")} indexed already, with the same content and processing ({summary.Index}).");
        }
        else
        {
            text.AppendLine($"Ingested {summary.Files.Length} files for campaign '{summary.CampaignId}' into {summary.Index} in {summary.Elapsed.TotalSeconds:0.0} s");
            text.AppendLine($"  added {summary.Added}, replaced {summary.Replaced}, unchanged {summary.Unchanged}, failed {summary.Failed}, pruned {summary.Pruned.Length}; {Counted.Of(summary.Pages, "page")}, {Counted.Of(summary.Segments, "segment")}");
        }

        foreach (var file in summary.Files.Where(f => f.CompanyListed is false && f.Company is not null))
        {
            text.AppendLine($"  unlisted company: {file.Company} ({file.Path})");
        }

        foreach (var path in summary.Unattributed)
        {
            text.AppendLine($"  company undetermined (name it in the file name or a --manifest): {path}");
        }

        foreach (var entry in summary.MissingFromManifest)
        {
            text.AppendLine($"  in the manifest but not found: {entry.File} (line {entry.Line}, {entry.Company})");
        }

        foreach (var path in summary.Pruned)
        {
            text.AppendLine($"  pruned: {path}");
        }

        var failures = summary.Files.Where(f => f.Error is not null).ToList();
        if (failures.Count > 0)
        {
            text.AppendLine($"Failed ({failures.Count}):");
            foreach (var failure in failures)
            {
                text.AppendLine($"  {failure.Error}");
            }
        }

        if (summary.ReportPath is { } report)
        {
            text.AppendLine($"Report: {report}");
        }

        return text.ToString().TrimEnd();
    }
}
