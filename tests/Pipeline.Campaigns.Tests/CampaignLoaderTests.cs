using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Core.Topics;

namespace Pipeline.Campaigns.Tests;

public sealed class CampaignLoaderTests
{
    [Fact]
    public void Load_MenaCampaign_HasTheNineQuestionsVerbatimWithTheirTopics()
    {
        // When
        var campaign = CampaignLoader.Load(CampaignFiles.Mena);

        // Then
        Assert.Equal("mena-surveillance-2022", campaign.Id);
        Assert.Equal(["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"], campaign.Questions.Select(q => q.Id.Value));
        Assert.Equal(
            [Topic.ProductsAndClients, Topic.DeploymentScale, Topic.DisclosureCommitment, Topic.DueDiligence, Topic.StakeholderEngagement,
             Topic.Mitigation, Topic.GrievanceMechanism, Topic.PolicyCommitment, Topic.ExitAndRestrictions],
            campaign.Questions.Select(q => q.Topic));
        Assert.Equal(
            "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?",
            campaign.FindQuestion(QuestionId.Parse("2b"))!.Text);
        Assert.Equal("2", campaign.FindQuestion(QuestionId.Parse("2d"))!.Parent);
        Assert.Equal("Grievance mechanism", campaign.FindQuestion(QuestionId.Parse("2d"))!.ShortTitle);
    }

    [Fact]
    public void Load_MenaCampaign_ListsTheTwentyFourCompaniesWithTheSeedsStatuses()
    {
        // When
        var campaign = CampaignLoader.Load(CampaignFiles.Mena);

        // Then
        Assert.Equal(24, campaign.Companies.Length);
        Assert.Equal(
            ["Airbus", "Cellebrite", "G4S", "Thales Group", "IrisGuard"],
            campaign.Companies.Where(c => c.Status == ResponseStatus.Responded).Select(c => c.Name));
        Assert.Equal(19, campaign.Companies.Count(c => c.Status == ResponseStatus.NoResponse));
        Assert.NotNull(campaign.FindCompany("Soverign Global Solutions Ltd"));
        Assert.Equal("Israel Aerospace Industries", campaign.FindCompany("IAI")?.Name);
        Assert.Equal("Thales Group", campaign.FindCompany("thales")?.Name);
        Assert.Equal("Elettronica Mangione", campaign.FindCompany("Elman")?.Name);
    }

    [Fact]
    public void Load_MenaCampaign_ReadsDatesSourceAndDefaultsRelativeToTheFile()
    {
        // When
        var campaign = CampaignLoader.Load(CampaignFiles.Mena);

        // Then: "July 2022" is written 2022-07 and read as the month's first day
        Assert.Equal(new DateOnly(2022, 7, 1), campaign.DateSent);
        Assert.Equal(new DateOnly(2022, 9, 28), campaign.DatePublished);
        Assert.StartsWith("https://www.business-humanrights.org/", campaign.SourceUrl, StringComparison.Ordinal);
        Assert.Equal("replies", campaign.RepliesFolder);
        Assert.Equal(CampaignFiles.Mena, campaign.FilePath);
    }

    [Fact]
    public void Load_DemoCampaign_HasTheSameQuestionnaireAndEighteenFictionalCompanies()
    {
        // When
        var demo = CampaignLoader.Load(CampaignFiles.Demo);
        var mena = CampaignLoader.Load(CampaignFiles.Mena);

        // Then
        Assert.True(mena.Questions.SequenceEqual(demo.Questions));
        Assert.Equal(18, demo.Companies.Length);
        Assert.Equal(new ResponseSummary(18, 15, 1, 2), ResponseSummary.Of(demo));
        Assert.Equal("Tarrow Perimeter Group", Assert.Single(demo.Companies, c => c.Status == ResponseStatus.Declined).Name);
        Assert.Empty(demo.Companies.Select(c => c.Name).Intersect(mena.Companies.SelectMany(c => c.AllNames), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void ResponseSummary_Mena_IsFiveOfTwentyFour()
    {
        // When
        var summary = ResponseSummary.Of(CampaignLoader.Load(CampaignFiles.Mena));

        // Then
        Assert.Equal(5, summary.Replied);
        Assert.Equal(5.0 / 24, summary.ResponseRate, precision: 10);
    }

    [Fact]
    public void Load_MissingFile_IsAnIoError()
    {
        // When
        var ex = Assert.Throws<PipelineException>(() => CampaignLoader.Load("/nonexistent/campaign.yaml"));

        // Then
        Assert.Equal(ErrorCode.IoError, ex.Code);
        Assert.Equal("/nonexistent/campaign.yaml", ex.Path);
    }
}
