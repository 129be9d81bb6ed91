using Pipeline.Reporting;
using Pipeline.Reporting.Selection;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Workflows.Tests.ComparisonStreaming;

/// <summary>compare and report read the index company by company (issue 17): each reply once, and the same outputs as the whole comparison.</summary>
public sealed class IndexedComparisonPartsTests(GeneratedIndex generated) : IClassFixture<GeneratedIndex>
{
    [Fact]
    public void ReadingEveryRow_ReadsEachReplyOnce()
    {
        // Given the generated campaign's index, with every read of a reply's segments counted
        using var index = SegmentIndex.Open(generated.Index);
        var reads = new Dictionary<string, int>(StringComparer.Ordinal);
        IReadOnlyList<IndexedSegment> Read(IReadOnlyList<string> ids)
        {
            foreach (var id in ids)
            {
                reads[id] = reads.GetValueOrDefault(id) + 1;
            }

            return index.ReadSegments(generated.Campaign.Id, ids);
        }

        var parts = new IndexedComparisonParts(index, generated.Campaign, IndexedComparisonOptions.Default, Read);

        // When every row is read, as a renderer reads them, then the replies whose company is undetermined
        var rows = parts.Outline.Companies.Select(parts.Read).ToList();
        var undetermined = parts.Undetermined();

        // Then each of the 8 replies was read exactly once — the alias's and the unlisted company's included
        Assert.Equal(generated.DocumentIds.Order(StringComparer.Ordinal), reads.Keys.Order(StringComparer.Ordinal));
        Assert.All(reads, r => Assert.Equal(1, r.Value));
        Assert.Equal(["Alder Systems", "Birch Analytics", "Cedar Robotics", "Dogwood Sensors"], parts.Outline.Companies.Select(c => c.Name));
        Assert.Equal(12, rows[0].QuestionCells.Sum(c => c.Answers.Length));
        Assert.NotEmpty(undetermined!.Items);
        Assert.All(undetermined.Items, i => Assert.Null(i.Company));
    }

    [Theory]
    [InlineData(ComparisonFormat.Csv, CompareBy.Question)]
    [InlineData(ComparisonFormat.Json, CompareBy.Question)]
    [InlineData(ComparisonFormat.Json, CompareBy.Topic)]
    [InlineData(ComparisonFormat.Html, CompareBy.Question)]
    [InlineData(ComparisonFormat.Html, CompareBy.Topic)]
    public void StreamedComparison_EqualsTheWholeOne(ComparisonFormat format, CompareBy by) =>
        StreamedOutputs.AssertSame(generated.Index, generated.Campaign, format, by, atLeast: 1000);

    [Fact]
    public void StreamedWorkbook_EqualsTheWholeOne_WithTheUndeterminedCompanysCommitmentsBetweenListedAndUnlisted()
    {
        // When
        var (old, streamed) = StreamedOutputs.Compare(generated.Index, generated.Campaign, ComparisonFormat.Xlsx, CompareOptions.Default);

        // Then every part is the same, and the ledger sheet lists Alder, Birch, the undetermined company, then Dogwood
        var ledger = StreamedOutputs.AssertSameParts(old, streamed)["xl/worksheets/sheet4.xml"];
        Assert.True(ledger.IndexOf("Birch Analytics", StringComparison.Ordinal) < ledger.IndexOf("unknown.pdf", StringComparison.Ordinal));
        Assert.True(ledger.IndexOf("unknown.pdf", StringComparison.Ordinal) < ledger.IndexOf("Dogwood Sensors", StringComparison.Ordinal));
    }

    [Fact]
    public void StreamedReport_EqualsTheWholeOne()
    {
        // When
        var (old, streamed) = StreamedOutputs.Report(generated.Index, generated.Campaign, reuseMarks: false);

        // Then
        var text = System.Text.Encoding.UTF8.GetString(streamed);
        Assert.Contains("<h3>(company undetermined)</h3>", text, StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(old), text);
    }
}
