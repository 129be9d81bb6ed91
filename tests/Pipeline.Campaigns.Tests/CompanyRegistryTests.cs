namespace Pipeline.Campaigns.Tests;

/// <summary>The company registry campaigns share: read with located problems, used by validation, and the repeated-question link.</summary>
public sealed class CompanyRegistryTests : IDisposable
{
    private const string Registry = """
        companies:
          - name: Acme Sensors Group
            aliases: [Acme Sensors, Acme]
            country: Germany
          - name: Acme Sensors UK
            parent: Acme Sensors Group
          - name: Borealis Optics
        """;

    private const string Campaign = """
        id: follow-up-2024
        title: Follow-up
        date_sent: 2024-06-03
        registry: registry.yaml
        questions:
          - id: 2d
            text: Do you have a grievance mechanism?
            topic: grievance_mechanism
            same_as: sample-2022/2d
          - id: 4
            text: Do you use facial recognition?
            topic: products_and_clients
        companies:
          - name: Acme
            status: responded
          - name: Borealis Optics
            status: no_response
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-registry-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_Registry_FindsACompanyByAnyNameAndItsParent()
    {
        // Given
        var path = Write("registry.yaml", Registry);

        // When
        var registry = CompanyRegistryLoader.Load(path);

        // Then
        Assert.Equal("Acme Sensors Group", registry.Find("acme  sensors")?.Name);
        Assert.Equal("Germany", registry.Find("ACME")?.Country);
        Assert.Null(registry.Find("Acme Optics"));
        Assert.Equal(["Acme Sensors UK"], registry.SubsidiariesOf(registry.Find("Acme")!).Select(c => c.Name));
    }

    [Theory]
    [InlineData("    parent: Acme Sensors Group", "    parent: Acme Holding", "line 5, column 5: companies[1].parent: 'Acme Holding' is not a company of this registry")]
    [InlineData("  - name: Borealis Optics", "  - name: acme", "line 7, column 11: companies[2].name: 'acme' is already a name of 'Acme Sensors Group' (line 3)")]
    [InlineData("companies:", "firms:", "line 1, column 1: firms: unknown field 'firms'")]
    public void Read_MalformedRegistry_GivesALocatedIssue(string find, string replace, string expected)
    {
        // Given
        var path = Write("registry.yaml", Registry.Replace(find, replace, StringComparison.Ordinal));

        // When
        var (registry, issues) = CompanyRegistryLoader.Read(path);

        // Then
        Assert.Null(registry);
        Assert.StartsWith(expected, issues[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CampaignWithRegistry_ResolvesItsCompaniesAndSameAs()
    {
        // Given
        Write("registry.yaml", Registry);
        var path = Write("campaign.yaml", Campaign);

        // When
        var campaign = CampaignLoader.Load(path);

        // Then
        Assert.Equal("Acme Sensors Group", campaign.Registry!.Find(campaign.Companies[0])!.Name);
        Assert.Equal("sample-2022/2d", campaign.Questions[0].SameAs?.ToString());
        Assert.Null(campaign.Questions[1].SameAs);
    }

    [Fact]
    public void Read_CampaignCompanyUnknownToTheRegistry_IsNamedWithItsLine()
    {
        // Given
        Write("registry.yaml", Registry);
        var path = Write("campaign.yaml", Campaign.Replace("- name: Borealis Optics", "- name: Cobalt Vision", StringComparison.Ordinal));

        // When
        var result = CampaignLoader.Read(path);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.StartsWith("line 16, column 5: companies[1].name: 'Cobalt Vision' is not in the company registry", issue.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("same_as: sample-2022/2d", "same_as: 2d", "questions[0].same_as: '2d' is not a question of another campaign")]
    [InlineData("registry: registry.yaml", "registry: missing.yaml", "registry: no company registry at")]
    public void Read_BadLink_IsAnIssue(string find, string replace, string expected)
    {
        // Given
        Write("registry.yaml", Registry);
        var path = Write("campaign.yaml", Campaign.Replace(find, replace, StringComparison.Ordinal));

        // When
        var result = CampaignLoader.Read(path);

        // Then
        Assert.Contains(result.Issues, i => i.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BundledCampaigns_EveryCompanyIsInTheSharedRegistry()
    {
        // When
        var demo = CampaignLoader.Load(CampaignFiles.Demo);
        var mena = CampaignLoader.Load(CampaignFiles.Mena);

        // Then
        Assert.All(demo.Companies.Concat(mena.Companies), c => Assert.NotNull(demo.Registry!.Find(c)));
        Assert.Equal("Thales Group", mena.Registry!.Find("Thales")!.Name);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
