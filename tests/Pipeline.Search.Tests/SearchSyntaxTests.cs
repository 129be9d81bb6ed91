using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

public sealed class SearchSyntaxTests(SharedIndex shared) : IClassFixture<SharedIndex>
{
    [Fact]
    public void Ranking_TermTwiceInShortSegment_OutranksOnceInLonger()
    {
        // Given Airbus says "drones" twice in 3, Thales once in a longer 1a
        // When searching drones
        var found = shared.Found("drones");

        // Then Airbus's segment comes first
        Assert.Equal(["airbus-reply.docx#2", "thales-reply.pdf#1"], found);
    }

    [Theory]
    [InlineData("suspend", "airbus-reply.docx#2")]          // English stemming: suspended
    [InlineData("plainte", "idemia-reponse.pdf#1")]         // French stemming: plaintes
    [InlineData("évaluations", "idemia-reponse.pdf#0")]     // French stemming, plural query
    [InlineData("drones AND morocco", "thales-reply.pdf#1")]
    [InlineData("drones NOT morocco", "airbus-reply.docx#2")]
    [InlineData("drones -company:thales", "airbus-reply.docx#2")]
    [InlineData("\"grievance mechanism\"", "thales-reply.pdf#3")]
    [InlineData("\"facial review\"~7", "thales-reply.pdf#2")]
    [InlineData("grievence~", "thales-reply.pdf#3")]       // fuzzy: misspelt
    [InlineData("company:airbus AND confidentiality", "airbus-reply.docx#0")]
    [InlineData("question:3", "airbus-reply.docx#2")]
    [InlineData("campaign:gulf-2023", "thales-gulf.pdf#0")]
    public void Query_FindsExactlyTheExpectedSegment(string query, string expected)
    {
        // Given the fixture index
        // When the query runs
        var found = shared.Found(query);

        // Then exactly that segment matches
        Assert.Equal([expected], found);
    }

    [Theory]
    [InlineData("\"mechanism grievance\"")]      // a phrase keeps word order
    [InlineData("\"facial review\"~3")]          // seven positions apart: slop 3 is not enough
    [InlineData("company:nobody")]
    [InlineData("page:[10 TO 20]")]
    public void Query_MatchesNothing(string query)
    {
        // Given the fixture index
        // When / Then the query finds nothing
        Assert.Empty(shared.Found(query));
    }

    [Theory]
    [InlineData("diligence", new[] { "idemia-reponse.pdf#0", "thales-reply.pdf#2" })]   // English and French stemming at once
    [InlineData("hotline OR OpenLine", new[] { "airbus-reply.docx#1", "thales-reply.pdf#3" })]
    [InlineData("surveil*", new[] { "airbus-reply.docx#2", "thales-reply.pdf#1" })]
    [InlineData("drone?", new[] { "airbus-reply.docx#2", "thales-reply.pdf#1" })]  // unstemmed: "drones", as written
    [InlineData("text:drone", new[] { "airbus-reply.docx#2", "thales-reply.pdf#1" })]
    [InlineData("question:2d", new[] { "airbus-reply.docx#1", "idemia-reponse.pdf#1", "thales-reply.pdf#3" })]
    [InlineData("page:[2 TO 3]", new[] { "idemia-reponse.pdf#1", "thales-reply.pdf#2", "thales-reply.pdf#3" })]
    [InlineData("page:3", new[] { "thales-reply.pdf#2", "thales-reply.pdf#3" })]
    [InlineData("topic:grievance_mechanism", new[] { "airbus-reply.docx#1", "idemia-reponse.pdf#1", "thales-reply.pdf#3" })]
    [InlineData("status:declined", new[] { "airbus-reply.docx#0" })]
    [InlineData("language:fr", new[] { "idemia-reponse.pdf#0", "idemia-reponse.pdf#1" })]
    [InlineData("company:\"Thales\" AND facial", new[] { "thales-gulf.pdf#0", "thales-reply.pdf#2" })]
    public void Query_FindsTheExpectedSet(string query, string[] expected)
    {
        // Given the fixture index
        // When the query runs
        var found = shared.Found(query);

        // Then it finds exactly these segments, in any order
        Assert.Equal(expected, found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MatchAll_CountsEverySegmentOfBothCampaigns()
    {
        // Given 4 + 3 + 2 segments in MENA and 1 in the Gulf campaign
        // When every segment is asked for with a lone *, with room for 3 hits
        var results = shared.Search("*", limit: 3);

        // Then the total counts all ten and only three are returned
        Assert.Equal((10, 3), (results.Total, results.Hits.Length));
    }
}
