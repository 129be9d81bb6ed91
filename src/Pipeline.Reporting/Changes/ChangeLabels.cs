using System.Text.Json;
using Pipeline.Core.Archive;
using Pipeline.Core.Commitments;

namespace Pipeline.Reporting.Changes;

/// <summary>The snake_case labels of change kinds and pairings, as JSON writes them, and of statement changes.</summary>
public static class ChangeLabels
{
    public static string Of(ChangeKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public static string Of(MatchedBy matchedBy) => JsonNamingPolicy.SnakeCaseLower.ConvertName(matchedBy.ToString());

    /// <summary>"new commitment", "dropped refusal".</summary>
    public static string Of(StatementChange statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return $"{Of(statement.Change)} {statement.Item.Statement.Kind.ToLabel()}";
    }
}
