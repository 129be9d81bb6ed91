using System.Collections.Immutable;

namespace Pipeline.Core.Archive;

/// <summary>What changed between two campaigns, per company approached in both × question of the later one.</summary>
/// <param name="From">The earlier campaign's id.</param>
/// <param name="To">The later campaign's id.</param>
/// <param name="Changes">Per company (in the later campaign's order) × question.</param>
public sealed record CampaignChanges(string From, string To, ImmutableArray<QuestionChange> Changes)
{
    /// <summary>Companies of the later campaign that the earlier one did not approach.</summary>
    public ImmutableArray<string> NewCompanies { get; init; } = [];

    /// <summary>Companies of the earlier campaign that the later one did not approach.</summary>
    public ImmutableArray<string> DroppedCompanies { get; init; } = [];
}
