using System.Text.Json;
using Pipeline.Core.Archive;

namespace Pipeline.Reporting.Changes;

/// <summary>The snake_case labels of change kinds and pairings, as JSON writes them.</summary>
public static class ChangeLabels
{
    public static string Of(ChangeKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public static string Of(MatchedBy matchedBy) => JsonNamingPolicy.SnakeCaseLower.ConvertName(matchedBy.ToString());
}
