using System.Text.RegularExpressions;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;
using Pipeline.Testing;

namespace Pipeline.Reporting.Tests;

/// <summary>Opens the pages in headless Chromium, as a researcher would, and reads the DOM after the script ran.</summary>
public sealed class BrowserRenderingTests
{
    [ToolFact("chromium")]
    public void Report_InChromium_RunsItsScript_AndDrawsTheChartSegments()
    {
        // Given
        var file = Rendered.ToTempFile("report.html", System.Text.Encoding.UTF8.GetBytes(Rendered.Report()));
        var expectedSegments = ExpectedMatrix.RespondentCells.Select(c => (c.Question, c.Status)).Distinct().Count();

        // When
        var dom = Chromium.DumpDom(file);

        // Then
        Assert.Matches("<body[^>]* data-ready=\"true\"", dom);
        var chart = Regex.Match(dom, "<svg id=\"status-chart\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(expectedSegments, Regex.Count(chart, "<rect class=\"seg "));
        Assert.Equal(9, Regex.Count(chart, "<text class=\"xlabel\""));
        Assert.Equal(2, Regex.Count(chart, "<text class=\"axis-title\""));
        Assert.Equal(9 * 9, Regex.Count(dom, "<td class=\"cell st-"));
        Assert.DoesNotContain(ComparisonFixture.Injected, dom);
    }

    [ToolFact("chromium")]
    public void ComparisonPage_InChromium_RunsItsScript_AndKeepsInjectedMarkupAsText()
    {
        // Given
        var file = Rendered.ToTempFile("compare.html", Rendered.Bytes(ComparisonFormat.Html));

        // When
        var dom = Chromium.DumpDom(file);

        // Then: the browser parsed the encoded text back to text, never to an element
        Assert.Matches("<body[^>]* data-ready=\"true\"", dom);
        Assert.Single(Regex.Matches(dom, "<script"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", dom);
        Assert.Equal(9 * 9, Regex.Count(dom, "<td class=\"cell st-"));
    }
}
