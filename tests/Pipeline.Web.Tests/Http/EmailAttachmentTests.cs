using System.Net;
using System.Security.Cryptography;
using MimeKit;
using Pipeline.Campaigns;
using Pipeline.Search.Reading;
using Pipeline.Testing;
using Pipeline.Web.Tests.Fixtures;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Web.Tests.Http;

/// <summary>A reply that came as an e-mail with the letter attached: the app serves the letter itself, read out of the message.</summary>
public sealed class EmailAttachmentTests : IDisposable
{
    private static readonly string Letter = RepoPaths.InRepo("corpus", "campaigns", "demo", "replies", "Orvik Secure Communications - reply.pdf");
    private readonly TempFolder _folder = new("email");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task File_OfAnAttachment_IsTheAttachedLetter_ShownInline_AndGoneWithItsMessage()
    {
        // Given an e-mail from Orvik with its letter attached, ingested and served
        var inbox = Directory.CreateDirectory(_folder.Combine("inbox")).FullName;
        var email = Path.Combine(inbox, "reply.eml");
        var message = new MimeMessage { Subject = "Re: questionnaire" };
        message.From.Add(new MailboxAddress("Orvik Secure Communications", "legal@orvik.example"));
        var body = new BodyBuilder { TextBody = "Please find our response attached." };
        body.Attachments.Add("letter.pdf", await File.ReadAllBytesAsync(Letter));
        message.Body = body.ToMessageBody();
        await message.WriteToAsync(email);
        var campaign = CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"));
        IngestJob.CreateDefault().Run(campaign, [inbox], new IngestOptions { IndexDirectory = _folder.Combine("index") });
        string id;
        using (var index = SegmentIndex.Open(_folder.Combine("index")))
        {
            id = index.ListDocuments("demo").Single(d => d.SourcePath == email + "#letter.pdf").DocumentId;
        }

        await using var server = await RunningServer.StartAsync(_folder.Combine("index"));

        // When its original is asked for
        var (status, _, response) = await server.GetAsync($"/documents/{id}/file");

        // Then it is the letter's bytes, a PDF shown inline
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(id, Convert.ToHexStringLower(SHA256.HashData(bytes)));

        // When the message is deleted, the attachment cannot be served any more
        File.Delete(email);
        var (gone, _, _) = await server.GetAsync($"/documents/{id}/file");
        Assert.Equal(HttpStatusCode.NotFound, gone);
    }
}
