using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Search.Reading;
using Pipeline.Search.Schema;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>
/// A keyword search checks its matches against the filter's allowed segments held in memory (<see cref="HeldDocsFilter"/>)
/// rather than stepping through the filter query beside it: the same documents must match, with the same scores.
/// </summary>
public sealed class HeldDocsFilterTests
{
    [Theory]
    [InlineData("surveillance", null)]
    [InlineData("rights", "2")]
    [InlineData("the", "1")]
    [InlineData("nothingmatchesthis", null)]
    public void Matches_ThroughHeldDocs_AreThoseOfTheFilterQuery_AcrossSegmentsAndDeletions(string word, string? question)
    {
        // Given an index written in three commits (three Lucene segments), the last replacing Thales's reply (its first
        // version's documents deleted, not yet merged away), and a filter: segments only, perhaps of one question
        using var temp = TempIndex.WithThreeSegmentsAndAReplacedReply();
        using var directory = IndexDirectories.Open(temp.Path, IndexAccessPattern.Random);
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 3);
        Assert.True(reader.HasDeletions);
        var searcher = new IndexSearcher(reader);
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(SegmentFields.Kind, SegmentFields.SegmentKind)), Occur.MUST },
            { new TermQuery(new Term(SegmentFields.Structure, "true")), Occur.MUST_NOT },
        };
        if (question is not null)
        {
            filter.Add(new TermQuery(new Term(SegmentFields.QuestionParent, question)), Occur.MUST);
        }

        var allowed = new BitSetCollector(reader.MaxDoc);
        searcher.Search(filter, allowed);
        var query = new TermQuery(new Term(SegmentFields.TextPlain, word));

        // When the word is searched through the query wrapped as a filter, and through the held docs
        var wrapped = searcher.Search(new FilteredQuery(query, new QueryWrapperFilter(filter)), reader.MaxDoc);
        var held = searcher.Search(new FilteredQuery(query, new HeldDocsFilter(allowed.Bits)), reader.MaxDoc);

        // Then the same live documents match, with the same scores, and none is a deleted one
        Assert.Equal(wrapped.TotalHits, held.TotalHits);
        Assert.Equal(wrapped.ScoreDocs.Select(d => (d.Doc, d.Score)), held.ScoreDocs.Select(d => (d.Doc, d.Score)));
        var live = MultiFields.GetLiveDocs(reader);
        Assert.All(held.ScoreDocs, d => Assert.True(live?.Get(d.Doc) ?? true));
        Assert.Equal(word != "nothingmatchesthis", held.ScoreDocs.Length > 0);
    }
}
