using System.Collections.Immutable;

namespace Pipeline.Core.Commitments;

/// <summary>What researchers corrected on a ledger item, and what the machine had said: shown beside the corrected reading.</summary>
/// <param name="Ids">The corrections applied, in the file's order.</param>
/// <param name="MachineKind">The kind the machine gave the statement.</param>
/// <param name="MachineDeadline">The deadline the machine found; null when none.</param>
/// <param name="MachineCondition">The condition the machine found; null when none.</param>
public sealed record ItemCorrection(ImmutableArray<string> Ids, StatementKind MachineKind, Deadline? MachineDeadline, string? MachineCondition);
