using System.Collections.Immutable;

namespace Pipeline.Core.Commitments;

/// <summary>A campaign's commitments, claims and refusals, in company then reading order, with their follow-up. Immutable.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Items">The items.</param>
public sealed record CommitmentLedger(string CampaignId, ImmutableArray<LedgerItem> Items)
{
    /// <summary>Follow-ups recorded for items no longer in the ledger (the reply was removed or its text changed): kept, and listed, never silently dropped.</summary>
    public ImmutableArray<FollowUp> Orphans { get; init; } = [];

    /// <summary>Items researchers rejected (not a commitment, claim or refusal): out of every list, kept so that the rejection shows and can be undone.</summary>
    public ImmutableArray<LedgerItem> Rejected { get; init; } = [];

    /// <summary>Statement corrections that designate no item any more, or several (their quote changed or is too short): applied to nothing, listed, never silently dropped.</summary>
    public ImmutableArray<Corrections.Correction> Unapplied { get; init; } = [];

    /// <summary>What classified the sentences: "model" (the trained statement classifier) or "cues" (the patterns alone, when no model was found).</summary>
    public string Classifier { get; init; } = "model";

    /// <summary>Items of one company, in reading order.</summary>
    public IEnumerable<LedgerItem> Of(string company) => Items.Where(i => string.Equals(i.Company, company, StringComparison.Ordinal));
}
