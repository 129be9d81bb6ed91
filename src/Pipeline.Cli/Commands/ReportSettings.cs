using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

/// <summary>Settings of `pipeline report`.</summary>
internal sealed class ReportSettings : IndexSettings
{
    [CommandOption("--campaign <ID>")]
    [Description("The campaign id (default: the index's only campaign).")]
    public string? Campaign { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("The HTML file to write, e.g. report.html.")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } index ? index
        : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out <FILE> is required (e.g. --out report.html)")
        : PathCheck.OutputFileProblem("--out", Out, "report.html") is { } problem ? ValidationResult.Error(problem)
        : ValidationResult.Success();
}
