using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Querying;

namespace Pipeline.Search.Tests;

/// <summary>Filter values as typed on the command line or in a URL: the same accepted and refused everywhere.</summary>
public sealed class SearchFilterTextTests
{
    [Fact]
    public void Parse_ValidValues_GiveTheFilters()
    {
        // When
        var filters = SearchFilterText.Parse("mena-2022", "Thales", "2D", "grievance_mechanism", "not-addressed", out var problems);

        // Then
        Assert.Empty(problems);
        Assert.Equal(
            ("mena-2022", "Thales", QuestionId.Parse("2d"), Topic.GrievanceMechanism, AnswerStatus.NotAddressed),
            (filters.Campaign, filters.Company, filters.Question!.Value, filters.Topic!.Value, filters.Status!.Value));
    }

    [Fact]
    public void Parse_BlankValues_AreNoRestriction()
    {
        // When
        var filters = SearchFilterText.Parse(" ", "", null, "  ", null, out var problems);

        // Then
        Assert.Empty(problems);
        Assert.Equal(SearchFilters.None, filters);
    }

    [Fact]
    public void Parse_InvalidValues_AreNamedEachByItsFilter()
    {
        // When
        var filters = SearchFilterText.Parse(null, "Thales", "two", "grief", "maybe", out var problems);

        // Then every problem is reported, and the valid value kept
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("question 'two' is not a question id", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("topic 'grief' is not a topic (one of: products_and_clients,", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("status 'maybe' is not a status (one of: answered, partial, declined, not_addressed, no_response, reply_not_indexed)", problems[2], StringComparison.Ordinal);
        Assert.Equal("Thales", filters.Company);
        Assert.Null(filters.Question);
    }
}
