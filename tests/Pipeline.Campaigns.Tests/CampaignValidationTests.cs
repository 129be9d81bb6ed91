using Pipeline.Core.Errors;

namespace Pipeline.Campaigns.Tests;

/// <summary>Each malformed campaign gives a located issue (line, column, field) naming what is wrong — never a crash.</summary>
public sealed class CampaignValidationTests
{
    // Line numbers in the expectations below refer to this text.
    private const string Valid = """
        id: sample
        title: Sample outreach
        date_sent: 2022-07-04
        questions:
          - id: 1a
            text: What do you sell, and to whom?
            topic: products_and_clients
          - id: 2d
            text: Do you have a grievance mechanism?
            topic: grievance_mechanism
        companies:
          - name: Acme Sensors
            aliases: [Acme]
            status: responded
          - name: Borealis Optics
            status: no_response
        """;

    [Fact]
    public void Parse_ValidSample_GivesTheCampaignAndNoIssues()
    {
        // When
        var result = CampaignLoader.Parse(Valid, "sample.yaml");

        // Then
        Assert.True(result.IsValid);
        Assert.Empty(result.Issues);
        Assert.Equal(["1a", "2d"], result.Campaign!.Questions.Select(q => q.Id.Value));
        Assert.Equal("Acme Sensors", result.Campaign.FindCompany("ACME")?.Name);
        Assert.Equal(CampaignLoader.DefaultRepliesFolder, result.Campaign.RepliesFolder);
    }

    [Theory]
    [InlineData("topic: grievance_mechanism", "topic: grievance",
        "line 10, column 12: questions[1].topic: 'grievance' is not a topic (one of products_and_clients, deployment_scale,")]
    [InlineData("- id: 2d", "- id: 1a", "line 8, column 9: questions[1].id: duplicate question id '1a' (first at line 5)")]
    [InlineData("- id: 2d", "- id: 2(d)", "line 8, column 9: questions[1].id: '2(d)' is not a question id")]
    [InlineData("- id: 2d", "- id: general", "line 8, column 9: questions[1].id: 'general' is not a question id")]
    [InlineData("    text: Do you have a grievance mechanism?\n", "", "line 8, column 5: questions[1].text: required field is missing")]
    [InlineData("title: Sample outreach\n", "", "line 1, column 1: title: required field is missing")]
    [InlineData("- name: Borealis Optics", "- name: acme  sensors", "line 15, column 11: companies[1].name: 'acme  sensors' is already a name of 'Acme Sensors' (line 12)")]
    [InlineData("    status: no_response", "    aliases: [Acme]\n    status: no_response", "line 16, column 15: companies[1].aliases[0]: 'Acme' is already a name of 'Acme Sensors' (line 13)")]
    [InlineData("status: no_response", "status: ignored", "line 16, column 13: companies[1].status: 'ignored' is not a response status (one of declined, no_response, responded)")]
    [InlineData("date_sent: 2022-07-04", "date_sent: 4 July 2022", "line 3, column 12: date_sent: '4 July 2022' is not a date (expected YYYY-MM-DD")]
    [InlineData("date_sent: 2022-07-04", "date_sent: 2022-07-04\ndate_published: 2022-06-30", "line 4, column 17: date_published: 2022-06-30 is before date_sent (2022-07-04)")]
    [InlineData("    text: What do you sell", "    parent: \"2\"\n    text: What do you sell", "line 6, column 13: questions[0].parent: '2' does not match question id '1a' (expected '1')")]
    [InlineData("title: Sample outreach", "title: Sample outreach\nrepiles: answers", "line 3, column 1: repiles: unknown field 'repiles' (expected one of: id, title,")]
    [InlineData("id: sample", "id: Sample Outreach", "line 1, column 5: id: 'Sample Outreach' is not a valid id")]
    [InlineData("title: Sample outreach", "title: [Sample outreach", "line 2, column 8: not valid YAML")]
    public void Parse_MalformedSample_GivesOneLocatedIssue(string find, string replace, string expected)
    {
        // Given
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var yaml = Valid.Replace(find, replace, StringComparison.Ordinal);

        // When
        var result = CampaignLoader.Parse(yaml, "sample.yaml");

        // Then
        Assert.False(result.IsValid);
        Assert.Null(result.Campaign);
        var issue = Assert.Single(result.Issues);
        Assert.StartsWith(expected, issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReportedInFileOrder()
    {
        // Given
        var yaml = Valid
            .Replace("topic: grievance_mechanism", "topic: remedy", StringComparison.Ordinal)
            .Replace("status: responded", "status: yes", StringComparison.Ordinal)
            .Replace("date_sent: 2022-07-04", "date_sent: 2022-02-30", StringComparison.Ordinal);

        // When
        var result = CampaignLoader.Parse(yaml, "sample.yaml");

        // Then
        Assert.Equal(["date_sent", "questions[1].topic", "companies[0].status"], result.Issues.Select(i => i.Field));
        Assert.Equal([3, 10, 14], result.Issues.Select(i => i.Line));
    }

    [Fact]
    public void Parse_QuestionsNotAList_IsLocatedAtTheValue()
    {
        // When
        var result = CampaignLoader.Parse(Valid.Replace("questions:\n", "questions: none\nunused:\n", StringComparison.Ordinal), "sample.yaml");

        // Then
        Assert.Contains(result.Issues, i => i.ToString() == "line 4, column 12: questions: expected a list ('- item' lines)");
    }

    [Fact]
    public void Parse_EmptyQuestionnaireAndMalformedCompany_AreLocated()
    {
        // Given
        var yaml = "id: x\ntitle: X\nquestions: []\ncompanies:\n  - Acme Sensors\n";

        // When
        var result = CampaignLoader.Parse(yaml, "sample.yaml");

        // Then
        Assert.Equal(
            ["line 3, column 12: questions: the list is empty", "line 5, column 5: companies[0]: expected a company (name:, status: …)"],
            result.Issues.Select(i => i.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Parse_EmptyFile_IsReportedNotThrown(string yaml)
    {
        // When
        var result = CampaignLoader.Parse(yaml, "empty.yaml");

        // Then
        Assert.Equal("line 1, column 1: the file is empty", Assert.Single(result.Issues).ToString());
    }

    [Fact]
    public void Parse_ListAtTheTop_AsksForAMapping()
    {
        // When
        var result = CampaignLoader.Parse("- id: 1a\n- id: 1b\n", "list.yaml");

        // Then
        Assert.Equal("line 1, column 1: expected a mapping of fields (id:, title:, questions:, companies: …)", Assert.Single(result.Issues).ToString());
    }

    [Fact]
    public void Load_InvalidFile_ThrowsInvalidInputNamingFileLineAndField()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), $"campaign-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Valid.Replace("topic: grievance_mechanism", "topic: grievance", StringComparison.Ordinal)
            .Replace("status: responded", "status: yes", StringComparison.Ordinal));
        try
        {
            // When
            var ex = Assert.Throws<PipelineException>(() => CampaignLoader.Load(path));

            // Then
            Assert.Equal(ErrorCode.InvalidInput, ex.Code);
            Assert.Equal(path, ex.Path);
            Assert.StartsWith("line 10, column 12: questions[1].topic: 'grievance' is not a topic (one of", ex.Reason, StringComparison.Ordinal);
            Assert.EndsWith("(and 1 more; see `pipeline campaign validate`)", ex.Reason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
