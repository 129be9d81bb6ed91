using Pipeline.Core.Campaigns;
using Pipeline.Embeddings;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>
/// The shared reader of a server counts facets from each Lucene segment's ordinals held in memory; a command's own view
/// counts from the doc values. Both must count the same, over several segments and a replaced reply's deleted documents.
/// </summary>
public sealed class HeldFacetOrdinalsTests
{
    [Fact]
    public void Facets_FromHeldOrdinals_AreThoseOfTheDocValues_AcrossSegmentsAndDeletions()
    {
        // Given an index written in three commits (three Lucene segments), the last replacing Thales's reply (its first
        // version's documents deleted, not yet merged away)
        using var temp = TempIndex.WithThreeSegmentsAndAReplacedReply();
        using var shared = new SharedSegmentIndex(temp.Path);
        using var held = shared.Acquire();
        using var own = temp.Open();
        Assert.True(own.SegmentCount > 0);

        foreach (var text in new[] { "surveillance", "human rights", "due diligence OR export", "licen*" })
        {
            // When each query is searched by keyword, with a question filter, and hybrid, in both views
            var query = SearchQueryParser.Parse(text).Query!;
            var filter = new SearchFilters { Question = QuestionId.Parse("2") };
            var encoder = new StandInEncoder("stand-in-test", 16);

            // Then every facet counts the same
            Assert.Equal(Counted(own.Search(query)), Counted(held.Search(query)));
            Assert.Equal(Counted(own.Search(query, filter)), Counted(held.Search(query, filter)));
            Assert.Equal(Counted(own.SearchHybrid(query, encoder)), Counted(held.SearchHybrid(query, encoder)));
        }

        // And the counts are the replies' own: Thales's matches come from its second version only
        var surveillance = held.Search(SearchQueryParser.Parse("surveillance").Query!).Facets;
        Assert.Equal(own.Search(SearchQueryParser.Parse("surveillance AND company:thales").Query!).Total, surveillance.Company.GetValueOrDefault("Thales"));
        Assert.NotEmpty(surveillance.Question);
    }

    private static string Counted(SearchResults results)
    {
        var facets = results.Facets;
        return string.Join(" | ", new[] { facets.Company, facets.Question, facets.Topic, facets.Status, facets.Campaign }
            .Select(counts => string.Join(",", counts.Select(c => $"{c.Key}={c.Value}"))));
    }
}
