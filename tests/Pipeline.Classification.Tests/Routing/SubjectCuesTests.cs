using Pipeline.Classification.Routing;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Routing;

public sealed class SubjectCuesTests
{
    private static readonly Topic[] Subjects = [Topic.DueDiligence, Topic.PolicyCommitment, Topic.GrievanceMechanism, Topic.DisclosureCommitment, Topic.ExitAndRestrictions];

    [Theory]
    [InlineData("Nous n'avons pas de politique des droits humains ni de plan de vigilance.", new[] { Topic.PolicyCommitment })]
    [InlineData("Une démarche de diligence raisonnable précède chaque contrat ; le dispositif d'alerte est ouvert à tous.", new[] { Topic.DueDiligence, Topic.GrievanceMechanism })]
    [InlineData("Unsere Menschenrechtsrichtlinie beschreibt die Sorgfaltsprüfung und das Hinweisgebersystem.", new[] { Topic.DueDiligence, Topic.PolicyCommitment, Topic.GrievanceMechanism })]
    [InlineData("Our policy is to review every customer and to answer every complaint we receive.", new Topic[0])]
    [InlineData("If we ever sell anything to a government in that region we will tell you.", new[] { Topic.DisclosureCommitment })]
    [InlineData("To the extent our contracts permit, we are willing to update the Resource Centre each year on our customers.", new[] { Topic.DisclosureCommitment })]
    [InlineData("Si nous devions un jour fournir de tels équipements, nous vous en informerions volontiers.", new[] { Topic.DisclosureCommitment })]
    [InlineData("Sollte sich daran etwas ändern, informieren wir Sie gern unaufgefordert.", new[] { Topic.DisclosureCommitment })]
    [InlineData("We inform our customers of every software update and train their operators.", new Topic[0])]
    [InlineData("Our contracts are confidential, so we cannot tell you the number of systems installed.", new Topic[0])]
    [InlineData("Nous ne pouvons pas vous informer des contrats en cours.", new Topic[0])]
    // Whether the company plans to stop selling is question 3's subject, in any of the three languages.
    [InlineData("At present there is no plan on our side to discontinue deliveries to these customers.", new[] { Topic.ExitAndRestrictions })]
    [InlineData("Nous n'envisageons pas de nous retirer de ce marché.", new[] { Topic.ExitAndRestrictions })]
    [InlineData("Die Belieferung der Küstenwache einzustellen, ist derzeit nicht vorgesehen.", new[] { Topic.ExitAndRestrictions })]
    // A check of customers before a sale is due diligence in all but name, except as the answer to whether to stop selling.
    [InlineData("Before we accept a distributor, our sales office runs a know-your-customer check on it.", new[] { Topic.DueDiligence })]
    [InlineData("Jede Anfrage aus dem Ausland prüfen wir, bevor wir ein Angebot abgeben.", new[] { Topic.DueDiligence })]
    [InlineData("Each contract is reviewed on renewal, and we have no plans to withdraw from these markets.", new[] { Topic.ExitAndRestrictions })]
    [InlineData("The recorder stops after thirty days, and the police may arrêter des suspects only with a warrant.", new Topic[0])]
    public void Named_FindsTheSubjectsAParagraphNamesOutright(string text, Topic[] expected) =>
        Assert.Equal(expected, SubjectCues.Named(Subjects, text));
}
