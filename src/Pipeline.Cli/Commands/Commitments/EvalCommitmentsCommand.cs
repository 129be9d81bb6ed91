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
        var file = settings.Sentences
            ?? Path.Combine(RepositoryRoot.Above(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory(), "corpus", "commitments", "dev.jsonl");
        var all = LabelledSentenceFile.Read(file);
        var modelPath = settings.Model is null && settings.Train
            ? Path.Combine(RepositoryRoot.Above(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory(), "models", StatementModel.FileName)
            : StatementModel.Resolve(settings.Model);
        if (settings.Train)
        {
            var training = HeldOutSplit.Select(all, SplitPart.Train);
            var trained = StatementModelTrainer.Train(training.Select(s => (s.Text, s.Kind)));
            trained.Save(modelPath);
            await Console.Error.WriteLineAsync($"trained on {training.Count} sentences of {file} (train part); written to {modelPath}");
        }

        var scored = HeldOutSplit.Select(all, settings.SplitPart);
        var model = StatementEvaluator.Evaluate(StatementModel.Load(modelPath), "model", scored);
        var cues = StatementEvaluator.Evaluate(CueClassifier.Instance, "cues", scored);
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(CommitmentScoresJson.Of(file, settings.SplitPart, model, cues), PipelineJson.Indented));
        }
        else
        {
            await CommitmentScoresText.WriteAsync(Console.Out, file, settings.SplitPart, model, cues, settings.Misses);
        }

        return ExitCodes.Success;
    }
}
