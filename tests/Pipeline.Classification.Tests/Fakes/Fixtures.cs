using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Fakes;

/// <summary>Small campaigns, replies and segments built in code.</summary>
internal static class Fixtures
{
    public const string DocumentId = "d0c";

    /// <summary>The MENA 2022 questionnaire's ids and expected topics (texts shortened).</summary>
    public static Campaign Mena { get; } = new(
        "mena-2022",
        "MENA outreach",
        [
            Q("1a", Topic.ProductsAndClients),
            Q("1b", Topic.DeploymentScale),
            Q("1c", Topic.DisclosureCommitment),
            Q("2a", Topic.DueDiligence),
            Q("2b", Topic.StakeholderEngagement),
            Q("2c", Topic.Mitigation),
            Q("2d", Topic.GrievanceMechanism),
            Q("2e", Topic.PolicyCommitment),
            Q("3", Topic.ExitAndRestrictions),
        ],
        [
            new Company("Aldercrest", [], "UK", ResponseStatus.Responded),
            new Company("Brightwater", ["BDE"], "FR", ResponseStatus.NoResponse),
            new Company("Tarrow", [], "IL", ResponseStatus.Declined),
        ]);

    public static Company Responded => Mena.Companies[0];

    public static Company Silent => Mena.Companies[1];

    public static Company Refused => Mena.Companies[2];

    public static Question Question(string id) => Mena.FindQuestion(QuestionId.Parse(id))!;

    public static Passage P(string text, int block = 0) => new(text, 1, block);

    public static Passage P(string text, Topic topic, double score = 0.9) => new(text, 1, 0) { Topic = topic, TopicScore = score };

    public static Segment General(params Passage[] passages) => new(DocumentId, [QuestionId.General], SegmentMethod.None, 0, [.. passages]);

    public static Segment Answer(string question, params Passage[] passages) => Answer([question], passages);

    public static Segment Answer(string[] questions, params Passage[] passages) =>
        new(DocumentId, [.. questions.Select(QuestionId.Parse)], SegmentMethod.Marker, 0.9, [.. passages]);

    public static SegmentedReply Reply(string company, params Segment[] segments) => Reply(company, [], segments);

    public static SegmentedReply Reply(string company, ImmutableArray<Block> blocks, params Segment[] segments) =>
        new(new ExtractedDocument(DocumentId, $"/replies/{company}.pdf", SourceFormat.Pdf, 1, blocks, []), Mena.Id, new CompanyAttribution(company, AttributionSource.FileName, true), [.. segments]);

    /// <summary>A text of <paramref name="count"/> words.</summary>
    public static string WordsOf(int count, string word = "word") => string.Join(' ', Enumerable.Repeat(word, count));

    private static Question Q(string id, Topic topic) => new(QuestionId.Parse(id), id[..1], $"Question {id}?", topic);
}
