using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

public sealed class IndexingTests
{
    [Fact]
    public void Index_SameFileSameHashTwice_IsUnchangedAndAddsNothing()
    {
        // Given an index holding Thales's reply
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());

        // When the same file with the same hash is indexed again, in a new run
        var outcomes = temp.Write(Replies.Thales());

        // Then nothing is written and the segments are not duplicated
        Assert.Equal([IndexOutcome.Unchanged], outcomes);
        using var index = temp.Open();
        Assert.Equal(4, index.SegmentCount);
        Assert.Single(index.ListDocuments());
    }

    [Fact]
    public void IsCurrent_KnownPathAndHash_IsTrue_OtherHashOrCampaign_IsFalse()
    {
        // Given an index holding Thales's reply
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());
        var path = Replies.PathOf("thales-reply.pdf");
        var hash = "a1".PadRight(64, '0');

        // When ingest asks whether it can skip the file
        using var writer = SegmentIndexWriter.Open(temp.Path);

        // Then only the same path, hash and campaign count as current
        Assert.True(writer.IsCurrent(Replies.Mena, path, hash));
        Assert.False(writer.IsCurrent(Replies.Mena, path, "a2".PadRight(64, '0')));
        Assert.False(writer.IsCurrent(Replies.Gulf, path, hash));
    }

    [Fact]
    public void Index_SameHashProcessedDifferently_IsReplaced_AndOnlyTheNewStampIsCurrent()
    {
        // Given an index holding Thales's reply, processed without a stamp
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());
        var reply = IndexedReply.From(Replies.Thales());

        // When the same file is indexed again by a retrained model (another processing stamp)
        using var writer = SegmentIndexWriter.Open(temp.Path);
        var outcome = writer.Index(reply with { Document = reply.Document with { Processing = "model-2" } });
        writer.Commit();

        // Then it is replaced, not duplicated, and only the new stamp lets ingest skip it
        Assert.Equal(IndexOutcome.Replaced, outcome);
        Assert.True(writer.IsCurrent(Replies.Mena, reply.Document.SourcePath, reply.Document.DocumentId, "model-2"));
        Assert.False(writer.IsCurrent(Replies.Mena, reply.Document.SourcePath, reply.Document.DocumentId));
        Assert.Equal(4, writer.Documents.Single().SegmentCount);
    }

    [Fact]
    public void Index_ChangedFile_ReplacesItsOldSegments()
    {
        // Given an index holding Airbus's reply with three segments
        using var temp = new TempIndex();
        temp.Write(Replies.Airbus());
        var changed = Replies.Airbus("b2");
        changed = changed with { Segments = changed.Segments[..1] };

        // When the file changes (new hash) and now has one segment
        var outcomes = temp.Write(changed);

        // Then its old segments are gone and the record carries the new hash
        Assert.Equal([IndexOutcome.Replaced], outcomes);
        using var index = temp.Open();
        var segments = index.ReadSegments(Replies.Mena);
        var only = Assert.Single(segments);
        Assert.Equal("b2".PadRight(64, '0'), only.DocumentId);
        var record = Assert.Single(index.ListDocuments());
        Assert.Equal(("b2".PadRight(64, '0'), 1), (record.DocumentId, record.SegmentCount));
    }

    [Fact]
    public void Prune_FileGone_RemovesItsRecordAndSegments_OnlyInThatCampaign()
    {
        // Given Thales in both campaigns and Airbus in MENA
        using var temp = new TempIndex();
        temp.Write(Replies.Thales(), Replies.Airbus(), Replies.ThalesGulf());

        // When MENA is pruned and only Airbus's file is gone
        IReadOnlyList<IndexedDocument> pruned;
        using (var writer = SegmentIndexWriter.Open(temp.Path))
        {
            pruned = writer.Prune(Replies.Mena, path => path.EndsWith("airbus-reply.docx", StringComparison.Ordinal));
            writer.Commit();
        }

        // Then Airbus is removed, Thales stays in both campaigns
        Assert.Equal(["airbus-reply.docx"], pruned.Select(d => d.FileName));
        using var index = temp.Open();
        Assert.Equal(["thales-gulf.pdf", "thales-reply.pdf"], index.ListDocuments().Select(d => d.FileName).Order());
        Assert.DoesNotContain(index.ReadSegments(Replies.Mena), s => s.Company == "Airbus");
    }

    [Fact]
    public void TwoCampaigns_SameCompany_CoexistAndEachSegmentKnowsItsCampaign()
    {
        // Given Thales's replies to two campaigns
        using var temp = new TempIndex();
        temp.Write(Replies.Thales(), Replies.ThalesGulf());

        // When each campaign's segments are read
        using var index = temp.Open();

        // Then both campaigns are present and keep their own segments
        Assert.Equal([Replies.Gulf, Replies.Mena], index.Campaigns());
        Assert.Equal(4, index.ReadSegments(Replies.Mena).Count);
        var gulf = Assert.Single(index.ReadSegments(Replies.Gulf));
        Assert.Equal((Replies.Gulf, "thales-gulf.pdf"), (gulf.CampaignId, gulf.FileName));
    }

    [Fact]
    public void ListDocuments_GivesEachReplysRecord()
    {
        // Given the three MENA replies
        using var temp = new TempIndex();
        temp.Write(Replies.Thales(), Replies.Airbus(), Replies.Idemia());

        // When the documents are listed
        using var index = temp.Open();
        var documents = index.ListDocuments(Replies.Mena);

        // Then each has its company, format, pages, language, segment count, warnings and ingest time, ordered by company
        Assert.Equal(
            [
                ("Airbus", "airbus-reply.docx", SourceFormat.Docx, 0, "en", 3, 0),
                ("IDEMIA", "idemia-reponse.pdf", SourceFormat.Pdf, 2, "fr", 2, 1),
                ("Thales", "thales-reply.pdf", SourceFormat.Pdf, 3, "en", 4, 1),
            ],
            documents.Select(d => (d.Company!, d.FileName, d.Format, d.Pages, d.Language, d.SegmentCount, d.Warnings.Length)));
        var warning = documents[2].Warnings[0];
        Assert.Equal(("pdf.no-text-layer", 3), (warning.Code, warning.Page));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), documents[2].IngestedAt);
        Assert.Equal(Replies.PathOf("thales-reply.pdf"), documents[2].SourcePath);
    }

    [Fact]
    public void ReadSegments_GivesBackEveryFieldAsIndexed()
    {
        // Given Thales's reply indexed with statuses
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());

        // When the campaign's segments are read back
        using var index = temp.Open();
        var segments = index.ReadSegments(Replies.Mena);

        // Then each keeps its order, questions, topic, status, pages, method, confidence, language, file and text
        Assert.Equal([0, 1, 2, 3], segments.Select(s => s.Ordinal));
        var dueDiligence = segments[2];
        Assert.Equal(["2a", "2c"], dueDiligence.Questions.Select(q => q.Value));
        Assert.Equal((Topic.DueDiligence, 0.8, AnswerStatus.Partial), (dueDiligence.Topic, dueDiligence.TopicScore, dueDiligence.Status));
        Assert.Equal([2, 3], dueDiligence.Pages.AsEnumerable());
        Assert.Equal((SegmentMethod.Marker, 0.9, "en", "thales-reply.pdf", "Thales"),
            (dueDiligence.Method, dueDiligence.Confidence, dueDiligence.Language, dueDiligence.FileName, dueDiligence.Company));
        Assert.Equal(
            "Our human rights due diligence process identifies the risks of misuse before any sale.\n\nFacial recognition systems are subject to an enhanced review by the ethics committee.",
            dueDiligence.Text);
        Assert.Equal([Topic.DueDiligence], dueDiligence.Topics.AsEnumerable());
        Assert.Equal((QuestionId.General, (AnswerStatus?)null), (segments[0].PrimaryQuestion, segments[0].Status));
    }

    [Fact]
    public void From_FrenchReply_DetectsFrenchPerSegmentAndForTheDocument()
    {
        // Given IDEMIA's French reply, whose extraction did not set a language
        var reply = Replies.Idemia();

        // When it is prepared for indexing
        var indexed = IndexedReply.From(reply);

        // Then the document and every segment are French
        Assert.Equal("fr", indexed.Document.Language);
        Assert.All(indexed.Segments, s => Assert.Equal("fr", s.Language));
    }

    [Fact]
    public void Index_SegmentOfAnotherDocument_IsRejected()
    {
        // Given a reply whose segment claims another document id (a bug upstream)
        using var temp = new TempIndex();
        var reply = TempIndex.ToIndexed(Replies.Thales());
        var broken = reply with { Segments = [reply.Segments[0] with { DocumentId = "other" }] };

        // When / Then indexing refuses it
        using var writer = SegmentIndexWriter.Open(temp.Path);
        Assert.Throws<ArgumentException>(() => writer.Index(broken));
    }
}
