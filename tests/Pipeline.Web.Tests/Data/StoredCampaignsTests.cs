using Pipeline.Campaigns;
using Pipeline.Web.Data;
using Pipeline.Web.Tests.Fixtures;
using Pipeline.Workflows;

namespace Pipeline.Web.Tests.Data;

/// <summary>The server parses a stored campaign once per version of its file, and again after an ingest writes it anew.</summary>
public sealed class StoredCampaignsTests
{
    [Fact]
    public void Load_KeepsTheParsedCampaign_UntilAnIngestStoresItsFileAgain()
    {
        // Given a campaign stored with an index, loaded once
        using var folder = new TempFolder("stored-campaigns");
        var index = folder.Combine("index");
        Store(folder, index, "Surveillance at the border");
        var campaigns = new StoredCampaigns(index);
        var first = campaigns.Load("border");

        // When it is loaded again with nothing changed, then after an ingest stores a new title
        var again = campaigns.Load("border");
        Store(folder, index, "Surveillance at the border, second round");
        var after = campaigns.Load("border");

        // Then the first two are one parse; the third reads the new file
        Assert.Same(first, again);
        Assert.Equal("Surveillance at the border", first.Title);
        Assert.Equal("Surveillance at the border, second round", after.Title);
        Assert.Equal(["2d"], after.Questions.Select(q => q.Id.Value));
    }

    [Fact]
    public void Load_AnUnknownCampaign_IsTheStoresError()
    {
        // Given an index folder holding one campaign
        using var folder = new TempFolder("stored-campaigns");
        var index = folder.Combine("index");
        Store(folder, index, "Surveillance at the border");

        // When / Then
        var error = Assert.Throws<Core.Errors.PipelineException>(() => new StoredCampaigns(index).Load("elsewhere"));
        Assert.Contains("no campaign 'elsewhere' in this index (it holds: border)", error.Message, StringComparison.Ordinal);
    }

    private static void Store(TempFolder folder, string index, string title)
    {
        var file = folder.Combine("campaign.yaml");
        File.WriteAllText(file, $"""
            id: border
            title: "{title}"
            questions:
              - id: 2d
                parent: "2"
                title: Grievance mechanism
                topic: grievance_mechanism
                text: Does your company have a grievance mechanism?
            companies:
              - name: Acme
                status: responded
            """);
        CampaignStore.Save(index, CampaignLoader.Load(file));
    }
}
