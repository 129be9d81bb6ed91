using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>Settings of `pipeline eval agreement`: the campaign, its index, and optionally a model to score on the corrected passages.</summary>
internal sealed class EvalAgreementSettings : EvalAnalysisSettings
{
    [CommandOption("--index <DIR>")]
    [Description("The index the campaign was ingested into, with its corrections (default: .pipeline/index in the current folder).")]
    public string? Index { get; init; }
}
