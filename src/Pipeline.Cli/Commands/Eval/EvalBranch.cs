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
        verbs.Add<EvalAgreementCommand>(eval, "eval agreement")
            .WithDescription("Compare the machine's analysis of an ingested campaign with the corrected one: share of statuses, attributions and topics changed by hand, per company, question and topic; and how many corrected passages the model labels as the researchers did.")
            .WithExample("eval", "agreement", "--campaign", "corpus/campaigns/demo/campaign.yaml");
        verbs.Add<EvalArchiveCommand>(eval, "eval archive")
            .WithDescription("Ingest two campaigns (and the later one's reference documents) into a temporary index and score `pipeline changes` and `pipeline reuse` against the later campaign's gold: paragraph changes, status changes, reused passages.")
            .WithExample("eval", "archive", "--from", "corpus/campaigns/demo/campaign.yaml", "--to", "corpus/campaigns/demo-2024/campaign.yaml");
        verbs.Add<EvalNamingCommand>(eval, "eval naming")
            .WithDescription("Name each gold reply's company from its file name, letterhead and signature with the campaign's list hidden, and report how many are right, wrong or undetermined.")
            .WithExample("eval", "naming", "--campaign", "corpus/campaigns/independent/dev/campaign.yaml");
        verbs.Add<EvalSearchCommand>(eval, "eval search")
            .WithDescription("Score keyword, semantic and hybrid search on judged concept queries: recall@20 and nDCG@10 per mode, by language and per query. The demo campaign and the independent dev replies are ingested into an index of the evaluation's own.")
            .WithExample("eval", "search", "--queries", "corpus/search-eval/dev.jsonl");
        verbs.Add<Commitments.EvalCommitmentsCommand>(eval, "eval commitments")
            .WithDescription("Score the statement classifier (commitment, claim, refusal) per kind and language, with the cue baseline, and the deadline and condition patterns, on labelled sentences (default: the development files pooled); --folds and --leave-one-file-out measure it on text it was not trained on, --train retrains it on all of them, --locked FILE scores a locked set.")
            .WithExample("eval", "commitments", "--leave-one-file-out")
            .WithExample("eval", "commitments", "--locked", "corpus/commitments/locked-3.jsonl");
    }
}
