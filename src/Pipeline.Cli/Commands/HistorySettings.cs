using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

internal sealed class HistorySettings : IndexSettings
{
    [CommandArgument(0, "<company>")]
    [Description("The company: a name or alias the company registry or any ingested campaign knows.")]
    public string Company { get; init; } = string.Empty;

    [CommandOption("--topic <TOPIC>")]
    [Description("Only questions about this topic, e.g. grievance_mechanism: answers of campaigns that asked it differently stay comparable.")]
    public string? Topic { get; init; }

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } index ? index
        : string.IsNullOrWhiteSpace(Company) ? ValidationResult.Error("name the company: pipeline history COMPANY")
        : ValidationResult.Success();
}
