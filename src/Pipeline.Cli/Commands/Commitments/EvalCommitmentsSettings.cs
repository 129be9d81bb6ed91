using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Pipeline.Commitments.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Commitments;

internal sealed class EvalCommitmentsSettings : JsonSettings
{
    [CommandOption("--sentences <FILE>")]
    [Description("Labelled sentences (JSON lines, format in corpus/commitments/README.md); repeat for several, pooled. Default: every development file corpus/commitments/README.md lists (dev.jsonl, dev-2.jsonl, …).")]
    public string[] Sentences { get; init; } = [];

    [CommandOption("--locked <FILE>")]
    [Description("Score the model as shipped on every sentence of a locked set it was never trained or tuned on (e.g. corpus/commitments/locked-3.jsonl), once, when reporting. Takes no other selection.")]
    public string? Locked { get; init; }

    [CommandOption("--part <PART>")]
    [Description("all, train or held-out: the part of the sentences scored (the held-out part keeps one reply or page in five, by source). Default: all.")]
    public string? Part { get; init; }

    [CommandOption("--train")]
    [Description("Train the statement classifier on all the sentences (and --training-only), write it to --model with its metrics file beside it (five-fold cross-validation by source and leave one file out, measured first), and print the cross-validated scores.")]
    public bool Train { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("The statement classifier zip. Default: models/statement-classifier.zip.")]
    public string? Model { get; init; }

    [CommandOption("--folds <N>")]
    [Description("Cross-validate by source instead: N models, each trained on the other folds' replies and pages (and the training-only sentences), score every sentence once.")]
    public int? Folds { get; init; }

    [CommandOption("--leave-one-file-out")]
    [Description("For each file of --sentences, a model trained on the other files scores it: the nearest measure of unseen text.")]
    public bool LeaveOneFileOut { get; init; }

    [CommandOption("--choose-weights")]
    [Description("With --folds (or --leave-one-file-out, optimistically): search the per-kind decision weights (thresholds) on the held-out probabilities, print the best and score with them.")]
    public bool ChooseWeights { get; init; }

    [CommandOption("--training-only <FILE>")]
    [Description("Sentences used for training only, never scored (JSON lines as --sentences), e.g. corpus/commitments/train-only.jsonl. Default: none.")]
    public string? TrainingOnly { get; init; }

    [CommandOption("--misses <N>")]
    [Description("How many misclassified sentences to list (default 15).")]
    public int Misses { get; init; } = 15;

    public SplitPart SplitPart => Part?.ToLowerInvariant() switch
    {
        null or "all" => SplitPart.All,
        "train" => SplitPart.Train,
        _ => SplitPart.HeldOut,
    };

    /// <summary>How many ways of scoring were asked for: at most one may be.</summary>
    private int Modes => (Locked is null ? 0 : 1) + (Train ? 1 : 0) + (Folds is null ? 0 : 1) + (LeaveOneFileOut ? 1 : 0);

    public override ValidationResult Validate() =>
        Part is not null && Part.ToLowerInvariant() is not ("all" or "train" or "held-out")
            ? ValidationResult.Error($"--part: '{Part}' is not all, train or held-out")
            : Folds is < 2 or > 20 ? ValidationResult.Error("--folds: between 2 and 20")
            : Modes > 1 ? ValidationResult.Error("--locked, --train, --folds and --leave-one-file-out are different ways of scoring: give one")
            : Part is not null && Modes > 0 ? ValidationResult.Error("--part selects what the shipped model scores: it takes none of --locked, --train, --folds, --leave-one-file-out")
            : Locked is not null && (Sentences.Length > 0 || TrainingOnly is not null) ? ValidationResult.Error("--locked scores one locked file as it is: it takes neither --sentences nor --training-only")
            : ChooseWeights && Folds is null && !LeaveOneFileOut ? ValidationResult.Error("--choose-weights chooses on held-out probabilities: give --folds or --leave-one-file-out")
            : Misses < 0 ? ValidationResult.Error("--misses: must be 0 or more") : ValidationResult.Success();
}
