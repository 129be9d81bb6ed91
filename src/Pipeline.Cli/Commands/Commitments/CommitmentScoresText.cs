using System.Globalization;
using Pipeline.Commitments.Evaluation;
using Pipeline.Core.Commitments;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>The text report of <c>eval commitments</c>: per kind, per language, baseline, deadlines, conditions, confusions, misses.</summary>
internal static class CommitmentScoresText
{
    public static async Task WriteAsync(TextWriter output, string file, string part, StatementScores model, StatementScores cues, int misses, IReadOnlyList<(string File, StatementScores Scores)> byFile)
    {
        await output.WriteLineAsync($"Statements: {model.Outcomes.Length} labelled sentences of {file} ({(part.Contains(' ', StringComparison.Ordinal) ? part : part + " part")})");
        await output.WriteLineAsync();
        if (byFile.Count > 0)
        {
            await output.WriteLineAsync("Leave one file out (each file scored by a model trained on the other files):");
            await output.WriteLineAsync("left-out file    sentences  micro P  micro R  commitment P/R   claim P/R        refusal P/R      deadlines");
            foreach (var (name, scores) in byFile)
            {
                await output.WriteLineAsync($"{Path.GetFileName(name),-16} {scores.Outcomes.Length,9} {F(scores.MicroPrecision),8} {F(scores.MicroRecall),8}  {string.Join("  ", scores.ByKind.Select(Cell))}  {scores.WithDeadline.Count(o => o.DeadlineRight)}/{scores.WithDeadline.Length}");
            }

            var pooled = LeaveOneFileOut.Pool(byFile);
            await output.WriteLineAsync($"{"pooled",-16} {pooled.Outcomes.Length,9} {F(pooled.MicroPrecision),8} {F(pooled.MicroRecall),8}  {string.Join("  ", pooled.ByKind.Select(Cell))}  {pooled.WithDeadline.Count(o => o.DeadlineRight)}/{pooled.WithDeadline.Length}");

            await output.WriteLineAsync();
        }

        await output.WriteLineAsync("kind          precision  recall     F1  support   (cues alone: P / R / F1)");
        foreach (var (k, c) in model.ByKind.Zip(cues.ByKind))
        {
            await output.WriteLineAsync($"{k.Kind.ToLabel(),-12} {F(k.Precision),10} {F(k.Recall),7} {F(k.F1),6} {k.Support,8}   ({F(c.Precision)} / {F(c.Recall)} / {F(c.F1)})");
        }

        await output.WriteLineAsync($"{"macro",-12} {F(model.MacroPrecision),10} {F(model.MacroRecall),7} {F(model.MacroF1),6} {"",8}   ({F(cues.MacroPrecision)} / {F(cues.MacroRecall)} / {F(cues.MacroF1)})");
        await output.WriteLineAsync($"{"micro",-12} {F(model.MicroPrecision),10} {F(model.MicroRecall),7}");
        await output.WriteLineAsync();
        await output.WriteLineAsync("by language   sentences  commitment P/R   claim P/R     refusal P/R");
        foreach (var (language, count, scores) in model.ByLanguage)
        {
            await output.WriteLineAsync($"{language,-12} {count,10}  {string.Join("   ", scores.Select(Cell))}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Deadlines: {model.WithDeadline.Count(o => o.DeadlineRight)} of {model.WithDeadline.Length} statements that state one normalised right ({F(model.DeadlineAccuracy)})");
        await output.WriteLineAsync($"Conditions: {model.WithCondition.Count(o => o.Condition is not null)} of {model.WithCondition.Length} conditioned or hedged statements have their condition found ({F(model.ConditionRecall)}); {model.SpuriousConditions} given one they do not have");
        await output.WriteLineAsync();
        await output.WriteLineAsync("confusions (labelled → predicted): " + string.Join(", ",
            from e in StatementKinds.All from p in StatementKinds.All
            where e != p && model.Confused(e, p) > 0
            select $"{e.ToLabel()}→{p.ToLabel()} {model.Confused(e, p)}"));
        foreach (var miss in model.Outcomes.Where(o => !o.KindRight).Take(misses))
        {
            await output.WriteLineAsync($"  {miss.Sentence.Id} {miss.Sentence.Kind.ToLabel()}→{miss.Predicted.ToLabel()} ({F(miss.Confidence)}): {Shorten(miss.Sentence.Text)}");
        }

        foreach (var miss in model.WithDeadline.Where(o => !o.DeadlineRight).Take(misses))
        {
            await output.WriteLineAsync($"  deadline {miss.Sentence.Id}: labelled {miss.Sentence.Deadline ?? "(relative)"} \"{miss.Sentence.DeadlineText}\", found {miss.Deadline?.Value ?? (miss.Deadline is null ? "nothing" : "(relative)")} \"{miss.Deadline?.Text}\"");
        }

        foreach (var miss in model.Spurious.Take(misses))
        {
            await output.WriteLineAsync($"  condition {miss.Sentence.Id}: labelled none, found \"{miss.Condition}\" in: {Shorten(miss.Sentence.Text)}");
        }
    }

    /// <summary>"P/R (support)"; a dash for a kind neither labelled nor predicted in that language, where both ratios are empty.</summary>
    private static string Cell(KindScore score) =>
        score.Support == 0 && score.FalsePositives == 0 ? $"{"—",-11} (0)" : $"{F(score.Precision)}/{F(score.Recall)} ({score.Support})";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 110 ? text : text[..107] + "…";
}
