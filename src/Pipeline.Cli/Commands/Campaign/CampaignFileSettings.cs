using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Campaign;

/// <summary>Settings of the `campaign` verbs: one campaign YAML file.</summary>
internal sealed class CampaignFileSettings : JsonSettings
{
    [CommandArgument(0, "<file>")]
    [Description("The campaign YAML file, e.g. corpus/campaigns/demo/campaign.yaml.")]
    public string File { get; init; } = string.Empty;

    /// <summary>The file, checked to exist (a missing file is a usage error).</summary>
    public string ExistingFile() =>
        System.IO.File.Exists(File) ? File : throw new UsageException($"no such campaign file: {File}");
}
