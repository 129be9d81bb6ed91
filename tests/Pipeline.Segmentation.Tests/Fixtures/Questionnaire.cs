using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.Segmentation.Tests.Fixtures;

/// <summary>The 2022 MENA outreach questionnaire (verbatim) with a few companies, built in code.</summary>
internal static class Questionnaire
{
    public static Campaign Mena { get; } = new(
        "mena-test",
        "MENA surveillance outreach (test copy)",
        [
            Q("1a", Topic.ProductsAndClients, "Products and clients", "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
            Q("1b", Topic.DeploymentScale, "Number deployed", "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
            Q("1c", Topic.DisclosureCommitment, "Willingness to disclose", "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
            Q("2a", Topic.DueDiligence, "Human-rights due diligence", "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the Middle East and North Africa region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
            Q("2b", Topic.StakeholderEngagement, "Consultation with affected communities", "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
            Q("2c", Topic.Mitigation, "Other actions to prevent harm", "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
            Q("2d", Topic.GrievanceMechanism, "Grievance mechanism", "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
            Q("2e", Topic.PolicyCommitment, "Human-rights policy", "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
            Q("3", Topic.ExitAndRestrictions, "Plans to stop sales", "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
        ],
        [
            new Company("Thales Group", ["Thales"], "France", ResponseStatus.Responded),
            new Company("Israel Aerospace Industries", ["IAI"], "Israel", ResponseStatus.NoResponse),
            new Company("Soverign Global Solutions Ltd", ["Sovereign Global Solutions"], "United Kingdom", ResponseStatus.NoResponse),
            new Company("G4S", [], "United Kingdom", ResponseStatus.Responded),
            new Company("Elettronica Mangione", ["Elman"], "Italy", ResponseStatus.NoResponse),
        ]);

    private static Question Q(string id, Topic topic, string shortTitle, string text) =>
        new(QuestionId.Parse(id), QuestionId.Parse(id).Number, text, topic) { ShortTitle = shortTitle };

    public static string Text(string id) => Mena.FindQuestion(QuestionId.Parse(id))!.Text;

    public static ImmutableArray<QuestionId> Ids(params string[] ids) => [.. ids.Select(QuestionId.Parse)];
}
