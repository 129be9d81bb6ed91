using MimeKit;
using Pipeline.Campaigns;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Tests.Ingest;

/// <summary>A reply that arrives as an e-mail with the letter attached: the letter is what must be searchable.</summary>
public sealed class EmailReplyIngestTests : IDisposable
{
    private readonly ReplyFolder _folder = new();
    private readonly Core.Campaigns.Campaign _demo = CampaignLoader.Load(ReplyFolder.DemoCampaign);
    private readonly string _inbox = Directory.CreateTempSubdirectory("pipeline-inbox-").FullName;

    public void Dispose()
    {
        _folder.Dispose();
        Directory.Delete(_inbox, recursive: true);
    }

    private string Email => Path.Combine(_inbox, "reply 24 August.eml");

    [Fact]
    public void Ingest_EmailWithTheLetterAttached_IndexesTheAttachmentAsTheSameCompanysReply()
    {
        // Given an e-mail from Orvik whose body only says "see attached", with Orvik's letter and a Word annex attached
        WriteEmail(("Orvik response.pdf", _folder.Reply("Orvik")), ("annex.docx", _folder.Reply("Helvora")));

        // When
        var summary = Ingest();

        // Then one file, three records: the message and both attachments, all Orvik's
        var file = Assert.Single(summary.Files);
        Assert.Equal(IngestAction.Added, file.Action);
        Assert.Equal([Email + "#Orvik response.pdf", Email + "#annex.docx"], file.Attachments.ToArray());
        using var index = SegmentIndex.Open(_folder.Index);
        var documents = index.ListDocuments("demo");
        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.Equal("Orvik Secure Communications", d.Company));
        Assert.Equal(file.Segments, index.SegmentCount);

        // And the letter's refusal is found, attributed to the attachment
        var hit = index.Search(Search.Querying.SearchQueryParser.Parse("identity AND customers").Query!, limit: 1).Hits.Single();
        Assert.Equal("reply 24 August.eml#Orvik response.pdf", hit.File);
        Assert.Equal(["1a", "1b", "1c"], hit.Questions.Select(q => q.Value));
    }

    [Fact]
    public void Ingest_EmailAgain_IsUnchanged_AndPruneKeepsItsAttachments()
    {
        // Given an ingested e-mail with one attachment
        WriteEmail(("Orvik response.pdf", _folder.Reply("Orvik")));
        Ingest();

        // When the folder is ingested again with --prune
        var summary = Ingest(prune: true);

        // Then nothing changes and nothing is pruned: the attachment belongs to a file still there
        Assert.Equal((0, 1), (summary.Added, summary.Unchanged));
        Assert.Empty(summary.Pruned);
        using var index = SegmentIndex.Open(_folder.Index);
        Assert.Equal(2, index.ListDocuments("demo").Count);
    }

    [Fact]
    public void Ingest_EmailResentWithoutOneAttachment_DropsThatAttachmentFromTheIndex()
    {
        // Given an ingested e-mail with two attachments
        WriteEmail(("Orvik response.pdf", _folder.Reply("Orvik")), ("annex.docx", _folder.Reply("Helvora")));
        Ingest();

        // When the file is replaced by a version carrying only the letter
        WriteEmail(("Orvik response.pdf", _folder.Reply("Orvik")));
        var summary = Ingest();

        // Then the message is replaced and the annex is gone
        Assert.Equal(1, summary.Replaced);
        using var index = SegmentIndex.Open(_folder.Index);
        Assert.Equal(["reply 24 August.eml", "reply 24 August.eml#Orvik response.pdf"], index.ListDocuments("demo").Select(d => d.FileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void IndexedSources_ReadsAnAttachmentBackOutOfItsMessage_ByTheNameIngestGaveIt()
    {
        // Given an ingested e-mail with the letter attached
        WriteEmail(("Orvik response.pdf", _folder.Reply("Orvik")));
        Ingest();
        using var index = SegmentIndex.Open(_folder.Index);
        var attachment = index.ListDocuments("demo").Single(d => d.FileName.EndsWith(".pdf", StringComparison.Ordinal));

        // When the web app asks for the original of the attachment's record, and for one the message does not hold
        var bytes = IndexedSources.Read(attachment.SourcePath, out var exists);
        var missing = IndexedSources.Read(Email + "#no such file.pdf", out var missingExists);

        // Then it gets the very bytes that were indexed (their hash is the record's id), and nothing for the other
        Assert.True(exists);
        Assert.Equal(File.ReadAllBytes(_folder.Reply("Orvik")), bytes);
        Assert.Equal(attachment.DocumentId, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes!)));
        Assert.Null(missing);
        Assert.False(missingExists);
    }

    [Fact]
    public void Ingest_EmailWhoseLetterIsDamaged_RecordsTheAttachmentAsTheSendersReplyNotIndexed()
    {
        // Given an e-mail from Orvik saying "see attached", whose attached letter is cut off
        var damaged = Path.Combine(_inbox, "damaged.pdf");
        var letter = File.ReadAllBytes(_folder.Reply("Orvik"));
        File.WriteAllBytes(damaged, letter[..(letter.Length / 2)]);
        WriteEmail(("Orvik response.pdf", damaged));
        File.Delete(damaged);

        // When
        Ingest();

        // Then the message is indexed, and its letter is recorded as Orvik's reply that could not be read
        using var index = SegmentIndex.Open(_folder.Index);
        var failure = Assert.Single(index.ListFailures("demo"));
        Assert.Equal((Email + "#Orvik response.pdf", "Orvik Secure Communications"), (failure.SourcePath, failure.Company));
        var comparison = Comparison.ComparisonBuilder.Build(index, _demo);
        Assert.Equal(Core.Segments.AnswerStatus.ReplyNotIndexed, comparison.Cell("Orvik Secure Communications", Core.Campaigns.QuestionId.Parse("2d"))!.Status);

        // When the e-mail is sent again without the letter, then nothing of it is missing any more
        WriteEmail();
        Ingest();
        using var again = SegmentIndex.Open(_folder.Index);
        Assert.Empty(again.ListFailures("demo"));
    }

    private IngestSummary Ingest(bool prune = false) =>
        IngestJob.CreateDefault().Run(_demo, [_inbox], new IngestOptions { IndexDirectory = _folder.Index, Prune = prune });

    private void WriteEmail(params (string Name, string Path)[] attachments)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Hanne Solberg, Orvik Secure Communications", "legal@orvik.example"));
        message.To.Add(new MailboxAddress("Research team", "research@example.org"));
        message.Subject = "Re: Surveillance technology in MENA";
        var body = new BodyBuilder { TextBody = "Dear colleagues,\n\nPlease find our response attached.\n\nKind regards,\nHanne Solberg" };
        foreach (var (name, path) in attachments)
        {
            body.Attachments.Add(name, File.ReadAllBytes(path));
        }

        message.Body = body.ToMessageBody();
        message.WriteTo(Email);
    }
}
