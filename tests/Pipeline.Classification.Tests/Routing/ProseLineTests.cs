using Pipeline.Classification.Routing;
using Pipeline.Classification.Tests.Fakes;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Routing;

public sealed class ProseLineTests
{
    [Theory]
    [InlineData("Level 12, 140 St Georges Terrace, Perth WA 6000, Australia", false)]
    [InlineData("Dr. Henrike Albrecht, Head of Legal and Compliance, Kessbach Ortungstechnik GmbH", false)]
    [InlineData("We have deployed 40 scanners at two border crossings in Jordan.", true)]
    [InlineData("Unsere Scanner sind an zwei Grenzübergängen im Einsatz.", true)]
    [InlineData("نحن لا نكشف عن أسماء عملائنا", true)]
    public void ReadsAsProse_TellsSentencesFromNameAndAddressLines(string text, bool prose) =>
        Assert.Equal(prose, Words.ReadsAsProse(text));

    [Fact]
    public void AddressLine_TheClassifierGivesATopic_StaysGeneral()
    {
        // Given a general address line whose digits the classifier reads as deployment scale (0.94)
        var classifier = new KeywordClassifier(("Terrace", Topic.DeploymentScale, 0.94));
        var reply = Reply("Aldercrest", General(P("Level 12, 140 St Georges Terrace, Perth WA 6000, Australia")));

        // When classified and routed
        var segment = Assert.Single(new SegmentClassifier(classifier).Classify(reply, Mena).Segments);

        // Then it is not routed to the deployment question: it stays general
        Assert.True(segment.IsGeneral);
    }
}
