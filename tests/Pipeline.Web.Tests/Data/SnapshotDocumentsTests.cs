using Pipeline.Web.Data;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Data;

/// <summary>The server reads a snapshot's reply list once per campaign (issue 17: seconds at 100,000 replies).</summary>
public sealed class SnapshotDocumentsTests(ManyReplies archive) : IClassFixture<ManyReplies>
{
    [Fact]
    public void List_IsReadOncePerSnapshotAndCampaign_AndACampaignsIsTheIndexsOwn()
    {
        // Given one snapshot of the archive (455 replies, two campaigns), and another view of the same index
        using var snapshot = Pipeline.Search.Reading.SegmentIndex.Open(archive.Index);
        using var other = Pipeline.Search.Reading.SegmentIndex.Open(archive.Index);

        // When a campaign's list is read before every reply's, and another's after it (taken from it), each twice in any case
        var archived = SnapshotDocuments.List(snapshot, "archive");
        var all = SnapshotDocuments.List(snapshot, null);
        var others = SnapshotDocuments.List(snapshot, " OTHER ");

        // Then each is read once and given again, and each holds what the index lists for it
        Assert.Same(archived, SnapshotDocuments.List(snapshot, "Archive"));
        Assert.Same(all, SnapshotDocuments.List(snapshot, null));
        Assert.Same(others, SnapshotDocuments.List(snapshot, "other"));
        Assert.NotSame(all, SnapshotDocuments.List(other, null));
        Assert.Equal(snapshot.ListDocuments("archive").Select(d => d.DocumentId), archived.Select(d => d.DocumentId));
        Assert.Equal(snapshot.ListDocuments("other").Select(d => d.DocumentId), others.Select(d => d.DocumentId));
        Assert.Equal((ManyReplies.Archived, ManyReplies.Others, 455), (archived.Count, others.Count, all.Count));
    }
}
