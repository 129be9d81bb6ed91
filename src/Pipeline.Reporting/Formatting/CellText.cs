using Pipeline.Core.Reports;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Formatting;

/// <summary>A matrix cell as plain text (spreadsheet cells, tooltips): status and topics, a shortened excerpt, its source.</summary>
internal static class CellText
{
    /// <summary>
    /// "Answered · grievance_mechanism", then why a reply is missing (for reply_not_indexed), then the first answer
    /// shortened to <paramref name="maxExcerpt"/> characters and its provenance; the status line alone when there is
    /// nothing else.
    /// </summary>
    public static string Summary(QuestionCell cell, int maxExcerpt)
    {
        var head = StatusStyles.For(cell.Status).Title;
        if (cell.NeedsReview)
        {
            head += $" {ReviewText.Mark}";
        }

        if (cell.IsCorrected)
        {
            head += $" {CorrectionText.Mark}";
        }
        var topics = cell.Topics;
        if (!topics.IsDefaultOrEmpty)
        {
            head += " · " + string.Join(", ", topics.Select(t => t.ToLabel()));
        }

        if (cell.Reason is { } reason)
        {
            head += "\n" + Excerpt.Shorten(reason, maxExcerpt);
        }

        return cell.Answers.IsDefaultOrEmpty ? head : $"{head}\n{Body(cell.Answers, maxExcerpt)}";
    }

    /// <summary>"3 passages", then the strongest one shortened and its provenance; "0 passages" when none.</summary>
    public static string Summary(TopicCell cell, int maxExcerpt)
    {
        var head = Phrases.Count(cell.Passages, "passage", "passages");
        return cell.Strongest is { } strongest ? $"{head}\n{Body([strongest], maxExcerpt)}" : head;
    }

    private static string Body(IReadOnlyList<AnswerExcerpt> answers, int maxExcerpt)
    {
        var more = answers.Count > 1 ? $" (+{Phrases.Count(answers.Count - 1, "more excerpt", "more excerpts")})" : string.Empty;
        return $"{Excerpt.Shorten(answers[0].Text, maxExcerpt)}\n[{answers[0].Provenance}]{more}";
    }
}
