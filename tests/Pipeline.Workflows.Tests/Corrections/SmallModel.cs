using Pipeline.Classification.Training;
using Pipeline.Core.Topics;

namespace Pipeline.Workflows.Tests.Corrections;

/// <summary>A tiny labelled data set and a model trained on it in seconds (the plain baseline pipeline, two folds): the committed model is never retrained in tests.</summary>
internal static class SmallModel
{
    /// <summary>Two passages per label, plus <paramref name="extra"/>, written as &lt;label&gt;.jsonl files under <paramref name="folder"/>.</summary>
    public static LabelledDataSet Data(string folder, params (Topic Topic, string Text)[] extra)
    {
        Directory.CreateDirectory(folder);
        var lines = TopicLabels.All.SelectMany(t => new[] { (t, $"{t.ToLabel().Replace('_', ' ')} is what this sentence is about."), (t, $"Our {t.ToLabel().Replace('_', ' ')} statement, again.") }).Concat(extra);
        foreach (var group in lines.GroupBy(l => l.Item1))
        {
            File.WriteAllLines(Path.Combine(folder, group.Key.ToLabel() + ".jsonl"), group.Select(l => $"{{\"label\":\"{l.Item1.ToLabel()}\",\"text\":\"{l.Item2}\"}}"));
        }

        return LabelledDataSet.Load(folder);
    }

    /// <summary>Trains on <paramref name="train"/> and writes the model to <paramref name="path"/>.</summary>
    public static string Train(LabelledDataSet train, LabelledDataSet? test, string path)
    {
        var options = TrainingOptions.Default with { Folds = 2, Candidates = [ModelCandidate.Baseline] };
        new TopicModelTrainer(options).Train(train, test, null, CancellationToken.None).Save(path);
        return path;
    }
}
