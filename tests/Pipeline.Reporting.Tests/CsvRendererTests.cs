using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Reporting.Csv;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;

namespace Pipeline.Reporting.Tests;

public sealed class CsvRendererTests
{
    [Fact]
    public void ByQuestion_StartsWithABom_AndEndsEveryRecordWithCrlf()
    {
        // When
        var bytes = Rendered.Bytes(ComparisonFormat.Csv);

        // Then
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("campaign,company,question,status,topics,text,file,pages,confidence,needs_review,corrected,reason\r\n", text);
        Assert.EndsWith("\r\n", text);
    }

    [Fact]
    public void ByQuestion_ParsesBack_OneRowPerCompanyAndQuestion_WithTheFixtureStatuses()
    {
        // When
        var records = Parse(Rendered.Bytes(ComparisonFormat.Csv));

        // Then
        Assert.Equal(CsvComparisonRenderer.QuestionColumns, records[0]);
        var rows = records.Skip(1).ToList();
        Assert.All(rows, r => Assert.Equal(12, r.Length));
        Assert.All(rows, r => Assert.Equal("mena-2022-test", r[0]));
        Assert.Equal(ExpectedMatrix.Cells.ToList(), rows.Select(r => (r[1], r[2], r[3])).ToList());
    }

    [Fact]
    public void TextWithQuotesCommasNewlinesAndMarkup_RoundTripsExactly()
    {
        // When
        var rows = Parse(Rendered.Bytes(ComparisonFormat.Csv)).Skip(1).ToList();

        // Then: the injected markup is data in a CSV and stays verbatim
        var borealis = rows.Single(r => r[1] == "Borealis Forensics" && r[2] == "2c");
        Assert.Equal(["mitigation", ComparisonFixture.InjectedAnswer, "Borealis_reply_2022.pdf", "2;3", "0.8", "false", "", ""], borealis[4..]);
        var delphine = rows.Single(r => r[1] == "Delphine Systèmes" && r[2] == "2c");
        Assert.Equal(ComparisonFixture.FrenchAnswer, delphine[5]);
        Assert.Equal("delphine-réponse.pdf", delphine[6]);
        var huadian = rows.Single(r => r[1] == ComparisonFixture.NoCells && r[2] == "1a");
        Assert.Equal(["no_response", "", "", "", "", "", "false", "", ""], huadian[3..]);
    }

    [Fact]
    public void CellWithTwoExcerpts_JoinsTextsAndTopics_AndWordReplyHasNoPages()
    {
        // When
        var rows = Parse(Rendered.Bytes(ComparisonFormat.Csv)).Skip(1).ToList();
        var castellan = rows.Single(r => r[1] == "Castellan Security" && r[2] == "2c");

        // Then
        Assert.Equal("mitigation;exit_and_restrictions", castellan[4]);
        Assert.Equal("Contracts forbid use for mass surveillance.\n\nWe run annual audits of our distributors, and we suspend deliveries, when needed, to customers under investigation.", castellan[5]);
        Assert.Equal(["castellan-letter.docx", "", "0.9", "true", "", ""], castellan[6..]);
    }

    [Fact]
    public void ByTopic_ParsesBack_WithPassageCountsAndTheStrongestPassage()
    {
        // When
        var records = Parse(Rendered.Bytes(ComparisonFormat.Csv, CompareOptions.Default with { By = CompareBy.Topic }));

        // Then
        Assert.Equal(CsvComparisonRenderer.TopicColumns, records[0]);
        Assert.Equal(9 * 12, records.Count - 1);
        var mitigation = records.Single(r => r[1] == "Castellan Security" && r[2] == "mitigation");
        Assert.Equal(["2", "Contracts forbid use for mass surveillance.", "castellan-letter.docx", "", "0.83", ""], mitigation[3..]);
        Assert.All(records.Where(r => r[1] == "Sabre Optronics"), r => Assert.Equal(["0", "", "", "", "", ""], r[3..]));
    }

    [Fact]
    public void Subset_WritesOnlyTheSelectedRows_InTheGivenOrder()
    {
        // Given
        var options = CompareOptions.Default with { Questions = [QuestionId.Parse("2d")], Companies = ["Delphine", "Aquila"] };

        // When
        var rows = Parse(Rendered.Bytes(ComparisonFormat.Csv, options)).Skip(1).ToList();

        // Then
        Assert.Equal([("Delphine Systèmes", "2d", "not_addressed"), ("Aquila Aerospace", "2d", "answered")], rows.Select(r => (r[1], r[2], r[3])));
    }

    private static List<string[]> Parse(byte[] bytes) => StrictCsv.Parse(Encoding.UTF8.GetString(bytes[3..]));
}
