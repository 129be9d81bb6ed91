using Pipeline.Search.Reading;
using Pipeline.Web.Data;
using Pipeline.Web.Tests.Fixtures;
using Pipeline.Workflows;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Web.Tests.Data;

/// <summary>The commitments page builds a campaign's ledger once per snapshot of the index and version of its files, not on every request.</summary>
[Collection(DemoCorpus.Name)]
public sealed class LedgerSourceTests(DemoServer demo)
{
    [Fact]
    public void For_TheSameSnapshot_IsOneBuild_OfTheLedgerACommandBuilds()
    {
        // Given the demo index's shared reader
        using var shared = new SharedSegmentIndex(demo.Index);
        using var index = shared.Acquire();
        var campaign = CampaignStore.Load(demo.Index, "demo");

        // When two requests ask for the ledger
        var first = LedgerSource.For(index, campaign);
        var second = LedgerSource.For(index, campaign);

        // Then the second is the first's build, and it lists what `pipeline commitments` lists
        Assert.Same(first, second);
        var command = IndexedLedgers.Open(demo.Index, "demo").Ledger;
        Assert.True(command.Items.Length > 100);
        Assert.Equal(command.Items.Select(i => i.Id), first.Ledger.Items.Select(i => i.Id));
    }

    [Fact]
    public void For_AfterTheCampaignsFilesAreWrittenAgain_BuildsAnew()
    {
        // Given a copy of the demo index whose ledger was built once
        using var folder = new TempFolder("ledger-source");
        var copy = folder.Combine("index");
        CopyFolder(demo.Index, copy);
        using var index = SegmentIndex.Open(copy);
        var campaign = CampaignStore.Load(copy, "demo");
        var before = LedgerSource.For(index, campaign);

        // When an ingest writes the campaign's files again (their time changes), and the ledger is asked for
        var stored = Directory.GetFiles(Path.Combine(copy, "campaigns"), "demo.*")[0];
        File.SetLastWriteTimeUtc(stored, File.GetLastWriteTimeUtc(stored).AddMinutes(1));
        var after = LedgerSource.For(index, campaign);

        // Then it is built again from the same snapshot (the same items)
        Assert.NotSame(before, after);
        Assert.Same(after, LedgerSource.For(index, campaign));
        Assert.Equal(before.Ledger.Items.Length, after.Ledger.Items.Length);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
