using Pipeline.Classification.Routing;
using Pipeline.Classification.Tests.Fakes;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Routing;

/// <summary>A section the company titles as its introduction describes the company and answers no question (issue 20).</summary>
public sealed class IntroductionTitlesTests
{
    private const string Profile = "Harwell Optics builds thermal cameras for harbours, and its cameras watch two ports in Morocco.";

    private static readonly KeywordClassifier Classifier = new(("cameras", Topic.ProductsAndClients, 0.9));

    [Theory]
    [InlineData("Who we are", true)]
    [InlineData("About Harwell Optics", true)]
    [InlineData("2. Company profile", true)]
    [InlineData("Qui sommes-nous ?", true)]
    [InlineData("Über uns", true)]
    [InlineData("About your questions", false)]
    [InlineData("Our products in the region", false)]
    [InlineData("Who we sell to", false)]
    public void Title_IsAnIntroduction_OnlyWhenItPresentsTheCompany(string title, bool expected) =>
        Assert.Equal(expected, IntroductionTitles.Is(title));

    [Theory]
    [InlineData("Who we are", "general")]
    [InlineData("Where we sell", "1a")]
    public void ParagraphUnderASection_IsRouted_UnlessTheSectionIntroducesTheCompany(string title, string expected)
    {
        // Given a section whose paragraph names products and a country of the region
        Block[] blocks = [new(0, BlockKind.Heading, title, 1), new(1, BlockKind.Paragraph, Profile, 1)];
        var section = new Segment(DocumentId, [QuestionId.General], SegmentMethod.Section, 0, [P(title, 0), P(Profile, 1)]);

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(Reply("Aldercrest", [.. blocks], section), Mena).Segments;

        // Then the paragraph answers 1a under an ordinary title and stays general under an introduction's
        Assert.Equal(expected, segments[^1].PrimaryQuestion.Value);
    }
}
