using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Search.Analysis;
using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>An index written before the unstemmed field is re-indexed by the next ingest, and searches say what it misses meanwhile.</summary>
public sealed class SchemaVersionTests
{
    [Fact]
    public void IsCurrent_RecordFromAnOlderLayout_IsFalse_SoIngestReindexesIt()
    {
        // Given Thales's reply as an earlier version wrote it (no schema marker, no text_plain)
        using var temp = new TempIndex();
        WriteAsVersionOne(temp, Replies.Thales());

        // When ingest asks whether the unchanged file (same hash, same stamp) can be skipped
        using var writer = SegmentIndexWriter.Open(temp.Path);
        var current = writer.IsCurrent(Replies.Mena, Replies.PathOf("thales-reply.pdf"), "a1".PadRight(64, '0'));

        // Then it cannot, and indexing it again replaces the old record
        Assert.False(current);
        Assert.Equal(IndexOutcome.Replaced, writer.Index(TempIndex.ToIndexed(Replies.Thales())));
    }

    [Fact]
    public void Search_MultiTermOnAnOlderIndex_SaysHowManySegmentsItCannotMatch()
    {
        // Given an index an earlier version wrote, with Thales's four segments
        using var temp = new TempIndex();
        WriteAsVersionOne(temp, Replies.Thales());
        using var index = temp.Open();

        // When a wildcard is searched, and then a plain word
        var wildcard = index.Search(SearchQueryParser.Parse("surveil*").Query!);
        var word = index.Search(SearchQueryParser.Parse("surveillance").Query!);

        // Then the wildcard's results say to re-ingest; the plain word finds the segment and says nothing
        var notice = Assert.Single(wildcard.Notices);
        Assert.Equal(SearchNotice.StaleIndex, notice.Code);
        Assert.StartsWith("4 segments were indexed by an earlier version", notice.Message, StringComparison.Ordinal);
        Assert.Equal((1, true), (word.Total, word.Notices.IsEmpty));
    }

    [Fact]
    public void Search_IndexWrittenNow_HasNoStaleNotice()
    {
        // Given an index written by this version
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());
        using var index = temp.Open();

        // When a wildcard is searched
        var results = index.Search(SearchQueryParser.Parse("surveil*").Query!);

        // Then it matches and nothing is said
        Assert.Equal((1, true), (results.Total, results.Notices.IsEmpty));
    }

    // The records of a reply as index layout 1 had them: those of today without the schema marker and the unstemmed text.
    private static void WriteAsVersionOne(TempIndex temp, Core.Segments.SegmentedReply reply)
    {
        var indexed = TempIndex.ToIndexed(reply);
        var key = ReplyKey.For(indexed.Document.CampaignId, indexed.Document.SourcePath);
        var records = indexed.Segments.Select(s => SegmentRecord.ToLucene(s, key))
            .Append(DocumentRecord.ToLucene(indexed.Document with { SegmentCount = indexed.Segments.Length }, key))
            .ToList();
        foreach (var record in records)
        {
            record.RemoveFields(SegmentFields.Schema);
            record.RemoveFields(SegmentFields.TextPlain);
        }

        using var directory = FSDirectory.Open(temp.Path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.PerField));
        writer.AddDocuments(records);
        writer.Commit();
    }
}
