using Pipeline.Core.Topics;
using Pipeline.Workflows.Searching;

namespace Pipeline.Workflows.Tests.Searching;

public sealed class QueryConceptsTests
{
    [Theory]
    [InlineData("grievance mechanism", Topic.GrievanceMechanism)]       // p = 1.00: counted in full, as before
    [InlineData("human rights training for operators", Topic.Mitigation)] // p ≈ 0.85: no topic list while 0.95 was needed
    [InlineData("liste actualisée des clients", Topic.DisclosureCommitment)] // French, p ≈ 0.95
    public void Of_TopicTheClassifierFindsMoreLikelyThanNot_ComesWithItsProbability(string query, Topic expected)
    {
        // Given the bundled topic classifier
        // When a concept query is read
        var concept = QueryConcepts.Of(query);

        // Then its topic is given with the classifier's probability, the weight of the topic list in hybrid search
        Assert.NotNull(concept);
        Assert.Equal(expected, concept.Topic);
        Assert.InRange(concept.Probability, QueryConcepts.MinScore, 1.0);
    }

    [Theory]
    [InlineData("Seenotrettung")]            // German: read as "other" (p ≈ 0.78)
    [InlineData("refoulements aux frontières")] // best topic p ≈ 0.31: ambiguous
    public void Of_QueryReadAsOtherOrAmbiguous_HasNoConcept(string query)
    {
        Assert.Null(QueryConcepts.Of(query));
    }
}
