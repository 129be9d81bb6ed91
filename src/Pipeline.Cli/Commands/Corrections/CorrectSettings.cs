using System.ComponentModel;
using Pipeline.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Corrections;

/// <summary>Settings of `pipeline correct`.</summary>
internal sealed class CorrectSettings : IndexSettings
{
    [CommandArgument(0, "[reply]")]
    [Description("The reply file (its name is what counts): the passage's reply, or the reply whose company is corrected.")]
    public string? Reply { get; init; }

    [CommandOption("--campaign <FILE>")]
    [Description("The campaign YAML file; corrections.jsonl beside it is written.")]
    public string? Campaign { get; init; }

    [CommandOption("--text <TEXT>")]
    [Description("The start of the passage to correct, unique within the reply (whitespace and case do not matter).")]
    public string? Text { get; init; }

    [CommandOption("--questions <IDS>")]
    [Description("The passage's right question(s), comma-separated (e.g. 2a,2b); 'general' for none.")]
    public string? Questions { get; init; }

    [CommandOption("--topic <TOPIC>")]
    [Description("The passage's right topic (one of the 12 labels).")]
    public string? Topic { get; init; }

    [CommandOption("--not-answer")]
    [Description("The passage answers nothing (letterhead, boilerplate): it becomes general.")]
    public bool NotAnswer { get; init; }

    [CommandOption("--company <NAME>")]
    [Description("With --question and --status: whose cell; with a reply alone: who the reply is from.")]
    public string? Company { get; init; }

    [CommandOption("--question <ID>")]
    [Description("The question of the cell whose status is corrected.")]
    public string? Question { get; init; }

    [CommandOption("--status <STATUS>")]
    [Description("The cell's right status: answered, partial, declined, not_addressed or no_response.")]
    public string? Status { get; init; }

    [CommandOption("--item <ID>")]
    [Description("A commitments ledger item to correct, by its id (or the start of it) as `pipeline commitments` lists it; or name the reply and give the item's quote with --text.")]
    public string? Item { get; init; }

    [CommandOption("--reject")]
    [Description("The ledger item is no commitment, claim or refusal: it leaves the ledger.")]
    public bool Reject { get; init; }

    [CommandOption("--kind <KIND>")]
    [Description("The ledger item's right kind: commitment, claim or refusal.")]
    public string? Kind { get; init; }

    [CommandOption("--deadline <DATE>")]
    [Description("The ledger item's right deadline (2023, 2023-Q4, 2023-H2, 2023-06 or 2023-06-30), or 'none'.")]
    public string? Deadline { get; init; }

    [CommandOption("--condition <TEXT>")]
    [Description("The ledger item's right condition (\"where permitted by law\"), or 'none'.")]
    public string? Condition { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Why, in your words (kept with the correction).")]
    public string? Note { get; init; }

    [CommandOption("--author <NAME>")]
    [Description("Who makes the correction (default: the user name).")]
    public string? Author { get; init; }

    [CommandOption("--manifest <CSV>")]
    [Description("The replies manifest to re-ingest with (default: the one the last ingest used).")]
    public string? Manifest { get; init; }
}
