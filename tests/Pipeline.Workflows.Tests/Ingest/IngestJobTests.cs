using Pipeline.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Tests.Ingest;

public sealed class IngestJobTests : IDisposable
{
    private readonly ReplyFolder _folder = new();
    private readonly Core.Campaigns.Campaign _demo = CampaignLoader.Load(ReplyFolder.DemoCampaign);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_DemoReplies_IndexesEveryFileUnderItsCompany()
    {
        // When
        var summary = Ingest();

        // Then
        Assert.Equal((16, 0, 0, 0), (summary.Added, summary.Replaced, summary.Unchanged, summary.Failed));
        using var index = SegmentIndex.Open(_folder.Index);
        var documents = index.ListDocuments("demo");
        Assert.Equal(16, documents.Count);
        Assert.Equal("Helvora Biometrics", documents.Single(d => d.FileName.StartsWith("Helvora", StringComparison.Ordinal)).Company);
        Assert.Equal(summary.Segments, index.SegmentCount);
        Assert.Equal(["demo"], CampaignStore.Ids(_folder.Index));
    }

    [Fact]
    public void Ingest_RunTwice_SecondRunChangesNothing()
    {
        // Given
        var first = Ingest();

        // When
        var second = Ingest();

        // Then
        Assert.True(second.NothingChanged);
        Assert.Equal(16, second.Unchanged);
        using var index = SegmentIndex.Open(_folder.Index);
        Assert.Equal(first.Segments, index.SegmentCount);
        Assert.Equal(16, index.ListDocuments("demo").Count);
    }

    [Fact]
    public void Ingest_AfterTheCampaignIsEdited_ReprocessesUnchangedFiles_ButNotAfterItIsMerelyReloaded()
    {
        // Given an ingested folder
        Ingest();

        // When the campaign is loaded again from its file, unchanged, and ingest runs
        var reloaded = IngestJob.CreateDefault().Run(CampaignLoader.Load(ReplyFolder.DemoCampaign), [_folder.Replies], new IngestOptions { IndexDirectory = _folder.Index });

        // Then nothing is re-processed
        Assert.Equal((0, 0, 16), (reloaded.Added, reloaded.Replaced, reloaded.Unchanged));

        // When a researcher edits the campaign (question 2a now expects export_control) and ingest runs again
        var edited = _demo with { Questions = [.. _demo.Questions.Select(q => q.Id.Value == "2a" ? q with { Topic = Core.Topics.Topic.ExportControl } : q)] };
        var summary = IngestJob.CreateDefault().Run(edited, [_folder.Replies], new IngestOptions { IndexDirectory = _folder.Index });

        // Then every reply is processed anew under the edited campaign, none duplicated
        Assert.Equal((0, 16, 0), (summary.Added, summary.Replaced, summary.Unchanged));
        using var index = SegmentIndex.Open(_folder.Index);
        Assert.Equal(16, index.ListDocuments("demo").Count);
        Assert.Equal(summary.Segments, index.SegmentCount);
    }

    [Fact]
    public void Ingest_ChangedAndRemovedFiles_AreReplacedAndPruned()
    {
        // Given an ingested folder where one reply changes content and another disappears
        Ingest();
        File.Copy(_folder.Reply("Tarrow"), _folder.Reply("Helvora"), overwrite: true);
        File.Delete(_folder.Reply("Ostral"));

        // When
        var summary = Ingest(new IngestOptions { IndexDirectory = _folder.Index, Prune = true });

        // Then
        Assert.Equal((0, 1, 14), (summary.Added, summary.Replaced, summary.Unchanged));
        Assert.EndsWith("Ostral Photonics - reply.pdf", Assert.Single(summary.Pruned), StringComparison.Ordinal);
        using var index = SegmentIndex.Open(_folder.Index);
        Assert.Equal(15, index.ListDocuments("demo").Count);
        Assert.DoesNotContain(index.ReadSegments("demo"), s => s.Company == "Ostral Photonics");
    }

    [Fact]
    public void Ingest_BrokenFiles_FailWithTypedErrorsWhileTheRestIsIndexed()
    {
        // Given a zero-byte PDF and a "Word" file that is plain text
        File.WriteAllBytes(Path.Combine(_folder.Replies, "Lumen Arc Robotics - reply.pdf"), []);
        File.WriteAllText(Path.Combine(_folder.Replies, "Greyfriars reply.docx"), "not a zip");

        // When
        var summary = Ingest();

        // Then
        Assert.Equal((16, 2), (summary.Added, summary.Failed));
        var codes = summary.Files.Where(f => f.Error is not null).Select(f => f.Error!.Code).Order().ToArray();
        Assert.Equal([ErrorCode.EmptyFile, ErrorCode.WrongFormat], codes);
        Assert.NotNull(summary.ReportPath);
        var report = File.ReadAllText(summary.ReportPath);
        Assert.Contains("Lumen Arc Robotics - reply.pdf", report, StringComparison.Ordinal);
        Assert.Contains("empty-file", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_Manifest_DecidesAttributionAndReportsMissingFiles()
    {
        // Given a reply with a neutral name and a manifest naming its company, plus a listed file that is absent
        var neutral = Path.Combine(_folder.Replies, "scan-0001.pdf");
        File.Move(_folder.Reply("Ostral"), neutral);
        var manifest = Path.Combine(_folder.Root, "replies.csv");
        File.WriteAllText(manifest, "file,company,received\nreplies/scan-0001.pdf,Lumen Arc Robotics,2022-09-01\nreplies/missing.pdf,Greyfriars Surveillance Solutions,\n");

        // When
        var summary = Ingest(new IngestOptions { IndexDirectory = _folder.Index, ManifestPath = manifest });

        // Then
        Assert.Equal("Lumen Arc Robotics", summary.Files.Single(f => f.Path == neutral).Company);
        var missing = Assert.Single(summary.MissingFromManifest);
        Assert.Equal(("replies/missing.pdf", 3), (missing.File, missing.Line));
    }

    [Fact]
    public void Ingest_SecondCampaign_KeepsBothInTheIndex()
    {
        // Given the demo campaign ingested, and the MENA campaign with one reply
        Ingest();
        var mena = CampaignLoader.Load(Testing.RepoPaths.InRepo("corpus", "campaigns", "mena-surveillance-2022", "campaign.yaml"));
        var menaReplies = Path.Combine(_folder.Root, "mena");
        Directory.CreateDirectory(menaReplies);
        File.Copy(_folder.Reply("Northwind"), Path.Combine(menaReplies, "Thales reply.pdf"));

        // When
        IngestJob.CreateDefault().Run(mena, [menaReplies], new IngestOptions { IndexDirectory = _folder.Index });

        // Then
        using var index = SegmentIndex.Open(_folder.Index);
        Assert.Equal(16, index.ListDocuments("demo").Count);
        Assert.Equal("Thales Group", Assert.Single(index.ListDocuments(mena.Id)).Company);
        Assert.Equal(["demo", mena.Id], CampaignStore.Ids(_folder.Index).Order(StringComparer.Ordinal));
    }

    private IngestSummary Ingest(IngestOptions? options = null) =>
        IngestJob.CreateDefault().Run(_demo, [_folder.Replies], options ?? new IngestOptions { IndexDirectory = _folder.Index });
}
