using System.Collections.Immutable;

namespace Pipeline.Core.Commitments;

/// <summary>The statement kinds as labels ("commitment"), in one order for every table.</summary>
public static class StatementKinds
{
    /// <summary>The kinds a ledger lists (not <see cref="StatementKind.None"/>).</summary>
    public static ImmutableArray<StatementKind> Listed { get; } = [StatementKind.Commitment, StatementKind.Claim, StatementKind.Refusal];

    /// <summary>Every kind, <see cref="StatementKind.None"/> last.</summary>
    public static ImmutableArray<StatementKind> All { get; } = [.. Listed, StatementKind.None];

    public static string ToLabel(this StatementKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? label, out StatementKind kind)
    {
        kind = StatementKind.None;
        return label is not null && Enum.TryParse(label.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }
}
