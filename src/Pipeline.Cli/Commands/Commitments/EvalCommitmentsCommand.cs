using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Evaluation;
using Pipeline.Core.Json;
using Pipeline.Core.Repository;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>
/// <c>pipeline eval commitments [--sentences FILE …] [--part …] [--folds N] [--leave-one-file-out] [--train] [--locked FILE]</c>:
/// scores the statement classifier (and the cue baseline) per kind and language, and the deadline and condition patterns,
/// on labelled sentences — by default the development files, pooled.
/// </summary>
internal sealed class EvalCommitmentsCommand : PipelineCommand<EvalCommitmentsSettings>
{
    protected override async Task<int> RunAsync(EvalCommitmentsSettings settings, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Above(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        if (settings.Locked is { } locked)
        {
            var sentences = LabelledSentenceFile.Read(locked);
            var shipped = StatementEvaluator.Evaluate(StatementModel.Load(StatementModel.Resolve(settings.Model)), "model", sentences);
            await WriteAsync(settings, [locked], "locked, every sentence", shipped, StatementEvaluator.Evaluate(CueClassifier.Instance, "cues", sentences), []);
            return ExitCodes.Success;
        }

        IReadOnlyList<string> files = settings.Sentences.Length > 0 ? settings.Sentences : DevelopmentSet.Files(root);
        var all = LabelledSentenceFile.ReadAll(files);
        var (extraFile, extra) = TrainingOnly(settings);
        var trainedOn = $"{string.Join(", ", files)}{(extraFile is null ? string.Empty : $" and {extra.Count} training-only sentences of {extraFile}")}";
        var cues = StatementEvaluator.Evaluate(CueClassifier.Instance, "cues", HeldOutSplit.Select(all, settings.SplitPart));
        if (settings.Folds is { } folds)
        {
            await Console.Error.WriteLineAsync($"cross-validating: {folds} models, each trained on the other folds of {trainedOn}");
            var probabilities = CrossValidation.Run(all, folds, extra);
            var weights = StatementModel.ShippedWeights;
            if (settings.ChooseWeights)
            {
                (weights, _) = KindWeightSearch.Choose(probabilities);
                await Console.Error.WriteLineAsync($"weights chosen on the cross-validated probabilities (precision and recall nearest their targets): {weights} (shipped: {StatementModel.ShippedWeights})");
            }

            await WriteAsync(settings, files, $"cross-validated by source, {folds} folds, weights {weights}", StatementEvaluator.Reweigh(probabilities, weights), cues, []);
            return ExitCodes.Success;
        }

        if (settings.LeaveOneFileOut)
        {
            await Console.Error.WriteLineAsync($"leaving one file out: {files.Count} models, each trained on the other files of {trainedOn}");
            var raw = LeaveOneFileOut.Run(all, extra);
            var weights = StatementModel.ShippedWeights;
            if (settings.ChooseWeights)
            {
                (weights, _) = KindWeightSearch.Choose(LeaveOneFileOut.Pool(raw));
                await Console.Error.WriteLineAsync($"weights chosen on the held-out files themselves (optimistic, to compare configurations): {weights}");
            }

            var byFile = Decided(raw, weights);
            await WriteAsync(settings, files, "leave one file out, pooled", LeaveOneFileOut.Pool(byFile), cues, byFile);
            return ExitCodes.Success;
        }

        var modelPath = settings.Model is null && settings.Train ? Path.Combine(root, "models", StatementModel.FileName) : StatementModel.Resolve(settings.Model);
        if (settings.Train)
        {
            await Console.Error.WriteLineAsync($"measuring before training: five-fold cross-validation by source and leave one file out over {trainedOn}");
            var crossValidated = StatementEvaluator.Reweigh(CrossValidation.Run(all, StatementMetricsJson.Folds, extra), StatementModel.ShippedWeights);
            var byFile = Decided(LeaveOneFileOut.Run(all, extra), StatementModel.ShippedWeights);
            StatementModelTrainer.Train(all.Concat(extra).Select(s => (s.Text, s.Kind))).Save(modelPath);
            var metricsPath = StatementMetricsJson.PathBeside(modelPath);
            await File.WriteAllTextAsync(metricsPath, JsonSerializer.Serialize(StatementMetricsJson.Of(root, files, all, extraFile, extra, crossValidated, byFile), PipelineJson.Indented) + "\n", cancellationToken);
            await Console.Error.WriteLineAsync($"trained on all {all.Count + extra.Count} sentences of {trainedOn}; written to {modelPath} and {metricsPath}");
            await WriteAsync(settings, files, $"cross-validated by source, {StatementMetricsJson.Folds} folds, before training on all", crossValidated, cues, byFile);
            return ExitCodes.Success;
        }

        var scored = HeldOutSplit.Select(all, settings.SplitPart);
        var model = StatementEvaluator.Evaluate(StatementModel.Load(modelPath), "model", scored);
        await WriteAsync(settings, files, settings.SplitPart == SplitPart.HeldOut ? "held-out" : settings.SplitPart.ToString().ToLowerInvariant(), model, cues, []);
        return ExitCodes.Success;
    }

    private static async Task WriteAsync(EvalCommitmentsSettings settings, IReadOnlyList<string> files, string part, StatementScores model, StatementScores cues, IReadOnlyList<(string File, StatementScores Scores)> byFile)
    {
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(CommitmentScoresJson.Of(files, part, model, cues, byFile), PipelineJson.Indented));
        }
        else
        {
            await CommitmentScoresText.WriteAsync(Console.Out, string.Join(", ", files), part, model, cues, settings.Misses, byFile);
        }
    }

    /// <summary>Each left-out file's recorded probabilities decided with <paramref name="weights"/>.</summary>
    private static List<(string File, StatementScores Scores)> Decided(IEnumerable<(string File, StatementScores Scores)> byFile, KindWeights weights) =>
        [.. byFile.Select(f => (f.File, StatementEvaluator.Reweigh(f.Scores, weights)))];

    /// <summary>The training-only sentences of the file named; none when no file is named.</summary>
    private static (string? File, IReadOnlyList<LabelledSentence> Sentences) TrainingOnly(EvalCommitmentsSettings settings) =>
        settings.TrainingOnly is { } file ? (file, LabelledSentenceFile.Read(file)) : (null, []);
}
