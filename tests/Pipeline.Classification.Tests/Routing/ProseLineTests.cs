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

    [Theory]
    [InlineData("SAS au capital de 1 500 000 € · 8, avenue du Maréchal-Juin · 92100 Boulogne-Billancourt")]
    [InlineData("Société anonyme au capital de 4 200 000 € – RCS Toulouse 512 884 019")]
    [InlineData("Sitz der Gesellschaft: Ulm, Amtsgericht Ulm HRB 72310, Geschäftsführer: die beiden Gründer")]
    public void RegisterLine_ReadingAsProse_StaysGeneral(string line)
    {
        // Given a company's legal particulars with lower-case words, whose figures the classifier reads as deployment scale
        var classifier = new KeywordClassifier(("0", Topic.DeploymentScale, 0.9));
        var reply = Reply("Aldercrest", General(P(line)));

        // When classified and routed
        var segment = Assert.Single(new SegmentClassifier(classifier).Classify(reply, Mena).Segments);

        // Then it stays general
        Assert.True(Words.ReadsAsProse(line));
        Assert.True(segment.IsGeneral);
    }
}
