using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands;

/// <summary>Settings of verbs that work within one campaign: <c>--campaign FILE</c>.</summary>
internal class CampaignSettings : JsonSettings
{
    [CommandOption("--campaign <FILE>")]
    [Description("The campaign YAML file (questionnaire and companies), e.g. corpus/campaigns/demo/campaign.yaml.")]
    public string? Campaign { get; init; }

    /// <summary>Loads the campaign; a missing option or file is a usage error, a malformed file fatal.</summary>
    public Core.Campaigns.Campaign LoadCampaign() => CampaignFile.Load(Campaign);
}
