using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Json;

/// <summary>A row of a JSON comparison.</summary>
internal sealed record JsonCompany(string Name, ResponseStatus Status, bool Listed, string? Country, ImmutableArray<string> Files)
{
    public static JsonCompany From(CompanyEntry c) => new(c.Name, c.Status, c.Listed, c.Country, c.Files.OrEmpty());
}
