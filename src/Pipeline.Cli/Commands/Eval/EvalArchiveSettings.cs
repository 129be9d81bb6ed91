using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Eval;

internal sealed class EvalArchiveSettings : JsonSettings
{
    [CommandOption("--from <FILE>")]
    [Description("The earlier campaign file, e.g. corpus/campaigns/demo/campaign.yaml.")]
    public string? From { get; init; }

    [CommandOption("--to <FILE>")]
    [Description("The later campaign file; its gold/ folder holds changes.jsonl, status.jsonl and reuse.jsonl, and its references/ folder the reference documents, named '<owner> - <title>.<ext>'.")]
    public string? To { get; init; }

    [CommandOption("--min-words <N>")]
    [Description("Shortest paragraph the reuse search considers (default 25, as pipeline reuse).")]
    public int MinWords { get; init; } = 25;

    public override ValidationResult Validate() =>
        From is null || To is null
            ? ValidationResult.Error("give both campaign files: --from EARLIER.yaml --to LATER.yaml")
            : ValidationResult.Success();
}
