namespace Pipeline.Core.Commitments;

/// <summary>A researcher's follow-up of one ledger item: the status set, why, and where the evidence is.</summary>
/// <param name="Item">The ledger item's id.</param>
/// <param name="Status">The status set.</param>
/// <param name="Note">Free text; null when none.</param>
/// <param name="Evidence">A link or reference to the evidence; null when none.</param>
/// <param name="At">When it was set (UTC).</param>
/// <param name="Quote">The item's quoted text when it was set, so that a reader of the file sees what it is about.</param>
public sealed record FollowUp(string Item, FollowUpStatus Status, string? Note, string? Evidence, DateTimeOffset At, string? Quote = null);
