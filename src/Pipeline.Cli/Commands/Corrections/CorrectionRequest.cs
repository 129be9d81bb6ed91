using System.Collections.Immutable;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Corrections;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Cli.Commands.Corrections;

/// <summary>Turns `pipeline correct`'s command line into a correction draft; an incomplete or contradictory one is a usage error.</summary>
internal static class CorrectionRequest
{
    public static Correction Draft(CorrectSettings s)
    {
        var author = string.IsNullOrWhiteSpace(s.Author) ? Environment.UserName : s.Author;
        if (s.Item is not null || s.Reject || s.Kind is not null || s.Deadline is not null || s.Condition is not null)
        {
            return Statement(s, author);
        }

        if (s.Question is not null || s.Status is not null)
        {
            if (s.Company is null || s.Question is null || s.Status is null || s.Text is not null)
            {
                throw new UsageException("a status correction takes --company, --question and --status (and no --text)");
            }

            return new Correction(string.Empty, CorrectionKind.Status) { Company = s.Company, Question = Question(s.Question, "--question"), Status = Status(s.Status), Author = author, Note = s.Note };
        }

        var reply = s.Reply is null ? throw new UsageException("name the reply file, or correct a cell with --company, --question and --status") : Path.GetFileName(s.Reply);
        if (s.Text is null)
        {
            return s.Company is not null && s.Questions is null && s.Topic is null && !s.NotAnswer
                ? new Correction(string.Empty, CorrectionKind.Company) { Reply = reply, Company = s.Company, Author = author, Note = s.Note }
                : throw new UsageException("--text is required: the start of the passage to correct (or give only --company to correct who the reply is from)");
        }

        if (s.Questions is null && s.Topic is null && !s.NotAnswer)
        {
            throw new UsageException("say what is right: --questions, --topic or --not-answer");
        }

        return new Correction(string.Empty, CorrectionKind.Passage)
        {
            Reply = reply,
            Text = s.Text,
            Questions = s.Questions is null ? null : [.. s.Questions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(q => Question(q, "--questions"))],
            Topic = s.Topic is null ? null : TopicLabels.TryParse(s.Topic, out var topic) ? topic : throw new UsageException($"--topic: '{s.Topic}' is not a topic ({string.Join(", ", TopicLabels.All.Select(t => t.ToLabel()))})"),
            NotAnswer = s.NotAnswer,
            Author = author,
            Note = s.Note,
        };
    }

    /// <summary>A ledger item's correction; its reply and quote come from --item when the command resolves it.</summary>
    private static Correction Statement(CorrectSettings s, string author)
    {
        if (s.Question is not null || s.Status is not null || s.Questions is not null || s.Topic is not null || s.NotAnswer)
        {
            throw new UsageException("a ledger item's correction takes --reject, --kind, --deadline or --condition, not the options of a passage or a cell");
        }

        if (s.Item is null && (s.Reply is null || s.Text is null))
        {
            throw new UsageException("name the ledger item: --item ID, or the reply file and --text with its quote");
        }

        if (s.Reject && s.Kind is not null)
        {
            throw new UsageException("--reject and --kind contradict each other: a rejected item has no kind");
        }

        if (!s.Reject && s.Kind is null && s.Deadline is null && s.Condition is null)
        {
            throw new UsageException("say what is right of the ledger item: --reject, --kind, --deadline or --condition");
        }

        StatementKind? kind = s.Reject ? StatementKind.None
            : s.Kind is null ? null
            : StatementKinds.TryParse(s.Kind, out var parsed) && parsed != StatementKind.None ? parsed
            : throw new UsageException($"--kind: '{s.Kind}' is not commitment, claim or refusal (--reject takes an item out)");
        return new Correction(string.Empty, CorrectionKind.Statement)
        {
            Reply = s.Reply is null ? null : Path.GetFileName(s.Reply),
            Text = s.Text,
            ItemKind = kind,
            Deadline = NoneIsEmpty(s.Deadline),
            Condition = NoneIsEmpty(s.Condition),
            Author = author,
            Note = s.Note,
        };
    }

    private static string? NoneIsEmpty(string? value) =>
        value is null ? null : string.Equals(value.Trim(), "none", StringComparison.OrdinalIgnoreCase) ? string.Empty : value.Trim();

    private static QuestionId Question(string text, string option) =>
        QuestionId.TryParse(text, out var id) ? id : throw new UsageException($"{option}: '{text}' is not a question id");

    private static AnswerStatus Status(string text) =>
        Enum.TryParse<AnswerStatus>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var status) && status is not AnswerStatus.ReplyNotIndexed
            ? status
            : throw new UsageException($"--status: '{text}' is not a status (answered, partial, declined, not_addressed, no_response)");

    /// <summary>The rejection as a usage error: its message, then what it could have meant, one per line.</summary>
    public static UsageException Rejected(Workflows.Corrections.CorrectionRejectedException rejected) =>
        new(rejected.Candidates.IsDefaultOrEmpty
            ? rejected.Message
            : rejected.Message + "; candidates:" + string.Concat(rejected.Candidates.Select(c => $"\n  {c}")));

    /// <summary>"2a,2b" for the text output.</summary>
    public static string Questions(ImmutableArray<QuestionId>? questions) => questions is { } q ? string.Join(",", q.Select(x => x.Value)) : string.Empty;
}
