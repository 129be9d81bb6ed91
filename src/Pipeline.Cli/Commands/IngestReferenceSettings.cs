using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

internal sealed class IngestReferenceSettings : IndexSettings
{
    [CommandArgument(0, "<file>")]
    [Description("The reference document: a company's public policy, a trade association's template (PDF, Word, …).")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--company <NAME>")]
    [Description("Whose document it is: a company of the archive (name or alias), or another name such as an association's.")]
    public string? Company { get; init; }

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } index ? index
        : string.IsNullOrWhiteSpace(Company) ? ValidationResult.Error("say whose document it is: --company NAME")
        : ValidationResult.Success();
}
