using System.ComponentModel;
using Pipeline.Cli.Commands.Eval;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Classification;

internal sealed class EvalClassificationSettings : EvalAnalysisSettings
{
    [CommandOption("--test <FOLDER>")]
    [Description("Folder of <label>.jsonl test files. Default: corpus/training/test of the repository. Not with --campaign.")]
    public string? Test { get; init; }
}
