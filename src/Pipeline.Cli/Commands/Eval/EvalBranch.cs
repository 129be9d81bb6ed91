using Pipeline.Cli.Infrastructure.CommandLine;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>The `eval` verbs: measure a stage against labelled data.</summary>
internal static class EvalBranch
{
    public static void Configure(IConfigurator<CommandSettings> eval, VerbCatalogue verbs)
    {
        eval.SetDescription("Measure a stage against labelled data.");
        verbs.Add<EvalSegmentationCommand>(eval, "eval segmentation")
            .WithDescription("Segment every reply of a campaign that has a gold file and report accuracy per reply style, overall, and the misses.")
            .WithExample("eval", "segmentation", "--campaign", "corpus/campaigns/demo/campaign.yaml");
        verbs.Add<Classification.EvalClassificationCommand>(eval, "eval classification")
            .WithDescription("Score the topic model on the held-out test set: macro-F1, per-label precision/recall/F1, confusion matrix.")
            .WithExample("eval", "classification", "--json");
    }
}
