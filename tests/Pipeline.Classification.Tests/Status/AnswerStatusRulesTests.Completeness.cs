using Pipeline.Classification.Status;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using static Pipeline.Classification.Tests.Fakes.Fixtures;

namespace Pipeline.Classification.Tests.Status;

/// <summary>Status from whether the answer gives what the question asks: figures, a policy, the people consulted, the clients.</summary>
public sealed partial class AnswerStatusRulesTests
{
    private static readonly Question ConsultsCommunities = new(
        QuestionId.Parse("2b"),
        "2",
        "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?",
        Topic.StakeholderEngagement);

    private static readonly Question HumanRightsPolicy = new(
        QuestionId.Parse("2e"),
        "2",
        "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?",
        Topic.PolicyCommitment);

    [Theory]
    [InlineData("The number of installations we have delivered is limited: a handful of coastal stations and one operations centre on the southern coast.", AnswerStatus.Partial)]
    [InlineData("Il s'agit de plusieurs centaines de caméras sur les dix dernières années, dont une partie seulement aux points de passage.", AnswerStatus.Partial)]
    [InlineData("Over the last decade we shipped around 300 night-vision units to our distributor, and several went to the coast guard.", AnswerStatus.Answered)]
    // A year or a span of years is no figure; a round figure in words is one.
    [InlineData("Since 2016 several hundred thermal cameras have gone to the region through integrators, a few of them to land crossings.", AnswerStatus.Partial)]
    [InlineData("Over the last 8 years a handful of our patrol radars have been installed on the coast, none of them in camps.", AnswerStatus.Partial)]
    [InlineData("Depuis 2015, nous avons livré une trentaine de bornes, dont plusieurs aux postes-frontières terrestres du pays.", AnswerStatus.Answered)]
    public void AskedHowMany_VagueQuantitiesWithoutAFigure_ArePartial(string text, AnswerStatus expected)
    {
        // Given an answer to 1b with or without a figure
        var segments = new[] { Answer("1b", P(text, Topic.DeploymentScale)) };

        // When
        var status = AnswerStatusRules.Decide(Responded, HowMany, segments, hasReply: true);

        // Then
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Our Code of Conduct, which applies to all employees, sets out our commitment to respect human rights in every market where we operate.", AnswerStatus.Partial)]
    [InlineData("Unser Verhaltenskodex gilt für alle Geschäftsbereiche und verpflichtet uns zur Achtung der Menschenrechte in allen Märkten, in denen wir tätig sind.", AnswerStatus.Partial)]
    [InlineData("Our Code of Conduct applies to all employees and requires respect for human rights. We do not have a separate human rights policy for border agencies.", AnswerStatus.Answered)]
    [InlineData("Our Code of Conduct applies to all sales, and every offer to a border agency outside the EU must be approved by the board after a written assessment.", AnswerStatus.Answered)]
    [InlineData("Our Human Rights Policy, adopted in 2020, commits us to the UN Guiding Principles and applies to all sales to government customers.", AnswerStatus.Answered)]
    public void AskedForAPolicy_AGeneralCodeAlone_IsPartial(string text, AnswerStatus expected)
    {
        // Given an answer to 2e
        var segments = new[] { Answer("2e", P(text, Topic.PolicyCommitment)) };

        // When
        var status = AnswerStatusRules.Decide(Responded, HumanRightsPolicy, segments, hasReply: true);

        // Then a general code, with no policy of its own, no process and no plain no, is partial
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("We maintain a regular dialogue with non-governmental organisations, academia and international organisations, and we take part in forums on business and human rights.", AnswerStatus.Partial)]
    [InlineData("We have not consulted migrants or refugees directly, and we accept that this is a gap in what we do; we did meet two sea-rescue NGOs last year.", AnswerStatus.Answered)]
    [InlineData("In 2021 we held consultation sessions with camp residents and with a local human rights organisation, and we moved six cameras as a result.", AnswerStatus.Answered)]
    [InlineData("Not as part of the assessment described above, but we met two Slovenian NGOs in 2021 to discuss our policy and its application.", AnswerStatus.Answered)]
    public void AskedAboutConsultingAffectedCommunities_OrganisationsAlone_ArePartial(string text, AnswerStatus expected)
    {
        // Given an answer to 2b
        var segments = new[] { Answer("2b", P(text, Topic.StakeholderEngagement)) };

        // When
        var status = AnswerStatusRules.Decide(Responded, ConsultsCommunities, segments, hasReply: true);

        // Then dialogue with organisations that never mentions the people affected is partial
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("We can send you our current product list and update it once a year.", "Customer names are covered by confidentiality clauses and we will not share them.", AnswerStatus.Partial)]
    [InlineData("Nous pouvons vous communiquer, si vous le souhaitez, la liste à jour de nos produits.", "L'identité de nos clients publics relève des contrats qui nous lient à eux et n'a pas vocation à être diffusée.", AnswerStatus.Partial)]
    [InlineData("We would be glad to confirm, on request, whether we supply a named agency, subject to our customers' consent.", "", AnswerStatus.Partial)]
    [InlineData("I can send you news about our cameras whenever you wish.", "Naming the ministries we work for is their decision, however.", AnswerStatus.Partial)]
    [InlineData("We are happy to send you an updated list of our government customers every year.", "Please write to our compliance office.", AnswerStatus.Answered)]
    public void AskedForListsOfProductsAndClients_AnOfferThatKeepsTheClientsBack_IsPartial(string offer, string caveat, AnswerStatus expected)
    {
        // Given a 1c answer offering a list and withholding something
        var segments = new[] { Answer("1c", P($"{offer} {caveat}", Topic.DisclosureCommitment)) };

        // When
        var status = AnswerStatusRules.Decide(Responded, UpdatedLists, segments, hasReply: true);

        // Then withholding who the clients are leaves out a main part of the question (a refusal of contract values beside
        // an offer is RefusingSentence_AboutSomethingElse_LeavesTheAnswerWhole)
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("We will gladly keep the Resource Centre informed of our work in the region through our annual sustainability report.", AnswerStatus.Partial)]
    [InlineData("We are willing to inform the Resource Centre of new contracts once the customers have made them public.", AnswerStatus.Partial)]
    [InlineData("We will send the Resource Centre an updated list of our border-agency customers and the systems they operate every year.", AnswerStatus.Answered)]
    [InlineData("We will send the Resource Centre the names of our new customers when we deliver to public authorities in the region.", AnswerStatus.Answered)]
    [InlineData("Our policies are on our website. We would be glad to come back to your request for lists once the litigation has been concluded.", AnswerStatus.Declined)]
    public void AskedForListsOfProductsAndClients_AnOfferOfPublishedMaterialOnly_IsPartial(string text, AnswerStatus expected)
    {
        // Given a 1c answer that offers something
        var segments = new[] { Answer("1c", P(text, Topic.DisclosureCommitment)) };

        // When
        var status = AnswerStatusRules.Decide(Responded, UpdatedLists, segments, hasReply: true);

        // Then a report, a website or what is public anyway is not the lists asked for; putting it off until legal
        // proceedings are over declines it for now
        Assert.Equal(expected, status);
    }
}
