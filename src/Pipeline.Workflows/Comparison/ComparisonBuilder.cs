using System.Collections.Immutable;
using Pipeline.Classification.Status;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Commitments;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Workflows.Comparison;

/// <summary>
/// Builds a campaign's <see cref="CampaignComparison"/> from the index: every company approached (and every unlisted
/// company that replied) against every question — status by <see cref="AnswerStatusRules"/> over all the company's
/// segments — and against every topic. Replies that could not be read (the failures ingest recorded) make their
/// company's missing answers <see cref="AnswerStatus.ReplyNotIndexed"/>, with the reason, rather than a silence.
/// </summary>
public static class ComparisonBuilder
{
    public static CampaignComparison Build(SegmentIndex index, Campaign campaign, DateTimeOffset? generatedAt = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(campaign);
        return Build(index, campaign, index.ReadSegments(campaign.Id), generatedAt);
    }

    /// <summary>The same, from the campaign's segments the caller has already read from <paramref name="index"/>.</summary>
    public static CampaignComparison Build(SegmentIndex index, Campaign campaign, IReadOnlyList<IndexedSegment> segments, DateTimeOffset? generatedAt = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(segments);
        var documents = index.ListDocuments(campaign.Id);
        var corrections = CorrectionStore.Load(index.Path, campaign.Id);
        return Build(campaign, documents, segments, generatedAt ?? DateTimeOffset.UtcNow, index.ListFailures(campaign.Id), corrections) with
        {
            Commitments = LedgerBuilder.Build(campaign, segments, FollowUpFile.Read(FollowUpFile.For(index.Path, campaign)), corrections: corrections),
        };
    }

    /// <param name="campaign">The campaign.</param>
    /// <param name="documents">Its indexed replies.</param>
    /// <param name="segments">Their segments.</param>
    /// <param name="generatedAt">When the comparison is made.</param>
    /// <param name="failures">Its reply files that could not be read or indexed; none when null.</param>
    /// <param name="corrections">The researchers' corrections: a status correction replaces the machine's status, which the cell keeps beside it; none when null.</param>
    public static CampaignComparison Build(Campaign campaign, IReadOnlyList<IndexedDocument> documents, IReadOnlyList<IndexedSegment> segments, DateTimeOffset generatedAt, IReadOnlyList<FailedReply>? failures = null, IReadOnlyList<Correction>? corrections = null)
    {
        var corrected = new CorrectionSet(campaign, [.. corrections ?? []]);
        var companies = Companies(campaign, documents, failures ?? []);
        var byCompany = segments.Where(s => s.Company is not null).ToLookup(s => CanonicalName(campaign, s.Company!));
        var questionCells = ImmutableArray.CreateBuilder<QuestionCell>();
        var topicCells = ImmutableArray.CreateBuilder<TopicCell>();
        foreach (var entry in companies)
        {
            var (questions, topics) = Cells(campaign, entry, [.. byCompany[entry.Name]], corrected);
            questionCells.AddRange(questions);
            topicCells.AddRange(topics);
        }

        return new CampaignComparison(campaign, companies, questionCells.ToImmutable(), topicCells.ToImmutable())
        {
            GeneratedAt = generatedAt,
            UnattributedUnread = [.. (failures ?? []).Where(f => f.Company is null).Select(f => new UnreadReply(f.FileName, f.Code, f.Reason))],
        };
    }

    /// <summary>
    /// One company's row: its status for every question (by <see cref="AnswerStatusRules"/> over all its segments, a
    /// researcher's status correction replacing the machine's) with its answers, and its passages on every topic.
    /// </summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="entry">The company.</param>
    /// <param name="ofCompany">All its segments, in <see cref="SegmentIndex.ReadSegments(string)"/>' order.</param>
    /// <param name="corrected">The campaign's corrections.</param>
    internal static (ImmutableArray<QuestionCell> Questions, ImmutableArray<TopicCell> Topics) Cells(Campaign campaign, CompanyEntry entry, List<IndexedSegment> ofCompany, CorrectionSet corrected)
    {
        var company = campaign.FindCompany(entry.Name) ?? new Company(entry.Name, [], null, ResponseStatus.Responded);
        var asSegments = ofCompany.Select(ToSegment).ToList();
        var unread = !entry.UnreadReplies.IsDefaultOrEmpty;
        var questionCells = ImmutableArray.CreateBuilder<QuestionCell>(campaign.Questions.Length);
        foreach (var question in campaign.Questions)
        {
            var status = AnswerStatusRules.Decide(company, question, asSegments, entry.HasReply, unreadReply: unread);
            var answers = ofCompany.Where(s => s.Questions.Contains(question.Id) && !s.IsStructure).Select(ToExcerpt);
            var reason = status == AnswerStatus.ReplyNotIndexed ? entry.MissingReason : null;
            var correction = corrected.StatusOf(entry.Name, question.Id);
            questionCells.Add(new QuestionCell(entry.Name, question.Id, correction?.Status ?? status, [.. answers])
            {
                Reason = reason,
                StatusCorrection = correction?.Id,
                MachineStatus = correction is null ? null : status,
            });
        }

        var topicCells = ImmutableArray.CreateBuilder<TopicCell>(TopicLabels.All.Length);
        foreach (var topic in TopicLabels.All)
        {
            var about = ofCompany.Where(s => s.Topics.Contains(topic) || s.Topic == topic).ToList();
            var strongest = about.Where(s => s.Topic == topic).OrderByDescending(s => s.TopicScore).FirstOrDefault()
                ?? about.FirstOrDefault();
            topicCells.Add(new TopicCell(entry.Name, topic, about.Count, strongest is null ? null : ToExcerpt(strongest)));
        }

        return (questionCells.MoveToImmutable(), topicCells.MoveToImmutable());
    }

    /// <summary>
    /// The campaign's companies in its order, then unlisted companies that replied (or whose reply failed), by name;
    /// each with its indexed files and the files of it that could not be read.
    /// </summary>
    internal static ImmutableArray<CompanyEntry> Companies(Campaign campaign, IReadOnlyList<IndexedDocument> documents, IReadOnlyList<FailedReply> failures)
    {
        var files = documents.Where(d => d.Company is not null)
            .ToLookup(d => CanonicalName(campaign, d.Company!), d => d.FileName);
        var unread = failures.Where(f => f.Company is not null)
            .ToLookup(f => CanonicalName(campaign, f.Company!), f => new UnreadReply(f.FileName, f.Code, f.Reason));
        var listed = campaign.Companies.Select(c => new CompanyEntry(c.Name, c.Status, true, [.. files[c.Name].Order(StringComparer.Ordinal)])
        {
            Country = c.Country,
            UnreadReplies = [.. unread[c.Name].OrderBy(u => u.File, StringComparer.Ordinal)],
        });
        var unlisted = files.Select(g => g.Key).Concat(unread.Select(g => g.Key))
            .Where(name => campaign.FindCompany(name) is null)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(name => new CompanyEntry(name, ResponseStatus.Responded, false, [.. files[name].Order(StringComparer.Ordinal)])
            {
                UnreadReplies = [.. unread[name].OrderBy(u => u.File, StringComparer.Ordinal)],
            });
        return [.. listed, .. unlisted];
    }

    internal static string CanonicalName(Campaign campaign, string name) => campaign.FindCompany(name)?.Name ?? name;

    /// <summary>
    /// A segment as the index keeps it: its paragraphs (the text split where the segment joined them) with their topics
    /// and roles, so that the status rules weigh topics by text and leave labels and restated questions out as they did
    /// at ingest; one passage, its answer text, when the split does not line up.
    /// </summary>
    private static Segment ToSegment(IndexedSegment s)
    {
        var page = s.Pages.IsDefaultOrEmpty ? 0 : s.Pages[0];
        var texts = s.Text.Split("\n\n");
        var roles = s.PassageRoles.Length == texts.Length ? s.PassageRoles : [.. texts.Select(_ => PassageRole.Answer)];
        ImmutableArray<Passage> passages = texts.Length == s.PassageTopics.Length && texts.Length > 1
            ? [.. texts.Select((text, i) => new Passage(text, page, s.Ordinal) { Topic = s.PassageTopics[i], TopicScore = s.TopicScore, Role = roles[i] })]
            : [new Passage(s.AnswerText, page, s.Ordinal) { Topic = s.Topic, TopicScore = s.TopicScore, Role = s.IsStructure ? roles[0] : PassageRole.Answer }];
        return new Segment(s.DocumentId, s.Questions, s.Method, s.Confidence, passages)
        {
            Correction = s.Correction,
            Topic = s.Topic,
            TopicScore = s.TopicScore,
            Topics = s.Topics,
        };
    }

    /// <summary>The segment as a report quotes it: what the company said, without the labels and restated questions around it.</summary>
    private static AnswerExcerpt ToExcerpt(IndexedSegment s) =>
        new(s.AnswerText, s.DocumentId, s.FileName, s.Pages, s.Questions, s.Method, s.Confidence)
        {
            Topic = s.Topic,
            TopicScore = s.TopicScore,
            Topics = s.Topics,
            Correction = s.Correction,
        };
}
