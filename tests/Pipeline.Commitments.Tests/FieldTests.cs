using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Fields;
using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Tests;

public sealed class FieldTests
{
    [Fact]
    public void Describe_CommitmentWithCondition_IsConditionalAndKeepsItsCondition()
    {
        // Given a promise hedged in the middle ("we will, where permitted, …"): the hedge must not be dropped
        const string sentence = "We will, where permitted by our contracts, publish the list of countries by the end of 2024.";

        // When it is described as a commitment
        var statement = StatementExtractor.Describe(StatementKind.Commitment, sentence, 0, 0.9, "en");

        // Then it is conditional, with the condition's words, the deadline and the action after the hedge
        Assert.True(statement.Hedged);
        Assert.Equal("where permitted by our contracts", statement.Condition);
        Assert.Equal("2024-12-31", statement.Deadline?.Value);
        Assert.Equal("the company", statement.Actor);
        Assert.Equal("publish", statement.Action);
        Assert.Equal("the list of countries", statement.Target);
    }

    [Theory]
    [InlineData("We suspended a quotation to one customer in 2021.", "the company", "suspend", "a quotation to one customer")]
    [InlineData("Orvik does not disclose the identity of its customers.", "Orvik", "disclose", "the identity of its customers")]
    [InlineData("We will publish our human rights policy by the end of 2023.", "the company", "publish", "our human rights policy")]
    public void ActionFinder_FindsActorLemmaAndObject(string sentence, string actor, string action, string target)
    {
        var deadline = DeadlineFinder.Find(sentence);

        var parts = ActionFinder.Find(sentence, deadline is null ? [] : [deadline.Start]);

        Assert.Equal(new ActionParts(actor, action, target), parts);
    }

    [Theory]
    [InlineData("Nous nous engageons à publier la liste, sous réserve de l'accord de nos clients.", "sous réserve de l'accord de nos clients")]
    [InlineData("Wir werden die Länder nennen, soweit unsere Verträge dies erlauben.", "soweit unsere Verträge dies erlauben")]
    [InlineData("We are willing to share such a list annually, with the consent of our clients.", "with the consent of our clients")]
    public void ConditionFinder_FindsConditionsInThreeLanguages(string sentence, string expected)
    {
        Assert.Equal(expected, ConditionFinder.Find(sentence)?.Text);
    }

    [Fact]
    public void ConditionFinder_UnconditionalPromise_HasNone()
    {
        Assert.Null(ConditionFinder.Find("We will publish our human rights policy by the end of 2023."));
    }

    [Theory]
    [InlineData("We cannot share lists of government customers.", StatementKind.Refusal)]
    [InlineData("Nous ne sommes pas en mesure de communiquer d'informations sur nos clients.", StatementKind.Refusal)]
    [InlineData("Zu einzelnen Kunden können wir keine Angaben machen.", StatementKind.Refusal)]
    [InlineData("We will inform the Resource Centre of new deliveries.", StatementKind.Commitment)]
    [InlineData("Nous nous engageons à publier notre politique.", StatementKind.Commitment)]
    [InlineData("Wir werden unsere Richtlinie veröffentlichen.", StatementKind.Commitment)]
    [InlineData("We suspended a quotation to one customer in 2021.", StatementKind.Claim)]
    [InlineData("Please do not hesitate to contact us.", StatementKind.None)]
    public void CueClassifier_TellsKindsApart(string sentence, StatementKind expected)
    {
        Assert.Equal(expected, CueClassifier.Instance.Classify([sentence])[0].Kind);
    }
}
