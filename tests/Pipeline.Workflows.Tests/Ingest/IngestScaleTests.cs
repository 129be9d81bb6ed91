using Pipeline.Campaigns;
using Pipeline.Classification.Model;
using Pipeline.Search.Indexing;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Tests.Ingest;

/// <summary>What keeps ingest linear in the number of replies (issue 17): a no-change re-run costs a hash and a lookup per file.</summary>
public sealed class IngestScaleTests : IDisposable
{
    private readonly ReplyFolder _folder = new();
    private readonly Core.Campaigns.Campaign _demo = CampaignLoader.Load(ReplyFolder.DemoCampaign);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_NothingChanged_NeverLoadsTheTopicModel()
    {
        // Given an ingest job that counts the times it loads the topic model
        var loads = 0;
        var job = new IngestJob(Segmenting.ReplySegmentation.Unclassified())
        {
            LoadModel = path =>
            {
                Interlocked.Increment(ref loads);
                return TopicModel.Load(path);
            },
        };
        var options = new IngestOptions { IndexDirectory = _folder.Index, Jobs = 2 };
        job.Run(_demo, [_folder.Replies], options);
        Assert.Equal(1, loads);

        // When the folder is ingested again, unchanged
        var again = job.Run(_demo, [_folder.Replies], options);

        // Then every file is found current by its key, and the models (~1 s, ~400 MB) stay unloaded
        Assert.Equal(16, again.Unchanged);
        Assert.Equal(1, loads);
        Assert.Equal("Helvora Biometrics", again.Files.Single(f => Path.GetFileName(f.Path).StartsWith("Helvora", StringComparison.Ordinal)).Company);
    }

    [Fact]
    public void Find_LooksUpTheReplyOfAFileUnderItsCampaign()
    {
        // Given an index with the demo replies
        IngestJob.CreateDefault().Run(_demo, [_folder.Replies], new IngestOptions { IndexDirectory = _folder.Index });
        using var writer = SegmentIndexWriter.Open(_folder.Index);
        var file = Path.GetFullPath(_folder.Reply("Tarrow"));

        // When / Then
        Assert.Equal("Tarrow Perimeter Group", writer.Find("demo", file)?.Company);
        Assert.Null(writer.Find("demo-2024", file));
        Assert.Null(writer.Find("demo", file + ".missing"));
    }
}
