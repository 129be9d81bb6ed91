using System.Text.RegularExpressions;
using Pipeline.Reporting.Findings;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;

namespace Pipeline.Reporting.Tests;

public sealed partial class ReportTests
{
    [Fact]
    public void Header_GivesTitleOrganisationDatesAndAnEncodedSourceLink()
    {
        // When
        var html = Rendered.Report();

        // Then
        Assert.Contains("<h1>MENA: surveillance tech &amp; due diligence in migration and border control (test)</h1>", html);
        Assert.Contains("Business &amp; Human Rights Resource Centre · questions sent 1 July 2022 · published 28 September 2022", html);
        Assert.Contains("<a href=\"https://example.org/outreach/mena-2022?lang=en&amp;view=all\" rel=\"noopener noreferrer\">", html);
    }

    [Fact]
    public void SourceLink_WithAScriptScheme_StaysInertText()
    {
        // Given
        var comparison = ComparisonFixture.Comparison with { Campaign = ComparisonFixture.Campaign with { SourceUrl = "javascript:alert(1)" } };

        // When
        var html = Rendered.Report(comparison);

        // Then
        Assert.DoesNotContain("href=\"javascript", html);
        Assert.Contains("source: javascript:alert(1)", html);
    }

    [Fact]
    public void Response_StatesTheRate_AndListsRespondentsAndNonResponders()
    {
        // When
        var html = Rendered.Report();

        // Then
        Assert.Contains("<p class=\"lead\"><strong>5 of 8 companies replied (63%); 3 did not respond.</strong></p>", html);
        Assert.Equal(["Sabre Optronics", "Elbe Defence Systems", "Huadian Vision Co., Ltd."], NameList(html, "no-response"));
        Assert.Equal(6, NameList(html, "replied").Length);
        Assert.Contains("<h3>Replied (6, including 1 not on the campaign's list)</h3>", html);
        Assert.Contains("Castellan Border Services <span class=\"note\">(not on the campaign's list)</span>", html);
    }

    [Fact]
    public void Decliners_OfTheWholeOutreach_AreListedApart()
    {
        // When
        var html = Rendered.Report(Variant.WithRefusal("Nimbus Defence"));

        // Then
        Assert.Equal(["Nimbus Defence"], NameList(html, "declined"));
        Assert.DoesNotContain("Nimbus Defence", NameList(html, "replied"));
    }

    [Fact]
    public void Findings_AreTheComputedOnes_BesidesTheResponseRate()
    {
        // Given
        var expected = FindingsEngine.Default.Find(ComparisonFixture.Comparison).Skip(1).Select(f => f.Text);

        // When
        var items = FindingItem().Matches(Rendered.Report()).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

        // Then
        Assert.Equal(expected, items);
    }

    [Fact]
    public void StatusChart_HasASegmentPerQuestionAndStatus_SummingToTheRespondents()
    {
        // Given: how many (question, status) pairs occur among the six companies that replied
        var expected = ExpectedMatrix.RespondentCells.Select(c => (c.Question, c.Status)).Distinct().ToList();

        // When
        var html = Rendered.Report();
        var segments = Segment().Matches(html).Select(m => (m.Groups["q"].Value, m.Groups["s"].Value, int.Parse(m.Groups["n"].Value))).ToList();

        // Then
        Assert.Equal(expected.OrderBy(x => x).ToList(), segments.Select(s => (s.Item1, s.Item2)).OrderBy(x => x).ToList());
        Assert.All(segments.GroupBy(s => s.Item1), g => Assert.Equal(6, g.Sum(s => s.Item3)));
        Assert.Contains("Companies that replied (n = 6)", html);
        Assert.Equal(6, LegendItem().Count(html));
    }

    [Fact]
    public void CompanySections_ShowEachRespondentsAnswers_WithStatusAndSource()
    {
        // When
        var html = Rendered.Report();

        // Then
        Assert.Equal(6, CompanyArticle().Count(html));
        Assert.Contains("<tr data-question=\"2c\" data-status=\"answered\"><td class=\"q\">2c<br><small>Other actions to prevent harm</small></td>", html);
        Assert.Contains("Source: delphine-réponse.pdf, p. 2 · restated, confidence 0.80 · topics: mitigation", html);
        Assert.DoesNotContain("<h3>Sabre Optronics</h3>", html);
    }

    [Fact]
    public void DocumentText_IsEncodedEverywhereInTheReport()
    {
        // When
        var html = Rendered.Report();

        // Then
        Assert.DoesNotContain(ComparisonFixture.Injected, html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Single(Regex.Matches(html, "<script"));
    }

    [Fact]
    public void NobodyReplied_TheReportStillRenders_AndSaysSo()
    {
        // When
        var html = Rendered.Report(Variant.Silent());

        // Then
        Assert.Contains("0 of 8 companies replied (0%); 8 did not respond.", html);
        Assert.Contains("No company replied: there is nothing to chart.", html);
        Assert.Equal(8, NameList(html, "no-response").Length);
    }

    private static string[] NameList(string html, string id)
    {
        var list = Regex.Match(html, $"<ul class=\"names\" id=\"{id}\">(.*?)</ul>");
        return list.Success ? [.. Regex.Matches(list.Groups[1].Value, "<li>([^<]*?)\\s*(<span|</li>)").Select(m => m.Groups[1].Value)] : [];
    }

    [GeneratedRegex("<li data-rule=\"[^\"]+\">(.*?)</li>")]
    private static partial Regex FindingItem();

    [GeneratedRegex("<rect class=\"seg st-[a-z_]+\" data-question=\"(?<q>[^\"]+)\" data-status=\"(?<s>[a-z_]+)\" data-count=\"(?<n>\\d+)\"")]
    private static partial Regex Segment();

    [GeneratedRegex("<g class=\"legend-item\">")]
    private static partial Regex LegendItem();

    [GeneratedRegex("<article id=\"company-\\d+\">")]
    private static partial Regex CompanyArticle();
}
