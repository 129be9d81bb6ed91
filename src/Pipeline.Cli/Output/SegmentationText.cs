using System.Text;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Cli.Output;

/// <summary>The human-readable segmentation of a reply: who it is from, then each segment with its questions, method, pages and topic.</summary>
internal static class SegmentationText
{
    private const int Preview = 110;

    public static string Format(SegmentedFile file)
    {
        if (file.Reply is not { } reply)
        {
            return $"{file.Path}: failed: {file.Error}";
        }

        var text = new StringBuilder();
        text.AppendLine($"{file.Path}");
        text.AppendLine($"  company: {Company(reply.Company)}");
        foreach (var segment in reply.Segments)
        {
            var pages = segment.Pages.IsEmpty ? string.Empty : $" p.{string.Join(",", segment.Pages)}";
            var first = segment.Passages[0].Text.ReplaceLineEndings(" ");
            var preview = first.Length <= Preview ? first : first[..Preview] + "…";
            var more = segment.Passages.Length > 1 ? $" (+{segment.Passages.Length - 1} paragraphs)" : string.Empty;
            var topic = segment.Topic is { } t ? $" ({t.ToLabel()})" : string.Empty;
            text.AppendLine($"  [{string.Join(",", segment.Questions)}] {segment.Method.ToString().ToLowerInvariant()} {segment.Confidence:0.00}{pages}{topic}: {preview}{more}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Company(CompanyAttribution company) => company switch
    {
        { Name: null } => "undetermined (name it with --company)",
        { Listed: false } => $"{company.Name} (not on the campaign's list; from {Source(company.Source)})",
        _ => $"{company.Name} (from {Source(company.Source)})",
    };

    private static string Source(AttributionSource source) => source switch
    {
        AttributionSource.FileName => "the file name",
        AttributionSource.Folder => "the folder name",
        AttributionSource.Letter => "the letter",
        AttributionSource.CommandLine => "--company",
        AttributionSource.Manifest => "the manifest",
        _ => "nowhere",
    };
}
