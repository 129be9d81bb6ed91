using System.Collections.Immutable;

namespace Pipeline.Core.Campaigns;

/// <summary>A company approached in a campaign.</summary>
/// <param name="Name">The name as the campaign publishes it.</param>
/// <param name="Aliases">Other names and short forms seen in file names and letters.</param>
/// <param name="Country">Country of headquarters, when known.</param>
/// <param name="Status">Whether it replied.</param>
public sealed record Company(string Name, ImmutableArray<string> Aliases, string? Country, ResponseStatus Status)
{
    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> AllNames => Aliases.IsDefault ? [Name] : Aliases.Prepend(Name);
}
