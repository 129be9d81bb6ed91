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
        config.AddCommand<Commands.Classification.TrainCommand>("train").WithDescription("Train the topic classifier from corpus/training (trainers compared by cross-validation) and write the model and its metrics.");
        config.AddCommand<Commands.Classification.ClassifyCommand>("classify").WithDescription("Classify a passage (or each line of a JSON-lines file) into one of the 12 due-diligence topics, with scores.");
        config.AddBranch("eval", Commands.Classification.EvalBranch.Configure);
        config.AddBranch("campaign", Commands.Campaign.CampaignBranch.Configure);
    }
}
