using System.Net;
using Pipeline.Campaigns;
using Pipeline.Search.Reading;
using Pipeline.Testing;
using Pipeline.Web.Data;
using Pipeline.Web.Tests.Fixtures;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Web.Tests.Http;

/// <summary>One long-lived index reader for all requests (issue 17), moved on to what an ingest commits while the app serves.</summary>
public sealed class SharedReaderTests : IDisposable
{
    private static readonly string DemoReplies = RepoPaths.InRepo("corpus", "campaigns", "demo", "replies");
    private readonly TempFolder _folder = new("shared-reader");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Requests_ShareOneReader_UntilAnIngestCommits()
    {
        // Given an index with Northwind's reply, and the app's access to it
        IngestReplies("Northwind Border Systems - reply.pdf");
        using var access = new IndexAccess(_folder.Combine("index"));

        // When two requests open the index, one after the other
        var first = access.Open();
        first.Dispose();
        using var second = access.Open();

        // Then they read through the same reader
        Assert.Same(first, second);

        // When an ingest adds Orvik's reply
        IngestReplies("Orvik Secure Communications - reply.pdf");
        using var third = access.Open();

        // Then the next request reads the new commit
        Assert.NotSame(second, third);
        Assert.Equal(["Northwind Border Systems", "Orvik Secure Communications"], third.ListDocuments("demo").Select(d => d.Company));
    }

    [Fact]
    public void Comparison_IsReadOncePerSnapshot_AndAnewAfterAnIngest()
    {
        // Given the app's access to an index with Northwind's reply
        IngestReplies("Northwind Border Systems - reply.pdf");
        using var access = new IndexAccess(_folder.Combine("index"));
        var campaign = access.LoadCampaign("demo");

        // When two requests ask for the campaign's comparison
        CompareSource first, second, third;
        bool before, after;
        Pipeline.Reporting.Selection.ComparisonSummary earlier, later;
        using (var index = access.Open())
        {
            first = CompareSource.For(index, campaign);
        }

        using (var index = access.Open())
        {
            second = CompareSource.For(index, campaign);
            before = second.Parts.Outline.Companies.Single(c => c.Name == "Orvik Secure Communications").HasReply;
            earlier = second.Summary;
        }

        // Then the second reuses what the first read
        Assert.Same(first, second);

        // When an ingest adds Orvik's reply
        IngestReplies("Orvik Secure Communications - reply.pdf");
        using (var index = access.Open())
        {
            third = CompareSource.For(index, access.LoadCampaign("demo"));
            after = third.Parts.Outline.Companies.Single(c => c.Name == "Orvik Secure Communications").HasReply;
            later = third.Summary;
        }

        // Then the comparison is read anew and counts Orvik's reply
        Assert.NotSame(second, third);
        Assert.Equal((false, true), (before, after));

        // And of the matrices' summary only Orvik's row is read again: Northwind's replies did not change
        var northwind = earlier.Outline.Companies.Single(c => c.Name == "Northwind Border Systems");
        var orvik = later.Outline.Companies.Single(c => c.Name == "Orvik Secure Communications");
        Assert.Same(earlier.Of(northwind), later.Of(northwind));
        Assert.NotSame(earlier.Of(orvik), later.Of(orvik));
        Assert.Contains(later.Of(orvik).Questions, q => q.HasAnswers);
        Assert.DoesNotContain(earlier.Of(orvik).Questions, q => q.HasAnswers);
    }

    [Fact]
    public async Task DocumentPage_AfterAnIngestWhileServing_ShowsTheNewReply()
    {
        // Given the app serving an index with Northwind's reply, its documents page already seen
        IngestReplies("Northwind Border Systems - reply.pdf");
        await using var server = await RunningServer.StartAsync(_folder.Combine("index"));
        Assert.DoesNotContain("Orvik", (await server.GetAsync("/documents")).Body, StringComparison.Ordinal);

        // When an ingest adds Orvik's reply
        IngestReplies("Orvik Secure Communications - reply.pdf");
        string id;
        int segments;
        using (var index = SegmentIndex.Open(_folder.Combine("index")))
        {
            var orvik = index.ListDocuments("demo").Single(d => d.Company == "Orvik Secure Communications");
            (id, segments) = (orvik.DocumentId, orvik.SegmentCount);
        }

        // Then the documents list and the new reply's own page show it, with its answers
        Assert.Contains("Orvik Secure Communications - reply.pdf", (await server.GetAsync("/documents")).Body, StringComparison.Ordinal);
        var (status, page, _) = await server.GetAsync($"/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Orvik Secure Communications", page, StringComparison.Ordinal);
        Assert.True(segments > 1);
        Assert.Contains($"<dt>Segments</dt><dd>{segments}</dd>", page, StringComparison.Ordinal);
        Assert.Contains("Policy commitment", page, StringComparison.Ordinal);
    }

    private void IngestReplies(string file)
    {
        var replies = Directory.CreateDirectory(_folder.Combine("replies")).FullName;
        File.Copy(Path.Combine(DemoReplies, file), Path.Combine(replies, file));
        var campaign = CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"));
        Assert.Equal(0, IngestJob.CreateDefault().Run(campaign, [replies], new IngestOptions { IndexDirectory = _folder.Combine("index") }).Failed);
    }
}
