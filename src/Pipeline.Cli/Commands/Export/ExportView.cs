using System.Text;
using Pipeline.Export.OpenSearch;

namespace Pipeline.Cli.Commands.Export;

/// <summary>The human-readable report of an export.</summary>
internal static class ExportView
{
    /// <summary>Refused documents listed one per line, up to this many; the JSON output lists them all.</summary>
    private const int ListedFailures = 20;

    public static string Files(FileExportSummary written)
    {
        var text = new StringBuilder()
            .AppendLine($"Exported {Count(written.Segments, "segment")} to {written.Directory} ({Size(written.Bytes)} of bulk NDJSON):")
            .AppendLine($"  {written.Template}  the index template: PUT _index_template/<name> with this body");
        foreach (var chunk in written.Chunks)
        {
            text.AppendLine($"  {chunk.FileName}  {Count(chunk.Segments, "segment")}, {Size(chunk.Bytes)}: POST _bulk with this body (Content-Type: application/x-ndjson)");
        }

        return text.ToString().TrimEnd();
    }

    public static string Sent(SendSummary sent)
    {
        var text = new StringBuilder()
            .Append($"Sent {Count(sent.Segments, "segment")} to {sent.Url} (index {sent.Index}) in {Count(sent.Chunks.Length, "bulk request")}: {sent.Indexed} indexed")
            .AppendLine(sent.Failures.IsEmpty ? "." : $", {sent.Failures.Length} refused:");
        foreach (var failure in sent.Failures.Take(ListedFailures))
        {
            text.AppendLine($"  {failure.Id}  {failure.Status} {failure.Type}: {failure.Reason}");
        }

        if (sent.Failures.Length > ListedFailures)
        {
            text.AppendLine($"  … and {sent.Failures.Length - ListedFailures} more (--json lists them all)");
        }

        if (sent.Retries > 0)
        {
            text.AppendLine($"The server was busy: {Count(sent.Retries, "retry", "retries")}.");
        }

        return text.ToString().TrimEnd();
    }

    private static string Count(int n, string one, string? many = null) => $"{n:N0} {(n == 1 ? one : many ?? one + "s")}";

    private static string Size(long bytes) =>
        bytes >= 1_000_000 ? $"{bytes / 1_000_000d:0.0} MB" : bytes >= 1_000 ? $"{bytes / 1_000d:0.0} kB" : $"{bytes} bytes";
}
