using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Eval;

/// <summary><c>pipeline eval search --queries FILE [--campaign FILE]… [--index DIR]</c>.</summary>
internal sealed class EvalSearchSettings : JsonSettings
{
    /// <summary>The campaigns the bundled judgements refer to, from the repository's root.</summary>
    public static readonly IReadOnlyList<string> DefaultCampaigns =
        ["corpus/campaigns/demo/campaign.yaml", "corpus/campaigns/independent/dev/campaign.yaml"];

    [CommandOption("--queries <FILE>")]
    [Description("Judged concept queries, one JSON object a line (format: corpus/search-eval/README.md), e.g. corpus/search-eval/dev.jsonl.")]
    public string? Queries { get; init; }

    [CommandOption("--campaign <FILE>")]
    [Description("A campaign whose replies the judgements refer to; repeat for several. Default: the demo campaign and the independent dev replies.")]
    public string[] Campaigns { get; init; } = [];

    [CommandOption("--index <DIR>")]
    [Description("Where the evaluation's own index is kept between runs (default: .pipeline/search-eval in the current folder); the campaigns' replies are ingested into it incrementally.")]
    public string Index { get; init; } = Path.Combine(".pipeline", "search-eval");

    public override ValidationResult Validate() =>
        PathCheck.FolderProblem("--index", Index) is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();
}
