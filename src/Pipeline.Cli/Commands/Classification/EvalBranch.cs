using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Classification;

/// <summary>The `eval` verbs: score a stage against labelled data.</summary>
internal static class EvalBranch
{
    public static void Configure(IConfigurator<CommandSettings> eval)
    {
        eval.SetDescription("Score a stage against labelled data.");
        eval.AddCommand<EvalClassificationCommand>("classification")
            .WithDescription("Score the topic model on the held-out test set: macro-F1, per-label precision/recall/F1, confusion matrix.")
            .WithExample("eval", "classification", "--json");
    }
}
