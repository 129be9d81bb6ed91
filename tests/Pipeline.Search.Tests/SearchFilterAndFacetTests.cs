using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Querying;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

public sealed class SearchFilterAndFacetTests(SharedIndex shared) : IClassFixture<SharedIndex>
{
    public static TheoryData<SearchFilters, string[]> Filters => new()
    {
        { new SearchFilters { Company = "THALES" }, ["thales-gulf.pdf#0", "thales-reply.pdf#2"] },
        { new SearchFilters { Company = "Thales", Campaign = Replies.Gulf }, ["thales-gulf.pdf#0"] },
        { new SearchFilters { Campaign = Replies.Mena }, ["thales-reply.pdf#2"] },
        { new SearchFilters { Question = QuestionId.Parse("2c") }, ["thales-reply.pdf#2"] },
        { new SearchFilters { Question = QuestionId.Parse("1a") }, ["thales-gulf.pdf#0"] },
        { new SearchFilters { Topic = Topic.ProductsAndClients }, ["thales-gulf.pdf#0"] },
        { new SearchFilters { Status = AnswerStatus.Partial }, ["thales-reply.pdf#2"] },
        { new SearchFilters { Status = AnswerStatus.Declined }, [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Filter_NarrowsMatchesOfFacial(SearchFilters filters, string[] expected)
    {
        // Given "facial" matches Thales MENA 2a/2c (partial) and Thales Gulf 1a
        // When the search is filtered
        var found = shared.Found("facial", filters);

        // Then only the segments within the filter remain
        Assert.Equal(expected, found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Filter_QuestionNumber_IncludesItsSubQuestions()
    {
        // Given segments answering 2a, 2c and 2d
        // When filtering on question 2
        var found = shared.Found("*:*", new SearchFilters { Question = QuestionId.Parse("2") });

        // Then every segment answering a 2x sub-question matches
        Assert.Equal(
            ["airbus-reply.docx#1", "idemia-reponse.pdf#0", "idemia-reponse.pdf#1", "thales-reply.pdf#2", "thales-reply.pdf#3"],
            found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Facets_CountEveryMatch_NotOnlyTheHitsReturned()
    {
        // Given the MENA campaign's nine segments
        // When all of them are searched with room for one hit
        var results = shared.Search("*:*", new SearchFilters { Campaign = Replies.Mena }, limit: 1);

        // Then the facets count all nine, most frequent first, ties by value
        Assert.Single(results.Hits);
        Assert.Equal([("Thales", 4), ("Airbus", 3), ("IDEMIA", 2)], Pairs(results.Facets.Company));
        Assert.Equal([("2d", 3), ("1a", 2), ("2a", 2), ("2c", 1), ("3", 1), ("general", 1)], Pairs(results.Facets.Question));
        Assert.Equal(
            [("grievance_mechanism", 3), ("due_diligence", 2), ("confidentiality_decline", 1), ("exit_and_restrictions", 1), ("other", 1), ("products_and_clients", 1)],
            Pairs(results.Facets.Topic));
        Assert.Equal([("answered", 3), ("declined", 1), ("partial", 1)], Pairs(results.Facets.Status));
    }

    [Fact]
    public void Facets_FollowTheQuery()
    {
        // Given "grievance OR complaints OR plaintes" matches one 2d answer per company
        // When it is searched
        var results = shared.Search("grievance OR complaints OR plaintes");

        // Then each company counts once, all under 2d
        Assert.Equal(3, results.Total);
        Assert.Equal([("Airbus", 1), ("IDEMIA", 1), ("Thales", 1)], Pairs(results.Facets.Company));
        Assert.Equal([("2d", 3)], Pairs(results.Facets.Question));
        Assert.Equal([("grievance_mechanism", 3)], Pairs(results.Facets.Topic));
        Assert.Equal([("answered", 2)], Pairs(results.Facets.Status));
    }

    private static List<(string, int)> Pairs(IReadOnlyDictionary<string, int> counts) => [.. counts.Select(p => (p.Key, p.Value))];
}
