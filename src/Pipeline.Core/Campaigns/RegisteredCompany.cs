using System.Collections.Immutable;

namespace Pipeline.Core.Campaigns;

/// <summary>A company as one entity across campaigns: the name campaigns may use for it, its aliases, and its group.</summary>
/// <param name="Name">The name the archive shows it under.</param>
/// <param name="Aliases">Other names: former names, short forms, the names campaigns listed it under.</param>
/// <param name="Country">Country of headquarters, when known.</param>
/// <param name="Parent">The registry name of its parent company, when it is a subsidiary.</param>
public sealed record RegisteredCompany(string Name, ImmutableArray<string> Aliases, string? Country, string? Parent)
{
    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> AllNames => Aliases.IsDefault ? [Name] : Aliases.Prepend(Name);
}
