using Pipeline.Cli.Output;
using Pipeline.Search.Querying;

namespace Pipeline.Cli.Tests.Output;

public sealed class SearchResultsViewTests
{
    [Fact]
    public async Task Partial_SaysSoBeforeTheCount_AndCountsAtLeast()
    {
        // Given results cut short by the time budget
        var results = new SearchResults("licen*", 7, [], Facets())
        {
            Complete = false,
            Notices = [new SearchNotice(SearchNotice.TimeBudget, "the search stopped after its time limit (3 s): …")],
        };

        // When they are shown to a person
        using var output = new StringWriter();
        await SearchResultsView.WriteAsync(results, output, MatchMarks.Plain);

        // Then the note comes first and the count is a lower bound
        Assert.StartsWith("note: the search stopped after its time limit (3 s): …\nAt least 7 segments match \"licen*\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartialWithoutHits_DoesNotClaimNothingMatches()
    {
        // Given a search stopped before it found anything
        var results = new SearchResults("licen*", 0, [], Facets()) { Complete = false };

        // When shown
        using var output = new StringWriter();
        await SearchResultsView.WriteAsync(results, output, MatchMarks.Plain);

        // Then it does not say "No segment matches"
        Assert.Equal("No segment matched \"licen*\" before the search stopped.\n", output.ToString());
    }

    private static FacetCounts Facets() => new(new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());
}
