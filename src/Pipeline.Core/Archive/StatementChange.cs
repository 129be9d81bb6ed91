using Pipeline.Core.Commitments;

namespace Pipeline.Core.Archive;

/// <summary>A commitment, claim or refusal that one campaign's answer has and the other's has not.</summary>
/// <param name="Change"><see cref="ChangeKind.New"/> (only in the later answer) or <see cref="ChangeKind.Dropped"/> (only in the earlier one).</param>
/// <param name="Item">The statement, with its company, file, page and follow-up, from its campaign's ledger.</param>
public sealed record StatementChange(ChangeKind Change, LedgerItem Item);
