using System.Text;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Output;

/// <summary>The human-readable end of an ingest: counts, then failures, unattributed files and manifest gaps.</summary>
internal static class IngestText
{
    public static string Format(IngestSummary summary)
    {
        var text = new StringBuilder();
        if (summary.NothingChanged && summary.Failed == 0)
        {
            text.AppendLine($"Nothing changed: all {summary.Files.Length} files of campaign '{summary.CampaignId}' were indexed already with the same content ({summary.Index}).");
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
