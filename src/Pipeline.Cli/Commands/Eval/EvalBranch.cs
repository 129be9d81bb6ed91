using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>The `eval` verbs: measure a stage against hand-made annotations.</summary>
internal static class EvalBranch
{
    public static void Configure(IConfigurator<CommandSettings> eval)
    {
        eval.SetDescription("Measure a stage against hand-made annotations.");
        eval.AddCommand<EvalSegmentationCommand>("segmentation")
            .WithDescription("Segment every reply of a campaign that has a gold file and report accuracy per reply style, overall, and the misses.")
            .WithExample("eval", "segmentation", "--campaign", "corpus/campaigns/demo/campaign.yaml");
    }
}
