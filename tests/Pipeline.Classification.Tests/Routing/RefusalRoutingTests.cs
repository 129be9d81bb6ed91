using Pipeline.Classification.Routing;
using Pipeline.Classification.Tests.Fakes;
using Pipeline.Core.Documents;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Routing;

/// <summary>
/// What a refusal declines (issue 20, the sixteenth writer's letters): a refusal of the questionnaire declines only what
/// no other paragraph has answered or declined; a refusal of "questions about" something is not a refusal of the
/// whole; "internal procedures" withholds the due diligence block; a plan to stop selling speaks to question 3.
/// </summary>
public sealed class RefusalRoutingTests
{
    private static readonly KeywordClassifier Classifier = new(
        ("confidential", Topic.ConfidentialityDecline, 0.9),
        ("cameras", Topic.ProductsAndClients, 0.9));

    [Fact]
    public void RefusalOfTheQuestionnaire_AfterARefusalOfClientInformation_DeclinesOnlyTheRest()
    {
        // Given a letter whose first paragraph withholds its customers and the number of systems, and whose second, "for
        // the same reasons", declines to respond to the questions at all
        var segments = Classify(
            "Our agreements with the agencies we serve are confidential, so we do not name customers or give the number of systems in service.",
            "Because those agreements are confidential, we are unable to respond to the individual questions in your letter.");

        // Then the first declines 1a and 1b, the second every other question
        Assert.Equal(["1a", "1b"], segments[0].Questions.Select(q => q.Value));
        Assert.Equal(["1c", "2a", "2b", "2c", "2d", "2e", "3"], segments[1].Questions.Select(q => q.Value));
    }

    [Fact]
    public void InabilityToAnswerQuestionsAboutSomething_DeclinesWhatItNames_NotTheWhole()
    {
        // Given a refusal of the questions about customers only
        var segments = Classify("Our contracts are confidential; we are unable to answer your questions about our customers.");

        // Then it declines the question on customers, not the questionnaire
        Assert.Equal(["1a"], Assert.Single(segments).Questions.Select(q => q.Value));
    }

    [Fact]
    public void RefusalNamingInternalProceduresAndCommercialPlans_DeclinesTheDueDiligenceBlockAndQuestion3()
    {
        // Given a refusal that withholds the company's internal procedures and its commercial plans
        var segments = Classify("These matters are confidential, and we do not share our internal review procedures or our commercial plans.");

        // Then it declines every question of part 2 and question 3, none of part 1
        Assert.Equal(["2a", "2b", "2c", "2d", "2e", "3"], Assert.Single(segments).Questions.Select(q => q.Value));
    }

    [Fact]
    public void ParagraphSayingTheCompanyDoesNotPlanToStopSelling_AlsoAnswersQuestion3()
    {
        // Given a paragraph read as products and clients that says the company means to go on selling
        var segments = Classify("We sell our cameras to integrators in the region and we have no intention of ceasing those sales.");

        // Then it answers the products question and question 3
        Assert.Equal(["1a", "3"], Assert.Single(segments).Questions.Select(q => q.Value));
    }

    [Fact]
    public void RefusingSentenceInsideAnAnswer_DeclinesTheQuestionAskingForWhatItNames()
    {
        // Given an answer on products whose second sentence withholds the number of systems
        var answerFirst = new KeywordClassifier(("cameras", Topic.ProductsAndClients, 0.9), ("confidential", Topic.ConfidentialityDecline, 0.9));

        // When classified
        var segment = Assert.Single(ClassifyWith(answerFirst, "We sell our thermal cameras to the coast guard of one country in the region. The number of units delivered there is confidential under our contract, so we cannot give it."));

        // Then it answers the products question and declines the one asking how many
        Assert.Equal(["1a", "1b"], segment.Questions.Select(q => q.Value));
    }

    [Fact]
    public void LicensingSentenceInsideAnAnswer_DeclinesNothing_ThoughItNamesInternalProcedures()
    {
        // Given an answer on products whose second sentence says how exports are licensed, naming internal procedures
        var licensing = new KeywordClassifier(("cameras", Topic.ProductsAndClients, 0.9), ("licence", Topic.ExportControl, 0.9));

        // When classified
        var segment = Assert.Single(ClassifyWith(licensing, "We sell our thermal cameras to the coast guard of one country in the region. Every export licence application passes through our internal compliance procedures before the authority decides."));

        // Then it answers the products question only: a licensing sentence withholds nothing, so part 2 is not declined
        Assert.Equal(["1a"], segment.Questions.Select(q => q.Value));
    }

    private static Core.Segments.Segment[] Classify(params string[] paragraphs) => ClassifyWith(Classifier, paragraphs);

    /// <summary>One reply of these paragraphs, all in its general part, classified with <paramref name="classifier"/>.</summary>
    private static Core.Segments.Segment[] ClassifyWith(KeywordClassifier classifier, params string[] paragraphs)
    {
        Block[] blocks = [.. paragraphs.Select((text, i) => new Block(i, BlockKind.Paragraph, text, 1))];
        var reply = Reply("Aldercrest", [.. blocks], General([.. blocks.Select(b => P(b.Text, b.Index))]));
        return [.. new SegmentClassifier(classifier).Classify(reply, Mena).Segments];
    }
}
