using Pipeline.Core.Commitments;

namespace Pipeline.Reporting.Charts;

/// <summary>What the timeline draws of one dated statement.</summary>
/// <param name="Item">The ledger item's id.</param>
/// <param name="Kind">Commitment, claim or refusal.</param>
/// <param name="Text">The deadline as written.</param>
/// <param name="Value">The deadline normalised.</param>
/// <param name="LastDay">Where it sits on the axis.</param>
/// <param name="Quote">The statement, shortened for the tooltip.</param>
internal sealed record DeadlineMark(string Item, StatementKind Kind, string Text, string Value, DateOnly LastDay, string Quote);
