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
}
