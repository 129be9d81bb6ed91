using System.Collections.Immutable;
using Pipeline.Core.Topics;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// A company's answers campaign by campaign, oldest first: what it said each time it was asked, per question, with the
/// status — "what did it say about grievance mechanisms last time?".
/// </summary>
/// <param name="Company">The company, as the archive names it.</param>
/// <param name="Campaigns">The campaigns that approached it, oldest first.</param>
/// <param name="NotApproached">Ids of the index's campaigns that did not approach it.</param>
public sealed record CompanyHistory(string Company, ImmutableArray<CampaignAnswers> Campaigns, ImmutableArray<string> NotApproached)
{
    /// <summary>Reads a company's history from the archive's index (every campaign ingested into it).</summary>
    /// <param name="archive">The index and its campaigns.</param>
    /// <param name="company">The company (see <see cref="ArchiveCompany.Resolve"/>).</param>
    /// <param name="topic">Only questions asking about this topic; all when null.</param>
    public static CompanyHistory Build(ArchiveIndex archive, ArchiveCompany company, Topic? topic)
    {
        ArgumentNullException.ThrowIfNull(archive);
        using var index = SegmentIndex.Open(archive.Path);
        return Build(archive, index, company, topic);
    }

    /// <summary>The same from the archive's index already open (a server's long-lived reader): only the company's replies are read.</summary>
    public static CompanyHistory Build(ArchiveIndex archive, SegmentIndex index, ArchiveCompany company, Topic? topic)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(company);
        var entries = ImmutableArray.CreateBuilder<CampaignAnswers>();
        foreach (var campaign in archive.Campaigns.Where(c => company.NamesByCampaign.ContainsKey(c.Id)))
        {
            var name = company.NamesByCampaign[campaign.Id];
            var parts = new IndexedComparisonParts(index, campaign, IndexedComparisonOptions.Default with { Ledger = false });
            var cells = parts.Outline.Companies.FirstOrDefault(c => c.Name == name) is { } entry ? parts.Read(entry).QuestionCells : [];
            var answers = campaign.Questions
                .Where(q => topic is null || q.Topic == topic)
                .Select(q => cells.FirstOrDefault(c => c.Question == q.Id) is { } cell
                    ? new HistoryAnswer(q.Id, q.ShortTitle, q.Topic, q.SameAs, cell.Status, cell.Answers.IsDefault ? [] : cell.Answers)
                    : null)
                .OfType<HistoryAnswer>();
            entries.Add(new CampaignAnswers(campaign.Id, campaign.Title, campaign.DateSent, name, [.. answers]));
        }

        var absent = archive.Campaigns.Where(c => !company.NamesByCampaign.ContainsKey(c.Id)).Select(c => c.Id);
        return new CompanyHistory(company.Name, entries.ToImmutable(), [.. absent]);
    }
}
