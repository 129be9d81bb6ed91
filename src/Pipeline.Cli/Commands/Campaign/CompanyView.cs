using System.Collections.Immutable;
using Pipeline.Core.Campaigns;

namespace Pipeline.Cli.Commands.Campaign;

/// <summary>A company without the derived name list.</summary>
internal sealed record CompanyView(string Name, ImmutableArray<string> Aliases, string? Country, ResponseStatus Status);
