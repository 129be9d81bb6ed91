using System.Text.Json;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;

namespace Pipeline.Reporting.Tests;

public sealed class JsonRendererTests
{
    [Fact]
    public void ByQuestion_DescribesTheMatrix_WithTheFixtureStatuses()
    {
        // When
        using var json = JsonDocument.Parse(Rendered.Bytes(ComparisonFormat.Json));
        var root = json.RootElement;

        // Then
        Assert.Equal("mena-2022-test", root.GetProperty("campaign").GetProperty("id").GetString());
        Assert.Equal(ComparisonFixture.Campaign.Title, root.GetProperty("campaign").GetProperty("title").GetString());
        Assert.Equal("2022-09-28", root.GetProperty("campaign").GetProperty("datePublished").GetString());
        Assert.Equal("question", root.GetProperty("by").GetString());
        Assert.Equal(ExpectedMatrix.Companies, root.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(ExpectedMatrix.Questions, root.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        var cells = root.GetProperty("cells").EnumerateArray()
            .Select(c => (c.GetProperty("company").GetString()!, c.GetProperty("question").GetString()!, c.GetProperty("status").GetString()!));
        Assert.Equal(ExpectedMatrix.Cells.ToList(), cells.ToList());
    }

    [Fact]
    public void Cell_CarriesTopicsConfidenceAndAnswersWithProvenance()
    {
        // When
        using var json = JsonDocument.Parse(Rendered.Bytes(ComparisonFormat.Json));
        var cell = json.RootElement.GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("company").GetString() == "Borealis Forensics" && c.GetProperty("question").GetString() == "2c");

        // Then
        Assert.Equal(["mitigation"], cell.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(0.8, cell.GetProperty("confidence").GetDouble());
        var answer = Assert.Single(cell.GetProperty("answers").EnumerateArray());
        Assert.Equal(ComparisonFixture.InjectedAnswer, answer.GetProperty("text").GetString());
        Assert.Equal("Borealis_reply_2022.pdf", answer.GetProperty("file").GetString());
        Assert.Equal([2, 3], answer.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal(ComparisonFixture.DocumentId("Borealis_reply_2022.pdf"), answer.GetProperty("documentId").GetString());
        Assert.Equal("restated", answer.GetProperty("method").GetString());
    }

    [Fact]
    public void Companies_SayWhetherListedAndHowTheyResponded()
    {
        // When
        using var json = JsonDocument.Parse(Rendered.Bytes(ComparisonFormat.Json));
        var companies = json.RootElement.GetProperty("companies").EnumerateArray().ToList();

        // Then
        Assert.Equal("no_response", companies[7].GetProperty("status").GetString());
        Assert.Empty(companies[7].GetProperty("files").EnumerateArray());
        Assert.False(companies[8].GetProperty("listed").GetBoolean());
        Assert.Equal(["castellan-border-services.pdf"], companies[8].GetProperty("files").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void ByTopic_HasTwelveTopicColumns_AndCellsWithPassageCounts()
    {
        // When
        using var json = JsonDocument.Parse(Rendered.Bytes(ComparisonFormat.Json, CompareOptions.Default with { By = CompareBy.Topic }));
        var root = json.RootElement;

        // Then
        Assert.Equal("topic", root.GetProperty("by").GetString());
        Assert.Equal(12, root.GetProperty("topics").GetArrayLength());
        Assert.Equal("grievance_mechanism", root.GetProperty("topics")[6].GetProperty("id").GetString());
        Assert.Equal(9 * 12, root.GetProperty("cells").GetArrayLength());
        var cell = root.GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("company").GetString() == "Castellan Security" && c.GetProperty("topic").GetString() == "mitigation");
        Assert.Equal(2, cell.GetProperty("passages").GetInt32());
        Assert.Equal(0.83, cell.GetProperty("score").GetDouble());
        Assert.Equal("Contracts forbid use for mass surveillance.", cell.GetProperty("answers")[0].GetProperty("text").GetString());
    }
}
