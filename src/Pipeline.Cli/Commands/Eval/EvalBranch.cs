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
            .WithDescription("Analyse every reply of a campaign that has a gold file (segmentation, then routing of prose) and report how paragraphs are attributed to questions: marked answers, unmarked prose, general text, by style and language, calibration, misses.")
            .WithExample("eval", "segmentation", "--campaign", "corpus/campaigns/demo/campaign.yaml");
        verbs.Add<Classification.EvalClassificationCommand>(eval, "eval classification")
            .WithDescription("Score the topic model on a labelled test folder (default: the held-out test set), or with --campaign on the campaign's gold paragraphs: macro-F1, per label, calibration.")
            .WithExample("eval", "classification", "--json")
            .WithExample("eval", "classification", "--campaign", "corpus/campaigns/independent/dev/campaign.yaml");
        verbs.Add<EvalStatusCommand>(eval, "eval status")
            .WithDescription("Decide every company × question status of the replies with gold meta files and report agreement with the gold.")
            .WithExample("eval", "status", "--campaign", "corpus/campaigns/independent/dev/campaign.yaml");
        verbs.Add<EvalNamingCommand>(eval, "eval naming")
            .WithDescription("Name each gold reply's company from its file name, letterhead and signature with the campaign's list hidden, and report how many are right, wrong or undetermined.")
            .WithExample("eval", "naming", "--campaign", "corpus/campaigns/independent/dev/campaign.yaml");
        verbs.Add<Commitments.EvalCommitmentsCommand>(eval, "eval commitments")
            .WithDescription("Score the statement classifier (commitment, claim, refusal) per kind and language, with the cue baseline, and the deadline and condition patterns, on labelled sentences; --train first retrains it on the file's train part.")
            .WithExample("eval", "commitments", "--sentences", "corpus/commitments/dev.jsonl", "--part", "held-out");
    }
}
