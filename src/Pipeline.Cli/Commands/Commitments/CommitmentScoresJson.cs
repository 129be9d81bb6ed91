using Pipeline.Commitments.Evaluation;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>The JSON document of <c>eval commitments --json</c>.</summary>
internal static class CommitmentScoresJson
{
    public static object Of(IReadOnlyList<string> files, string part, StatementScores model, StatementScores cues, IReadOnlyList<(string File, StatementScores Scores)> byFile) => new
    {
        Sentences = files,
        Part = part,
        Count = model.Outcomes.Length,
        Model = Scores(model),
        ByFile = byFile.Select(f => new { f.File, Count = f.Scores.Outcomes.Length, f.Scores.MicroPrecision, f.Scores.MicroRecall, ByKind = f.Scores.ByKind.Select(Kind), Deadlines = Deadlines(f.Scores) }),
        Cues = Scores(cues),
        Deadlines = Deadlines(model),
        Conditions = new { Stated = model.WithCondition.Length, Found = model.WithCondition.Count(o => o.Condition is not null), Recall = model.ConditionRecall, Spurious = model.SpuriousConditions },
        Misses = model.Outcomes.Where(o => !o.KindRight).Select(o => new { o.Sentence.Id, Expected = o.Sentence.Kind, o.Predicted, o.Confidence, o.Sentence.Text }),
        SpuriousConditions = model.Spurious.Select(o => new { o.Sentence.Id, Found = o.Condition, o.Sentence.Text }),
        DeadlineMisses = model.WithDeadline.Where(o => !o.DeadlineRight).Select(o => new { o.Sentence.Id, Expected = o.Sentence.Deadline, ExpectedText = o.Sentence.DeadlineText, Found = o.Deadline?.Value, FoundText = o.Deadline?.Text }),
    };

    public static object Deadlines(StatementScores scores) =>
        new { Stated = scores.WithDeadline.Length, Right = scores.WithDeadline.Count(o => o.DeadlineRight), Accuracy = scores.DeadlineAccuracy };

    public static object Scores(StatementScores scores) => new
    {
        scores.MacroPrecision,
        scores.MacroRecall,
        scores.MacroF1,
        scores.MicroPrecision,
        scores.MicroRecall,
        ByKind = scores.ByKind.Select(Kind),
        ByLanguage = scores.ByLanguage.Select(l => new { l.Language, l.Sentences, ByKind = l.Scores.Select(Kind) }),
    };

    public static object Kind(KindScore k) => new { k.Kind, k.Precision, k.Recall, k.F1, k.Support, k.TruePositives, k.FalsePositives, k.FalseNegatives };
}
