using Pipeline.Classification.Routing;
using Pipeline.Classification.Tests.Fakes;
using Pipeline.Core.Documents;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Routing;

/// <summary>
/// A prose paragraph that ends with a colon and the list that completes its sentence are one answer (issue 20: a German
/// letter's "Als wesentliche Risiken haben wir dabei identifiziert:" and three risks, the first routed to mitigation
/// alone and the other two left general).
/// </summary>
public sealed class ListLeadInTests
{
    private const string LeadIn = "Before every sale our assessment of the end user looks for three dangers:";
    private const string FirstItem = "cameras misused in spite of each safeguard the contract sets;";
    private const string SecondItem = "pictures handed on to third countries without any check by us;";
    private const string Closing = "Anyone harmed may use our hotline, which is run by an outside firm.";

    private static readonly KeywordClassifier Classifier = new(
        ("hotline", Topic.GrievanceMechanism, 0.9),
        ("safeguard", Topic.Mitigation, 0.8),
        ("assessment", Topic.DueDiligence, 0.7));

    [Fact]
    public void ItemsCompletingALeadInsSentence_GoWhereTheLeadInGoes()
    {
        // Given a due-diligence paragraph ending with a colon, two list items (one alone reads as mitigation, one as
        // nothing), then a grievance paragraph
        var reply = Letter(LeadIn, BlockKind.ListItem);

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(reply, Mena).Segments;

        // Then the lead-in and both items answer 2a together, and the grievance paragraph 2d
        Assert.Equal(["2a", "2d"], segments.Select(s => s.PrimaryQuestion.Value));
        Assert.Equal([0, 1, 2], segments[0].Passages.Select(p => p.BlockIndex));
    }

    [Fact]
    public void ItemsAfterAParagraphThatEndsItsSentence_AreReadOneByOne()
    {
        // Given the same letter but the first paragraph ends with a full stop
        var reply = Letter(LeadIn.TrimEnd(':') + ".", BlockKind.ListItem);

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(reply, Mena).Segments;

        // Then each item goes by its own reading: the safeguards item to 2c, the other stays general
        Assert.Equal(["2a", "2c", "general", "2d"], segments.Select(s => s.PrimaryQuestion.Value));
    }

    [Fact]
    public void ParagraphsAfterALeadIn_ThatAreNoListItems_AreReadOneByOne()
    {
        // Given the lead-in with a colon, followed by ordinary paragraphs rather than list items
        var reply = Letter(LeadIn, BlockKind.Paragraph);

        // When classified
        var segments = new SegmentClassifier(Classifier).Classify(reply, Mena).Segments;

        // Then only list items carry on the lead-in's sentence
        Assert.Equal(["2a", "2c", "general", "2d"], segments.Select(s => s.PrimaryQuestion.Value));
    }

    private static Core.Segments.SegmentedReply Letter(string leadIn, BlockKind items)
    {
        Block[] blocks =
        [
            new(0, BlockKind.Paragraph, leadIn, 1),
            new(1, items, FirstItem, 1),
            new(2, items, SecondItem, 1),
            new(3, BlockKind.Paragraph, Closing, 1),
        ];
        return Reply("Aldercrest", [.. blocks], General([.. blocks.Select(b => P(b.Text, b.Index))]));
    }
}
