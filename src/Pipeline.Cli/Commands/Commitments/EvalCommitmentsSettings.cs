using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Pipeline.Commitments.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Commitments;

internal sealed class EvalCommitmentsSettings : JsonSettings
{
    [CommandOption("--sentences <FILE>")]
    [Description("The labelled sentences (JSON lines, format in corpus/commitments/README.md). Default: corpus/commitments/dev.jsonl.")]
    public string? Sentences { get; init; }

    [CommandOption("--part <PART>")]
    [Description("all, train or held-out: the part of the file scored (the held-out part keeps one reply or page in five out of training, by source). Default: all; held-out with --train.")]
    public string? Part { get; init; }

    [CommandOption("--train")]
    [Description("First train the statement classifier on the train part of the file and write it to --model.")]
    public bool Train { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("The statement classifier zip. Default: models/statement-classifier.zip.")]
    public string? Model { get; init; }

    [CommandOption("--folds <N>")]
    [Description("Cross-validate by source instead: N models, each trained on the other folds' replies and pages (and the training-only sentences), score every sentence of the file once.")]
    public int? Folds { get; init; }

    [CommandOption("--training-only <FILE>")]
    [Description("Sentences used for training only, never scored (JSON lines as --sentences), e.g. corpus/commitments/train-only.jsonl. Default: none.")]
    public string? TrainingOnly { get; init; }

    [CommandOption("--misses <N>")]
    [Description("How many misclassified sentences to list (default 15).")]
    public int Misses { get; init; } = 15;

    public SplitPart SplitPart => Part?.ToLowerInvariant() switch
    {
        null => Train ? SplitPart.HeldOut : SplitPart.All,
        "all" => SplitPart.All,
        "train" => SplitPart.Train,
        _ => SplitPart.HeldOut,
    };

    public override ValidationResult Validate() =>
        Part is not null && Part.ToLowerInvariant() is not ("all" or "train" or "held-out")
            ? ValidationResult.Error($"--part: '{Part}' is not all, train or held-out")
            : Folds is < 2 or > 20 ? ValidationResult.Error("--folds: between 2 and 20")
            : Folds is not null && (Train || Part is not null) ? ValidationResult.Error("--folds scores the whole file by cross-validation: it takes neither --train nor --part")
            : Misses < 0 ? ValidationResult.Error("--misses: must be 0 or more") : ValidationResult.Success();
}
