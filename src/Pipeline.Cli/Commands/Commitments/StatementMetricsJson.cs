using System.Security.Cryptography;
using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Evaluation;
using Pipeline.Core.Commitments;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>
/// The metrics file written beside the statement classifier by <c>eval commitments --train</c>: what it was trained on
/// (files, hashes, counts), how it decides, and the figures measured before training on everything — five-fold
/// cross-validation by source and leave one file out. No time stamp, so that training again on the same data writes the
/// same file.
/// </summary>
internal static class StatementMetricsJson
{
    public const int Folds = 5;

    public static string PathBeside(string modelPath) => Path.ChangeExtension(modelPath, null) + ".metrics.json";

    public static object Of(
        string root,
        IReadOnlyList<string> files,
        IReadOnlyList<LabelledSentence> all,
        string? trainingOnlyFile,
        IReadOnlyList<LabelledSentence> trainingOnly,
        StatementScores crossValidated,
        IReadOnlyList<(string File, StatementScores Scores)> byFile) => new
        {
            Model = StatementModel.FileName,
            TrainingData = files.Select(file => Data(root, file, all.Where(s => s.File == Path.GetFileName(file))))
                .Concat(trainingOnlyFile is null ? [] : [Data(root, trainingOnlyFile, trainingOnly)]),
            Trainer = new { Seed = StatementModelTrainer.Seed, Features = "word 1-2-grams, character 4-grams, cue features", Algorithm = "L-BFGS maximum entropy, kinds balanced" },
            DecisionWeights = StatementModel.ShippedWeights,
            CrossValidation = new { Folds, By = "source (reply or page address)", Sentences = crossValidated.Outcomes.Length, Scores = CommitmentScoresJson.Scores(crossValidated), Deadlines = CommitmentScoresJson.Deadlines(crossValidated) },
            LeaveOneFileOut = new
            {
                Pooled = Summary(LeaveOneFileOut.Pool(byFile)),
                ByFile = byFile.Select(f => new { LeftOut = Path.GetFileName(f.File), Scores = Summary(f.Scores) }),
            },
        };

    private static object Data(string root, string file, IEnumerable<LabelledSentence> sentences) => new
    {
        File = Path.GetRelativePath(root, file).Replace('\\', '/'),
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))),
        Sentences = sentences.Count(),
        ByKind = StatementKinds.All.ToDictionary(k => k.ToLabel(), k => sentences.Count(s => s.Kind == k)),
    };

    private static object Summary(StatementScores scores) => new
    {
        Sentences = scores.Outcomes.Length,
        scores.MicroPrecision,
        scores.MicroRecall,
        ByKind = scores.ByKind.Select(CommitmentScoresJson.Kind),
        Deadlines = CommitmentScoresJson.Deadlines(scores),
    };
}
