using System.Collections.Immutable;
using System.Security.Cryptography;
using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Workflows;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>
/// A small index whose only reply tries to inject markup everywhere a document's text reaches a page: its text, its
/// company, its file name, a warning code and message, and the campaign's title, organisation and questions. Built by hand with the index writer; the
/// reply's file exists on disk with the indexed content, so its original can be served.
/// </summary>
public sealed class HostileIndex : IDisposable
{
    public const string CampaignId = "hostile";
    public const string Script = "<script>alert(1)</script>";
    public const string Company = "Acme <img src=x onerror=alert(2)> Corp";
    public const string AnswerText = "Our grievance hotline " + Script + " is open to \"anyone\" & 'everyone' ><img src=x onerror=alert(4)>.";
    public const string FileName = "Acme <svg onload=alert(5)> reply.txt";
    public const string WarningText = "page 1 <script>alert(3)</script> was hard to read";

    private readonly TempFolder _folder = new("hostile");

    public HostileIndex()
    {
        File.WriteAllText(_folder.Combine("campaign.yaml"), $"""
            id: {CampaignId}
            title: "Hostile <script>alert('title')</script> campaign"
            organisation: "Tests <b>bold</b>"
            questions:
              - id: 1a
                parent: "1"
                title: "Products <i>and</i> clients"
                topic: products_and_clients
                text: "Which products? <script>alert('question')</script>"
              - id: 2d
                parent: "2"
                title: Grievance mechanism
                topic: grievance_mechanism
                text: Does your company have a grievance mechanism?
            companies:
              - name: "{Company}"
                aliases: [Acme]
                status: responded
              - name: Silent Ltd
                status: no_response
            """);
        Directory.CreateDirectory(_folder.Combine("replies"));
        ReplyPath = _folder.Combine("replies", FileName);
        File.WriteAllText(ReplyPath, "Acme reply\n\n1a " + Script + "\n\n2d " + AnswerText + "\n");
        DocumentId = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(ReplyPath)));

        var campaign = CampaignLoader.Load(_folder.Combine("campaign.yaml"));
        using (var writer = SegmentIndexWriter.Open(Index))
        {
            writer.Index(IndexedReply.From(Reply(), question => question.Value == "2d" ? AnswerStatus.Answered : AnswerStatus.Partial));
            writer.Commit();
        }

        CampaignStore.Save(Index, campaign);
    }

    public string Index => _folder.Combine("index");

    public string ReplyPath { get; }

    public string DocumentId { get; }

    public void Dispose() => _folder.Dispose();

    private SegmentedReply Reply()
    {
        var document = new ExtractedDocument(DocumentId, ReplyPath, SourceFormat.Text, 0, [], [Diagnostic.Warning("text.<b>odd</b>", WarningText, 1)])
        {
            Language = "en",
        };
        ImmutableArray<Segment> segments =
        [
            Segment(QuestionId.General, "Acme reply", Topic.Other),
            Segment(QuestionId.Parse("1a"), "1a " + Script, Topic.ProductsAndClients),
            Segment(QuestionId.Parse("2d"), "2d " + AnswerText, Topic.GrievanceMechanism),
        ];
        return new SegmentedReply(document, CampaignId, new CompanyAttribution(Company, AttributionSource.FileName, true), segments);
    }

    private Segment Segment(QuestionId question, string text, Topic topic) =>
        new(DocumentId, [question], SegmentMethod.Marker, 0.9, [new Passage(text, 0, 0) { Topic = topic, TopicScore = 0.8 }])
        {
            Topic = topic,
            TopicScore = 0.8,
            Topics = [topic],
        };
}
