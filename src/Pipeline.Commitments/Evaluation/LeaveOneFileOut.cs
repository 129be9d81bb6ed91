using System.Collections.Immutable;

namespace Pipeline.Commitments.Evaluation;

/// <summary>
/// Leave one file out: for each labelled file, a model trained on the other files (and the training-only sentences)
/// scores it. The files were written at different times by different people from different replies and pages, so
/// this is the nearest measure of text the model has never seen the like of.
/// </summary>
/// <remarks>As <see cref="CrossValidation"/>, the outcomes record probabilities; decide them with <see cref="StatementEvaluator.Reweigh"/>.</remarks>
public static class LeaveOneFileOut
{
    /// <returns>One score per file, in the order the files first appear.</returns>
    public static ImmutableArray<(string File, StatementScores Scores)> Run(IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<LabelledSentence> trainingOnly)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(trainingOnly);
        var files = sentences.Select(s => s.File).Distinct(StringComparer.Ordinal).ToList();
        if (files.Count < 2)
        {
            throw new ArgumentException("leaving one file out needs sentences from at least two files", nameof(sentences));
        }

        return [.. files.Select(file => (file, CrossValidation.TrainAndScore(
            sentences.Where(s => s.File != file).Concat(trainingOnly),
            [.. sentences.Where(s => s.File == file)]) with { Classifier = $"model, trained without {file}" }))];
    }

    /// <summary>Every file's outcomes as one score: each labelled sentence scored once, by a model that never saw its file.</summary>
    public static StatementScores Pool(IEnumerable<(string File, StatementScores Scores)> byFile)
    {
        ArgumentNullException.ThrowIfNull(byFile);
        return new StatementScores("model, leave one file out", [.. byFile.SelectMany(f => f.Scores.Outcomes)]);
    }
}
