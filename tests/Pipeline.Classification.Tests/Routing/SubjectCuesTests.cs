using Pipeline.Classification.Routing;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Routing;

public sealed class SubjectCuesTests
{
    private static readonly Topic[] Subjects = [Topic.DueDiligence, Topic.PolicyCommitment, Topic.GrievanceMechanism];

    [Theory]
    [InlineData("Nous n'avons pas de politique des droits humains ni de plan de vigilance.", new[] { Topic.PolicyCommitment })]
    [InlineData("Une démarche de diligence raisonnable précède chaque contrat ; le dispositif d'alerte est ouvert à tous.", new[] { Topic.DueDiligence, Topic.GrievanceMechanism })]
    [InlineData("Unsere Menschenrechtsrichtlinie beschreibt die Sorgfaltsprüfung und das Hinweisgebersystem.", new[] { Topic.DueDiligence, Topic.PolicyCommitment, Topic.GrievanceMechanism })]
    [InlineData("Our policy is to review every customer and to answer every complaint we receive.", new Topic[0])]
    public void Named_FindsTheSubjectsAParagraphNamesOutright(string text, Topic[] expected) =>
        Assert.Equal(expected, SubjectCues.Named(Subjects, text));
}
