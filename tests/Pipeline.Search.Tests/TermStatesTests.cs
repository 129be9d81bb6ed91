using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Search.Reading;
using Pipeline.Search.Schema;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>
/// A keyword search looks its terms up with one enumerator per field and Lucene segment (<see cref="TermStates"/>) rather
/// than letting each term query look itself up: the same documents must match, with the same scores.
/// </summary>
public sealed class TermStatesTests
{
    [Fact]
    public void Search_WithTermsLookedUpTogether_MatchesAndScoresAsEachTermAlone_AcrossSegmentsAndDeletions()
    {
        // Given an index written in three commits (three Lucene segments), the last replacing Thales's reply
        using var temp = TempIndex.WithThreeSegmentsAndAReplacedReply();
        using var directory = IndexDirectories.Open(temp.Path, IndexAccessPattern.Random);
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 3);
        var searcher = new IndexSearcher(reader);

        // And queries of terms in several fields, some found in no segment, some excluded, nested and boosted
        Query Term(string field, string word, float boost = 1f) => new TermQuery(new Term(field, word)) { Boost = boost };
        Query[] queries =
        [
            Term(SegmentFields.TextPlain, "surveillance"),
            new BooleanQuery { { Term(SegmentFields.TextPlain, "human"), Occur.SHOULD }, { Term(SegmentFields.TextPlain, "rights", 2f), Occur.SHOULD }, { Term(SegmentFields.TextPlain, "nowhereword"), Occur.SHOULD } },
            new BooleanQuery { { Term(SegmentFields.TextPlain, "export"), Occur.MUST }, { Term(SegmentFields.Company, "thales"), Occur.MUST_NOT } },
            new BooleanQuery { { new DisjunctionMaxQuery(0.1f) { Term(SegmentFields.TextEnglish, "licenc"), Term(SegmentFields.TextPlain, "licence") }, Occur.MUST }, { Term(SegmentFields.Kind, SegmentFields.SegmentKind), Occur.MUST } },
            Term(SegmentFields.TextPlain, "nowhereword"),
        ];

        foreach (var query in queries)
        {
            // When each is searched as it is, and with its terms looked up together
            var alone = searcher.Search(query, reader.MaxDoc);
            var together = searcher.Search(TermStates.LookedUp(query, searcher.TopReaderContext), reader.MaxDoc);

            // Then the same documents match with the same scores
            Assert.Equal(alone.TotalHits, together.TotalHits);
            Assert.Equal(alone.ScoreDocs.Select(d => (d.Doc, d.Score)), together.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }

        Assert.True(searcher.Search(queries[0], 10).TotalHits > 0);
        Assert.True(searcher.Search(queries[1], 10).TotalHits > 0);
    }
}
