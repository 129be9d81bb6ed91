using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Core.Reports;

/// <summary>A company in a comparison: approached by the campaign (listed) or found in a reply only (unlisted).</summary>
/// <param name="Name">The campaign's name for it, or the name found in the reply.</param>
/// <param name="Status">Its response status per the campaign; Responded for an unlisted company that replied.</param>
/// <param name="Listed">False for a company not on the campaign's list.</param>
/// <param name="Files">The reply files attributed to it; empty when it sent none.</param>
public sealed record CompanyEntry(string Name, ResponseStatus Status, bool Listed, ImmutableArray<string> Files)
{
    public string? Country { get; init; }

    /// <summary>True when at least one reply file is attributed to it.</summary>
    public bool HasReply => !Files.IsDefaultOrEmpty;
}
