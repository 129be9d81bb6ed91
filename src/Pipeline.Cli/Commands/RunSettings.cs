using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

/// <summary>Settings of `pipeline run`.</summary>
internal sealed class RunSettings : IndexSettings
{
    /// <summary>The bundled demonstration campaign, relative to the repository.</summary>
    public const string DemoCampaign = "corpus/campaigns/demo/campaign.yaml";

    [CommandOption("--campaign <FILE>")]
    [Description("The campaign YAML file; its replies folder is ingested (default: " + DemoCampaign + ").")]
    public string Campaign { get; init; } = DemoCampaign;

    [CommandOption("--out <DIR>")]
    [Description("Folder for the comparison (CSV, XLSX, HTML) and the report (default: out).")]
    public string Out { get; init; } = "out";

    [CommandOption("--jobs <N>")]
    [Description("Files processed at once (default: the number of cores).")]
    public int? Jobs { get; init; }

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } index ? index
        : Jobs is < 1 ? ValidationResult.Error("--jobs must be at least 1")
        : PathCheck.FolderProblem("--out", Out) is { } problem ? ValidationResult.Error(problem)
        : ValidationResult.Success();
}
