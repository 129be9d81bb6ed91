using Pipeline.Reporting;
using Pipeline.Reporting.Selection;
using Pipeline.Workflows.Tests.Commitments;

namespace Pipeline.Workflows.Tests.ComparisonStreaming;

/// <summary>
/// On the demo campaign (ingested with the shipped models), every output of compare and report streamed from the index
/// company by company is byte for byte the output of the whole comparison (issue 17).
/// </summary>
public sealed partial class DemoStreamedOutputsTests(DemoLedgerFixture demo) : IClassFixture<DemoLedgerFixture>
{
    [Theory]
    [InlineData(ComparisonFormat.Csv, CompareBy.Question)]
    [InlineData(ComparisonFormat.Csv, CompareBy.Topic)]
    [InlineData(ComparisonFormat.Json, CompareBy.Question)]
    [InlineData(ComparisonFormat.Json, CompareBy.Topic)]
    [InlineData(ComparisonFormat.Html, CompareBy.Question)]
    [InlineData(ComparisonFormat.Html, CompareBy.Topic)]
    public void StreamedComparison_EqualsTheWholeOne(ComparisonFormat format, CompareBy by) =>
        StreamedOutputs.AssertSame(demo.Index, demo.Campaign, format, by, atLeast: 10_000);

    [Theory]
    [InlineData(CompareBy.Question)]
    [InlineData(CompareBy.Topic)]
    public void StreamedWorkbook_EqualsTheWholeOne(CompareBy by)
    {
        // When
        var (old, streamed) = StreamedOutputs.Compare(demo.Index, demo.Campaign, ComparisonFormat.Xlsx, StreamedOutputs.Options(by));

        // Then the same six sheets, each the same
        var parts = StreamedOutputs.AssertSameParts(old, streamed);
        Assert.Contains("xl/worksheets/sheet6.xml", parts.Keys);
    }

    [Fact]
    public void StreamedWorkbook_OfSelectedCompanies_EqualsTheWholeOne()
    {
        // Given two companies picked in the reverse of the campaign's order: the ledger sheet keeps the ledger's order
        var picked = CompareOptions.Default with { Companies = [demo.Campaign.Companies[3].Name, demo.Campaign.Companies[0].Name] };

        // When
        var (old, streamed) = StreamedOutputs.Compare(demo.Index, demo.Campaign, ComparisonFormat.Xlsx, picked);

        // Then
        StreamedOutputs.AssertSameParts(old, streamed);
    }

    [Fact]
    public void StreamedReport_EqualsTheWholeOne()
    {
        // When
        var (old, streamed) = StreamedOutputs.Report(demo.Index, demo.Campaign);

        // Then
        var text = System.Text.Encoding.UTF8.GetString(streamed);
        Assert.Contains("id=\"commitments\"", text, StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(old), text);
    }
}
