using Pipeline.Core.Campaigns;

namespace Pipeline.Core.Tests;

/// <summary>Campaign.FindCompany looks names up by key (issue 17) and answers as the scan of the list in order did.</summary>
public sealed class CampaignFindCompanyTests
{
    private static readonly Campaign Campaign = new(
        "c",
        "C",
        [],
        [
            new Company("Alder Systems", ["Alder", "AS"], null, ResponseStatus.Responded),
            new Company("Birch", ["AS"], null, ResponseStatus.NoResponse),
        ]);

    [Theory]
    [InlineData("Alder Systems", "Alder Systems")]
    [InlineData("alder", "Alder Systems")]
    [InlineData("BIRCH", "Birch")]
    [InlineData("as", "Alder Systems")] // an alias two companies share: the first on the list, as before
    [InlineData("Cedar", null)]
    public void FindCompany_ByNameOrAlias_CaseIgnored(string name, string? expected) =>
        Assert.Equal(expected, Campaign.FindCompany(name)?.Name);

    [Fact]
    public void FindCompany_OnACopyWithOtherCompanies_FindsTheCopysCompanies()
    {
        // Given a lookup already made for the campaign
        Assert.NotNull(Campaign.FindCompany("Birch"));

        // When a copy replaces the list
        var copy = Campaign with { Companies = [new Company("Cedar", [], null, ResponseStatus.Responded)] };

        // Then the copy finds its own companies only, and the original is unchanged
        Assert.Null(copy.FindCompany("Birch"));
        Assert.Equal("Cedar", copy.FindCompany("cedar")?.Name);
        Assert.Equal("Birch", Campaign.FindCompany("Birch")?.Name);
    }
}
