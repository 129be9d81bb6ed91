using System.Text.Json;
using MimeKit;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Commands.Segmentation;

public sealed class SegmentVerbTests : IDisposable
{
    private static readonly string Campaign = RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml");
    private static readonly string Letter = RepoPaths.InRepo("corpus", "campaigns", "demo", "replies", "Orvik Secure Communications - reply.pdf");
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-segment-verb-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Segment_Email_ShowsTheAttachedLetterSegmented_AsTheSendersReply()
    {
        // Given an e-mail whose body says "see attached", with Orvik's letter attached
        var email = Path.Combine(_root, "reply.eml");
        var message = new MimeMessage { Subject = "Re: questionnaire" };
        message.From.Add(new MailboxAddress("Orvik Secure Communications", "legal@orvik.example"));
        var body = new BodyBuilder { TextBody = "Dear colleagues,\n\nPlease find our response attached." };
        body.Attachments.Add("letter.pdf", await File.ReadAllBytesAsync(Letter));
        message.Body = body.ToMessageBody();
        await message.WriteToAsync(email);

        // When
        var (exit, stdout, _) = await PipelineProcess.RunAsync("segment", email, "--campaign", Campaign, "--company", "Orvik Secure Communications", "--json");

        // Then the message comes with its attachment, segmented and attributed like the message
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var attachment = json.RootElement.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal(email + "#letter.pdf", attachment.GetProperty("source").GetString());
        Assert.Equal("Orvik Secure Communications", attachment.GetProperty("company").GetString());
        Assert.Contains(
            attachment.GetProperty("segments").EnumerateArray(),
            s => s.GetProperty("text").GetString()!.Contains("does not disclose the identity of its customers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Segment_ProseReply_ShowsTheSegmentsIngestIndexes_RoutedByTopic()
    {
        // Given Orvik's prose letter, which names no question: segmentation alone leaves it general, and ingest routes
        // its paragraphs to questions by topic
        var index = Path.Combine(_root, "index");

        // When it is segmented, and ingested and listed
        var (exit, stdout, _) = await PipelineProcess.RunAsync("segment", Letter, "--campaign", Campaign, "--json");
        var (text, plain, _) = await PipelineProcess.RunAsync("segment", Letter, "--campaign", Campaign);
        await PipelineProcess.RunAsync("ingest", Letter, "--campaign", Campaign, "--index", index);
        var (_, listing, _) = await PipelineProcess.RunAsync("documents", "--index", index, "--json");

        // Then segment shows what the index holds: as many segments, the refusal routed to 1a-1c and the policy to 2e
        Assert.Equal((0, 0), (exit, text));
        using var json = JsonDocument.Parse(stdout);
        var segments = json.RootElement.GetProperty("segments").EnumerateArray().ToList();
        using var documents = JsonDocument.Parse(listing);
        Assert.Equal(documents.RootElement.GetProperty("documents")[0].GetProperty("segments").GetInt32(), segments.Count);
        var routed = segments.Where(s => s.GetProperty("method").GetString() == "topic")
            .Select(s => (string.Join(",", s.GetProperty("questions").EnumerateArray().Select(q => q.GetString())), s.GetProperty("topic").GetString()))
            .ToList();
        Assert.Contains(("1a,1b,1c", "confidentiality_decline"), routed);
        Assert.Contains(("2e", "policy_commitment"), routed);
        Assert.Matches(@"\[1a,1b,1c\] topic 0\.\d\d p\.1 \(confidentiality_decline\): As a matter of policy, Orvik does not disclose", plain);
    }
}
