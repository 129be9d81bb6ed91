using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Json;

/// <summary>
/// A row of a JSON comparison: the company, its indexed reply files, and whether a reply of it is missing from the
/// index (<see cref="ReplyNotIndexed"/>), why, and which files could not be read.
/// </summary>
internal sealed record JsonCompany(
    string Name,
    ResponseStatus Status,
    bool Listed,
    string? Country,
    ImmutableArray<string> Files,
    bool ReplyNotIndexed,
    string? MissingReason,
    ImmutableArray<UnreadReply> UnreadReplies)
{
    public static JsonCompany From(CompanyEntry c) =>
        new(c.Name, c.Status, c.Listed, c.Country, c.Files.OrEmpty(), c.ReplyNotIndexed, c.MissingReason, c.UnreadReplies.OrEmpty());
}
