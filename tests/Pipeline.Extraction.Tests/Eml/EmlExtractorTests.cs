using MimeKit;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests.Eml;

public sealed class EmlExtractorTests
{
    [Fact]
    public void Eml_HeadersBodyAndWordAttachment_AreExtracted()
    {
        // Given a reply e-mail with a plain-text and an HTML body, a .docx reply attached, an image and a broken .docx
        var builder = new BodyBuilder { TextBody = "Dear team,\n\nPlease find our reply attached.", HtmlBody = "<p>HTML version</p>" };
        builder.Attachments.Add("reply.docx", new DocxFixture { Body = W.Para("1. We do not sell to governments.") }.Build());
        builder.Attachments.Add("logo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        builder.Attachments.Add("broken.docx", "not a zip"u8.ToArray());
        var message = new MimeMessage(
            [new MailboxAddress("Legal", "legal@acme.example")],
            [new MailboxAddress("Research", "research@ngo.example")],
            "Re: Outreach on surveillance exports",
            builder.ToMessageBody())
        {
            Date = new DateTimeOffset(2022, 3, 1, 9, 30, 0, TimeSpan.Zero),
        };
        using var stream = new MemoryStream();
        message.WriteTo(stream);

        // When
        var document = Extract.Document(stream.ToArray(), "reply.eml");

        // Then
        Assert.Equal(["Dear team,", "Please find our reply attached."], Extract.Lines(document));
        Assert.Equal("\"Legal\" <legal@acme.example>", document.Metadata["from"]);
        Assert.Equal("Re: Outreach on surveillance exports", document.Metadata["subject"]);
        Assert.Equal("2022-03-01T09:30:00.0000000+00:00", document.Metadata["date"]);
        Assert.Equal(2, document.Attachments.Length);
        Assert.Equal("reply.eml#reply.docx", document.Attachments[0].Source);
        Assert.Equal(["1. We do not sell to governments."], Extract.Lines(document.Attachments[0].Document!));
        Assert.Equal(SourceFormat.Docx, document.Attachments[0].Document!.Format);
        Assert.Equal(ErrorCode.WrongFormat, document.Attachments[1].Error?.Code);
        Assert.Contains(document.Warnings, w => w.Code == "eml.attachment-skipped" && w.Message.Contains("logo.png", StringComparison.Ordinal));
    }

    [Fact]
    public void Eml_HtmlOnlyBody_IsReadAsVisibleText()
    {
        // Given an HTML-only e-mail
        var message = new MimeMessage { Subject = "Reply", Body = new TextPart("html") { Text = "<p>Answer <b>one</b></p><script>x()</script>" } };
        using var stream = new MemoryStream();
        message.WriteTo(stream);

        // When / Then
        Assert.Equal(["Answer one"], Extract.Lines(Extract.Document(stream.ToArray(), "reply.eml")));
    }
}
