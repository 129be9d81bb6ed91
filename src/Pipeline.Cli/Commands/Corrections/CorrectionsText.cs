using System.Text;
using Pipeline.Core.Corrections;
using Pipeline.Core.Topics;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Cli.Commands.Corrections;

/// <summary>Corrections as readable text: what each says, and where it stands.</summary>
internal static class CorrectionsText
{
    public static string What(Correction c) => c.Kind switch
    {
        CorrectionKind.Status => $"{c.Company} × {c.Question}: {Reporting.Formatting.StatusStyles.ToLabel(c.Status ?? default)}",
        CorrectionKind.Company => $"{c.Reply} is from {c.Company}",
        CorrectionKind.Statement => $"{c.Reply}, ledger item \"{Short(c.Text ?? string.Empty)}\": " + Reporting.Formatting.CorrectionText.Of(c),
        _ => $"{c.Reply}, \"{Short(c.Text ?? string.Empty)}\": "
            + string.Join(", ", new[]
            {
                c.NotAnswer ? "not an answer" : null,
                c.Questions is { } q ? "questions " + CorrectionRequest.Questions(q) : null,
                c.Topic is { } t ? "topic " + t.ToLabel() : null,
            }.Where(p => p is not null)),
    };

    /// <summary>The corrections file as the user would type it: relative to the working folder when under it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    public static string Reindexed(int count) => count switch
    {
        0 => "no reply needed indexing again",
        1 => "1 reply indexed again",
        _ => $"{count} replies indexed again",
    };

    public static string List(string file, IReadOnlyList<CorrectionState> states)
    {
        if (states.Count == 0)
        {
            return $"No corrections in {Display(file)}.";
        }

        var text = new StringBuilder($"{states.Count} correction{(states.Count == 1 ? string.Empty : "s")} in {Display(file)}:");
        foreach (var state in states)
        {
            var c = state.Correction;
            text.Append($"\n{c.Id}  {state.Standing.ToString().ToLowerInvariant(),-9} {What(c)}")
                .Append(c.Author is null ? string.Empty : $" — {c.Author}{(c.At == default ? string.Empty : $", {c.At.UtcDateTime:yyyy-MM-dd}")}")
                .Append(c.Note is null ? string.Empty : $" — {c.Note}");
            if (state.Standing is not CorrectionStanding.Applied)
            {
                text.Append($"\n    {state.Detail}");
                foreach (var candidate in state.Candidates)
                {
                    text.Append($"\n      candidate: {candidate}");
                }
            }
        }

        return text.ToString();
    }

    private static string Short(string text) => text.Length <= 50 ? text : text[..50] + "…";
}
