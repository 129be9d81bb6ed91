using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Commitments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Commitments;

/// <summary>Settings of <c>pipeline follow-up</c>.</summary>
internal sealed class FollowUpSettings : IndexSettings
{
    [CommandArgument(0, "<ITEM>")]
    [Description("The ledger item's id as `pipeline commitments` prints it (a unique start of it is enough).")]
    public string Item { get; init; } = string.Empty;

    [CommandOption("--status <STATUS>")]
    [Description("open, fulfilled, broken or unclear.")]
    public string? Status { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Why: what was found.")]
    public string? Note { get; init; }

    [CommandOption("--evidence <LINK>")]
    [Description("Where the evidence is (a link or reference).")]
    public string? Evidence { get; init; }

    [CommandOption("--campaign <ID|FILE>")]
    [Description("The campaign id, or its campaign.yaml (whose folder holds follow-up.jsonl). Default: the index's only campaign.")]
    public string? Campaign { get; init; }

    public FollowUpStatus ParsedStatus => FollowUpStatuses.TryParse(Status, out var status) ? status : FollowUpStatus.Open;

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } index)
        {
            return index;
        }

        if (Status is null)
        {
            return ValidationResult.Error("--status is required: open, fulfilled, broken or unclear");
        }

        return !FollowUpStatuses.TryParse(Status, out _)
            ? ValidationResult.Error($"--status: '{Status}' is not open, fulfilled, broken or unclear")
            : Item.Trim().Length < 4 ? ValidationResult.Error("<ITEM>: give at least 4 characters of the item's id") : ValidationResult.Success();
    }
}
