using Pipeline.Core.Errors;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>One long-lived reader per index (issue 17): the same view while nothing is committed, a newer one after an ingest.</summary>
public sealed class SharedSegmentIndexTests
{
    [Fact]
    public void Acquire_NothingCommittedSince_ReusesTheSameReader()
    {
        // Given an index with Thales's reply, shared
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());
        using var shared = new SharedSegmentIndex(temp.Path);

        // When two requests acquire it one after the other
        var first = shared.Acquire();
        first.Dispose();
        using var second = shared.Acquire();

        // Then both got the one view: its reader was not reopened
        Assert.Same(first, second);
        Assert.Equal(4, second.SegmentCount);
    }

    [Fact]
    public void Acquire_AfterAnIngestCommits_SeesIt_WhileAViewHeldSinceStaysReadable()
    {
        // Given a request holding the shared view of an index with Thales's reply
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());
        using var shared = new SharedSegmentIndex(temp.Path);
        using var held = shared.Acquire();

        // When an ingest commits Airbus's reply, and the next request acquires the index
        temp.Write(Replies.Airbus());
        using var next = shared.Acquire();

        // Then the next request sees both replies, and the held view still reads its own snapshot
        Assert.NotSame(held, next);
        Assert.Equal(["Airbus", "Thales"], next.ListDocuments().Select(d => d.Company).Order(StringComparer.Ordinal));
        Assert.Equal(["Thales"], held.ListDocuments().Select(d => d.Company));
    }

    [Fact]
    public void CountDocuments_CountsAViewsReplies_ByCampaignWhateverItsCase()
    {
        // Given a view of an index with Thales's reply, and Airbus's committed after it
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());
        using var shared = new SharedSegmentIndex(temp.Path);
        using var held = shared.Acquire();
        temp.Write(Replies.Airbus());
        using var next = shared.Acquire();

        // When / Then each view counts its own replies, of all campaigns, of one (any case) and of none
        Assert.Equal((1, 1, 0), (held.CountDocuments(), held.CountDocuments(Replies.Mena.ToUpperInvariant()), held.CountDocuments("no-such-campaign")));
        Assert.Equal((2, 2), (next.CountDocuments(), next.CountDocuments(Replies.Mena)));
    }

    [Fact]
    public void Acquire_AfterACommitThatOnlyRemoves_SeesIt()
    {
        // Given a shared index with Thales's and Airbus's replies, acquired once (the server's view is open)
        using var temp = new TempIndex();
        temp.Write(Replies.Thales(), Replies.Airbus());
        using var shared = new SharedSegmentIndex(temp.Path);
        shared.Acquire().Dispose();

        // When an ingest removes Airbus's reply (its file gone, --prune) and commits: no file added, a newer commit
        var airbus = Replies.Airbus();
        using (var writer = SegmentIndexWriter.Open(temp.Path))
        {
            Assert.True(writer.Remove(airbus.CampaignId, TempIndex.ToIndexed(airbus).Document.SourcePath));
            writer.Commit();
        }

        // Then the next request sees Thales alone
        using var next = shared.Acquire();
        Assert.Equal(["Thales"], next.ListDocuments().Select(d => d.Company));
    }

    [Fact]
    public void Acquire_BeforeTheFirstIngest_SaysSo_AndFindsTheIndexOnceItExists()
    {
        // Given a shared index over a folder without an index yet
        using var temp = new TempIndex();
        using var shared = new SharedSegmentIndex(temp.Path);

        // When / Then
        var error = Assert.Throws<PipelineException>(() => shared.Acquire());
        Assert.Contains("run `pipeline ingest` first", error.Message, StringComparison.Ordinal);
        temp.Write(Replies.Idemia());
        using var index = shared.Acquire();
        Assert.Equal("IDEMIA", Assert.Single(index.ListDocuments()).Company);
    }

    [Fact]
    public void Acquire_AfterTheIndexFolderIsDeleted_SaysItCannotBeRead()
    {
        // Given a shared index that a request has opened (so the server no longer looks for it on disk)
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());
        using var shared = new SharedSegmentIndex(temp.Path);
        shared.Acquire().Dispose();
        Assert.True(shared.IsOpen);

        // When the index's files are deleted and the next request acquires it
        foreach (var file in Directory.GetFiles(temp.Path))
        {
            File.Delete(file);
        }

        // Then it is told, as a typed error naming the folder, that the index cannot be read
        var error = Assert.Throws<PipelineException>(() => shared.Acquire());
        Assert.Equal(temp.Path, error.Path);
        Assert.Contains("the index cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindDocuments_AndReadSegmentsOfADocument_LookUpByTerm()
    {
        // Given Thales's reply indexed under two campaigns (same file content, so the same document id), and Airbus's
        using var temp = TempIndex.WithAllReplies();
        using var index = temp.Open();
        var thales = index.ListDocuments(Replies.Mena).Single(d => d.Company == "Thales");

        // When
        var records = index.FindDocuments(thales.DocumentId);
        var segments = index.ReadSegments(Replies.Mena, thales.DocumentId);

        // Then only that document's records and segments come back, the segments in reply order
        Assert.Equal([thales.DocumentId], records.Select(r => r.DocumentId).Distinct());
        Assert.Contains(records, r => r.CampaignId == Replies.Mena);
        Assert.Equal(index.ReadSegments(Replies.Mena).Where(s => s.DocumentId == thales.DocumentId).Select(s => s.Ordinal).Order(), segments.Select(s => s.Ordinal));
        Assert.All(segments, s => Assert.Equal("Thales", s.Company));
        Assert.Empty(index.FindDocuments("f".PadRight(64, 'f')));
        Assert.Empty(index.FindDocuments(thales.DocumentId.ToUpperInvariant()));
    }

    [Fact]
    public void ReadSegments_OfSeveralReplies_IsEachReplysOwnRead_InTheOrderAsked()
    {
        // Given Thales's reply indexed under two campaigns, and Airbus's and IDEMIA's
        using var temp = TempIndex.WithAllReplies();
        using var index = temp.Open();
        var documents = index.ListDocuments(Replies.Mena);
        var (thales, airbus) = (documents.Single(d => d.Company == "Thales").DocumentId, documents.Single(d => d.Company == "Airbus").DocumentId);

        // When Airbus's and Thales's (asked twice) and an unknown reply are read in one search
        var together = index.ReadSegments(Replies.Mena, [airbus, thales, thales, "f".PadRight(64, 'f'), thales.ToUpperInvariant()]);

        // Then they are Airbus's then Thales's segments of this campaign, each once, as the campaign's whole read holds them
        var campaign = index.ReadSegments(Replies.Mena);
        var apart = campaign.Where(s => s.DocumentId == airbus).Concat(campaign.Where(s => s.DocumentId == thales)).ToList();
        Assert.NotEmpty(apart);
        Assert.Equal(apart.Select(s => (s.DocumentId, s.Ordinal, s.Text)), together.Select(s => (s.DocumentId, s.Ordinal, s.Text)));
        Assert.All(together, s => Assert.Equal(Replies.Mena, s.CampaignId));
        Assert.Equal(["Airbus", "Thales"], together.Select(s => s.Company).Distinct());
    }
}
