using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Pipeline.Export.OpenSearch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Export;

/// <summary>Settings of <c>pipeline export</c>.</summary>
internal sealed class ExportSettings : IndexSettings
{
    public const string OpenSearchFormat = "opensearch";

    [CommandOption("--format <FORMAT>")]
    [Description("What to export for: opensearch (OpenSearch, or Elasticsearch 7.10 and later: an index template and bulk NDJSON).")]
    public string? Format { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Write the export to this folder: index-template.json and bulk-0001.ndjson, … (at most 10 MB each).")]
    public string? Out { get; init; }

    [CommandOption("--url <URL>")]
    [Description("Send the export to this server instead (e.g. http://127.0.0.1:9200; user:password@ in the URL for basic authentication).")]
    public string? Url { get; init; }

    [CommandOption("--opensearch-index <NAME>")]
    [Description("The OpenSearch index the segments go to (default pipeline-segments).")]
    public string? IndexName { get; init; }

    [CommandOption("--campaign <ID>")]
    [Description("Only this campaign's segments (default: every campaign in the index).")]
    public string? Campaign { get; init; }

    public string TargetIndex => IndexName ?? IndexTemplate.DefaultIndexName;

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } index ? index
        : Format is null ? ValidationResult.Error($"--format is required: --format {OpenSearchFormat}")
        : !string.Equals(Format, OpenSearchFormat, StringComparison.OrdinalIgnoreCase) ? ValidationResult.Error($"--format: '{Format}' is not a format export writes (only {OpenSearchFormat})")
        : (Out is null) == (Url is null) ? ValidationResult.Error("give --out DIR (write files) or --url URL (send to a server), one of the two")
        : Out is not null && PathCheck.FolderProblem("--out", Out) is { } folder ? ValidationResult.Error(folder)
        : Url is not null && OpenSearchTarget.UrlProblem(Url) is { } url ? ValidationResult.Error(url)
        : IndexName is not null && !IsIndexName(IndexName) ? ValidationResult.Error($"--opensearch-index: '{IndexName}' is not an index name (lower case letters, digits, - and _, not starting with - or _)")
        : ValidationResult.Success();

    // OpenSearch's rules for index names, the ones a typo breaks.
    internal static bool IsIndexName(string name) =>
        name.Length is > 0 and <= 255 && name[0] is not ('-' or '_' or '+') && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.');
}
