using Pipeline.Cli.Commands;
using Spectre.Console.Cli;

namespace Pipeline.Cli;

/// <summary>Every verb of `pipeline`, one line each.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<Commands.ExtractCommand>("extract").WithDescription("Extract text in reading order from PDF and Word files (plain text, or JSON with --json).");
        config.AddCommand<SearchCommand>("search").WithDescription("Search the indexed segments: ranked hits, snippets, facet counts.");
        config.AddCommand<DocumentsCommand>("documents").WithDescription("List the documents in the index.");
        config.AddCommand<SegmentCommand>("segment").WithDescription("Split replies into answers per question of a campaign (markers, restated questions, tables).");
        config.AddBranch("campaign", Commands.Campaign.CampaignBranch.Configure);
        config.AddBranch("eval", Commands.Eval.EvalBranch.Configure);
    }
}
