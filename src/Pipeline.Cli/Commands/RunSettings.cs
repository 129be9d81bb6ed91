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

    /// <summary>The folder of the bundled campaigns, relative to the repository.</summary>
    public const string CampaignsFolder = "corpus/campaigns";

    [CommandOption("--campaign <FILE>")]
    [Description("The campaign YAML file; its replies folder is ingested (default: " + DemoCampaign + ").")]
    public string? Campaign { get; init; }

    [CommandOption("--all")]
    [Description("Every campaign of --campaigns that has replies, into one index, then what changed between linked campaigns and the archive's reused text.")]
    public bool All { get; init; }

    [CommandOption("--campaigns <DIR>")]
    [Description("With --all: the folder whose sub-folders hold the campaigns (<folder>/<name>/campaign.yaml; default: " + CampaignsFolder + ").")]
    public string? Campaigns { get; init; }

    /// <summary>The campaign file of a single-campaign run.</summary>
    public string CampaignFile => Campaign ?? DemoCampaign;

    [CommandOption("--out <DIR>")]
    [Description("Folder for the comparison (CSV, XLSX, HTML) and the report (default: out).")]
    public string Out { get; init; } = "out";

    [CommandOption("--jobs <N>")]
    [Description("Files processed at once (default: the number of cores).")]
    public int? Jobs { get; init; }

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } index ? index
        : Jobs is < 1 ? ValidationResult.Error("--jobs must be at least 1")
        : All && Campaign is not null ? ValidationResult.Error("--all runs every campaign of --campaigns: drop --campaign, or drop --all")
        : !All && Campaigns is not null ? ValidationResult.Error("--campaigns goes with --all")
        : PathCheck.FolderProblem("--out", Out) is { } problem ? ValidationResult.Error(problem)
        : ValidationResult.Success();
}
