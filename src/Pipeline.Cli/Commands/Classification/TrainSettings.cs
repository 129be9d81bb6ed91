using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Classification;

internal sealed class TrainSettings : JsonSettings
{
    [CommandOption("--data <FOLDER>")]
    [Description("Folder holding train/<label>.jsonl and test/<label>.jsonl. Default: corpus/training of the repository.")]
    public string? Data { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Where to write the model zip; the metrics go beside it as *.metrics.json. Default: models/topic-classifier.zip of the repository.")]
    public string? Out { get; init; }

    [CommandOption("--folds <N>")]
    [Description("Cross-validation folds used to compare the trainers. Default: 5.")]
    [DefaultValue(5)]
    public int Folds { get; init; } = 5;

    [CommandOption("--with-corrections <CAMPAIGN>")]
    [Description("Also train on the passages researchers labelled in this campaign (corrected or accepted topics, read from the index); repeat for several. Never a locked evaluation campaign; passages of the test set are left out.")]
    public string[] WithCorrections { get; init; } = [];

    [CommandOption("--answer-topics")]
    [Description("Train only the answer-topics model that routes prose to every question it answers, from the training data and the gold of --gold campaigns; writes models/answer-topics.zip (or --out).")]
    public bool AnswerTopics { get; init; }

    [CommandOption("--gold <CAMPAIGN>")]
    [Description("With --answer-topics: a campaign whose gold paragraphs are learnt from; repeat for several. Default: every corpus/campaigns/independent/dev*/campaign.yaml. Never a locked evaluation campaign.")]
    public string[] Gold { get; init; } = [];

    [CommandOption("--index <DIR>")]
    [Description("The index holding those campaigns' corrected passages (default: .pipeline/index in the current folder).")]
    public string? Index { get; init; }

    public override ValidationResult Validate() =>
        Folds < 2 ? ValidationResult.Error("--folds must be at least 2")
        : Gold.Length > 0 && !AnswerTopics ? ValidationResult.Error("--gold is read only with --answer-topics")
        : AnswerTopics && WithCorrections.Length > 0 ? ValidationResult.Error("--with-corrections trains the topic classifier, not --answer-topics")
        : ValidationResult.Success();
}
