using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;

namespace Pipeline.Workflows.Commitments;

/// <summary>A campaign's ledger with where it came from: the campaign, its follow-up file and the index folder.</summary>
public sealed record LedgerContext(Campaign Campaign, CommitmentLedger Ledger, string FollowUpPath, string IndexDirectory);
