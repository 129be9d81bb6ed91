using System.ComponentModel;
using System.Globalization;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Commitments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>Settings of <c>pipeline commitments</c>.</summary>
internal sealed class CommitmentsSettings : IndexSettings
{
    [CommandOption("--campaign <ID|FILE>")]
    [Description("The campaign id, or its campaign.yaml (whose folder holds follow-up.jsonl). Default: the index's only campaign.")]
    public string? Campaign { get; init; }

    [CommandOption("--company <NAME>")]
    [Description("Only this company's items (a name or alias).")]
    public string? Company { get; init; }

    [CommandOption("--kind <KINDS>")]
    [Description("commitment, claim, refusal, comma-separated; default all three.")]
    public string? Kind { get; init; }

    [CommandOption("--due-before <DATE>")]
    [Description("Only commitments whose deadline ends on or before this date (YYYY-MM-DD).")]
    public string? DueBefore { get; init; }

    [CommandOption("--status <STATUSES>")]
    [Description("open, fulfilled, broken, unclear, comma-separated: the follow-up statuses to list.")]
    public string? Status { get; init; }

    public IEnumerable<StatementKind> Kinds => Split(Kind).Select(k => StatementKinds.TryParse(k, out var kind) ? kind : StatementKind.None);

    public IEnumerable<FollowUpStatus> Statuses => Split(Status).Select(s => FollowUpStatuses.TryParse(s, out var status) ? status : FollowUpStatus.Open);

    public DateOnly? DueBeforeDate => DueBefore is null ? null : DateOnly.ParseExact(DueBefore, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } index)
        {
            return index;
        }

        if (Split(Kind).FirstOrDefault(k => !StatementKinds.TryParse(k, out var kind) || kind == StatementKind.None) is { } badKind)
        {
            return ValidationResult.Error($"--kind: '{badKind}' is not commitment, claim or refusal");
        }

        if (Split(Status).FirstOrDefault(s => !FollowUpStatuses.TryParse(s, out _)) is { } badStatus)
        {
            return ValidationResult.Error($"--status: '{badStatus}' is not open, fulfilled, broken or unclear");
        }

        return DueBefore is not null && !DateOnly.TryParseExact(DueBefore, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Error($"--due-before: '{DueBefore}' is not a date (YYYY-MM-DD)")
            : ValidationResult.Success();
    }

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
