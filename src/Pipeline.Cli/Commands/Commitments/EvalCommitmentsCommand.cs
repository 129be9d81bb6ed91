using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Evaluation;
using Pipeline.Core.Json;
using Pipeline.Core.Repository;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>
/// <c>pipeline eval commitments --sentences FILE [--part all|train|held-out] [--train] [--json]</c>: scores the statement
/// classifier (and the cue baseline) per kind and language, and the deadline and condition patterns, on labelled sentences.
/// </summary>
internal sealed class EvalCommitmentsCommand : PipelineCommand<EvalCommitmentsSettings>
{
    protected override async Task<int> RunAsync(EvalCommitmentsSettings settings, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Above(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var file = settings.Sentences ?? Path.Combine(root, "corpus", "commitments", "dev.jsonl");
        var all = LabelledSentenceFile.Read(file);
        var (extraFile, extra) = TrainingOnly(settings);
        var cues = StatementEvaluator.Evaluate(CueClassifier.Instance, "cues", settings.Folds is null ? HeldOutSplit.Select(all, settings.SplitPart) : all);
        if (settings.Folds is { } folds)
        {
            await Console.Error.WriteLineAsync($"cross-validating: {folds} models, each trained on the other folds of {file}{(extraFile is null ? string.Empty : $" and {extra.Count} training-only sentences of {extraFile}")}");
            var pooled = CrossValidation.Run(all, folds, extra);
            await WriteAsync(settings, file, $"cross-validated by source, {folds} folds", pooled, cues);
            return ExitCodes.Success;
        }

        var modelPath = settings.Model is null && settings.Train
            ? Path.Combine(RepositoryRoot.Above(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory(), "models", StatementModel.FileName)
            : StatementModel.Resolve(settings.Model);
        if (settings.Train)
        {
            var training = HeldOutSplit.Select(all, SplitPart.Train);
            var trained = StatementModelTrainer.Train(training.Concat(extra).Select(s => (s.Text, s.Kind)));
            trained.Save(modelPath);
            await Console.Error.WriteLineAsync($"trained on {training.Count} sentences of {file} (train part){(extraFile is null ? string.Empty : $" and {extra.Count} training-only sentences of {extraFile}")}; written to {modelPath}");
        }

        var scored = HeldOutSplit.Select(all, settings.SplitPart);
        var model = StatementEvaluator.Evaluate(StatementModel.Load(modelPath), "model", scored);
        await WriteAsync(settings, file, settings.SplitPart == SplitPart.HeldOut ? "held-out" : settings.SplitPart.ToString().ToLowerInvariant(), model, cues);
        return ExitCodes.Success;
    }

    private static async Task WriteAsync(EvalCommitmentsSettings settings, string file, string part, StatementScores model, StatementScores cues)
    {
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(CommitmentScoresJson.Of(file, part, model, cues), PipelineJson.Indented));
        }
        else
        {
            await CommitmentScoresText.WriteAsync(Console.Out, file, part, model, cues, settings.Misses);
        }
    }

    /// <summary>The training-only sentences of the file named; none when no file is named.</summary>
    private static (string? File, IReadOnlyList<LabelledSentence> Sentences) TrainingOnly(EvalCommitmentsSettings settings) =>
        settings.TrainingOnly is { } file ? (file, LabelledSentenceFile.Read(file)) : (null, []);
}
