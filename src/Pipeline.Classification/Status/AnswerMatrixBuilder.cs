using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Classification.Status;

/// <summary>Builds the company × question <see cref="AnswerMatrix"/> of a campaign from its classified replies.</summary>
public static class AnswerMatrixBuilder
{
    /// <summary>
    /// Every company of <paramref name="campaign"/> (replied or not) plus every unlisted company that replied, against
    /// every question, decided by <see cref="AnswerStatusRules"/>. A company's replies are those attributed to any of its
    /// names; all their segments count together. Replies without a company are counted, not placed.
    /// </summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="replies">Classified replies (see <see cref="Routing.SegmentClassifier"/>).</param>
    /// <param name="options">Thresholds; <see cref="AnswerStatusOptions.Default"/> when null.</param>
    public static AnswerMatrix Build(Campaign campaign, IEnumerable<SegmentedReply> replies, AnswerStatusOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(replies);
        var byCompany = new Dictionary<string, List<SegmentedReply>>(StringComparer.OrdinalIgnoreCase);
        var unlisted = new SortedDictionary<string, Company>(StringComparer.OrdinalIgnoreCase);
        var unattributed = 0;
        foreach (var reply in replies)
        {
            if (reply.Company.Name is not { } name)
            {
                unattributed++;
                continue;
            }

            var company = campaign.FindCompany(name);
            if (company is null)
            {
                unlisted.TryAdd(name, new Company(name, [], null, ResponseStatus.Responded));
            }

            var key = company?.Name ?? name;
            if (!byCompany.TryGetValue(key, out var list))
            {
                byCompany[key] = list = [];
            }

            list.Add(reply);
        }

        var companies = campaign.Companies.Concat(unlisted.Values).ToArray();
        var cells = ImmutableArray.CreateBuilder<AnswerStatusCell>();
        foreach (var company in companies)
        {
            var ofCompany = byCompany.GetValueOrDefault(company.Name) ?? [];
            var segments = ofCompany.SelectMany(r => r.Segments).ToArray();
            foreach (var question in campaign.Questions)
            {
                cells.Add(new AnswerStatusCell(company.Name, question.Id, AnswerStatusRules.Decide(company, question, segments, ofCompany.Count > 0, options)));
            }
        }

        return new AnswerMatrix(campaign.Id, [.. companies.Select(c => c.Name)], [.. campaign.Questions.Select(q => q.Id)], cells.ToImmutable(), unattributed);
    }
}
