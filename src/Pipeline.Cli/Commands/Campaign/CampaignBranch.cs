using Pipeline.Cli.Infrastructure.CommandLine;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Campaign;

/// <summary>The `campaign` verbs: check and show a campaign file.</summary>
internal static class CampaignBranch
{
    public static void Configure(IConfigurator<CommandSettings> campaign, VerbCatalogue verbs)
    {
        campaign.SetDescription("Check and show a campaign file: the questionnaire and the companies approached.");
        verbs.Add<CampaignValidateCommand>(campaign, "campaign validate")
            .WithDescription("Check a campaign file; print OK with counts, or every problem with its line and column (exit 1 when invalid).")
            .WithExample("campaign", "validate", "corpus/campaigns/mena-surveillance-2022/campaign.yaml");
        verbs.Add<CampaignShowCommand>(campaign, "campaign show")
            .WithDescription("Show a campaign's questions with their topics, the companies with their response status, and the response rate.")
            .WithExample("campaign", "show", "corpus/campaigns/demo/campaign.yaml", "--json");
    }
}
