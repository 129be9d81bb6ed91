using System.Net;
using System.Text.RegularExpressions;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;

namespace Pipeline.Reporting.Tests;

public sealed partial class HtmlRendererTests
{
    [Fact]
    public void ByQuestion_MatrixCellsCarryTheFixtureStatuses_WithColourClassAndAbbreviation()
    {
        // When
        var html = Rendered.Text(ComparisonFormat.Html);

        // Then
        var cells = QuestionCell().Matches(html)
            .Select(m => (Decode(m.Groups["company"].Value), m.Groups["question"].Value, m.Groups["status"].Value, m.Groups["class"].Value, m.Groups["abbr"].Value))
            .ToList();
        Assert.Equal(ExpectedMatrix.Cells.ToList(), cells.Select(c => (c.Item1, c.Item2, c.Item3)).ToList());
        Assert.All(cells, c => Assert.Equal("st-" + c.Item3, c.Item4));
        Assert.Equal(["D", "D", "D", "A", "NA", "A", "A", "A", "P"], cells.Take(9).Select(c => c.Item5));
    }

    [Fact]
    public void DocumentText_IsEncoded_NeverRaw()
    {
        // When
        var html = Rendered.Text(ComparisonFormat.Html);

        // Then
        Assert.DoesNotContain(ComparisonFixture.Injected, html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("misuse is found, &amp; our audits", html);
        Assert.Contains("Delphine Systèmes", html);
        Assert.Single(ScriptTag().Matches(html));
    }

    [Fact]
    public void Page_IsSelfContained()
    {
        // When
        var html = Rendered.Text(ComparisonFormat.Html);

        // Then: no external resource, and a policy that forbids fetching any
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain(" src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("default-src 'none'", html);
    }

    [Fact]
    public void EveryClickableCell_HasItsAnswersInATemplate()
    {
        // When
        var html = Rendered.Text(ComparisonFormat.Html);

        // Then: one template per cell with answers (fixture: 6 replies × 9 questions minus the 15 not-addressed cells)
        var details = DetailRef().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var templates = TemplateId().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6 * 9 - 15, details.Count);
        Assert.Equal(details, templates);
        Assert.Contains("Source: Borealis_reply_2022.pdf, p. 2–3 · restated, confidence 0.80", html);
    }

    [Fact]
    public void ByTopic_CellsCarryPassageCounts()
    {
        // When
        var html = Rendered.Text(ComparisonFormat.Html, CompareOptions.Default with { By = CompareBy.Topic });

        // Then
        var counts = TopicCell().Matches(html).ToDictionary(m => (Decode(m.Groups["company"].Value), m.Groups["topic"].Value), m => int.Parse(m.Groups["n"].Value));
        Assert.Equal(9 * 12, counts.Count);
        Assert.Equal(2, counts[("Castellan Security", "mitigation")]);
        Assert.Equal(2, counts[("Aquila Aerospace", "confidentiality_decline")]);
        Assert.Equal(0, counts[(ComparisonFixture.NoCells, "due_diligence")]);
    }

    private static string Decode(string attribute) => WebUtility.HtmlDecode(attribute);

    [GeneratedRegex("<td class=\"cell (?<class>st-[a-z_]+)\"[^>]*? data-company=\"(?<company>[^\"]*)\" data-question=\"(?<question>[^\"]*)\" data-status=\"(?<status>[a-z_]+)\"[^>]*>(?<abbr>[A-Z]+)</td>")]
    private static partial Regex QuestionCell();

    [GeneratedRegex("data-company=\"(?<company>[^\"]*)\" data-topic=\"(?<topic>[a-z_]+)\" data-passages=\"(?<n>\\d+)\"")]
    private static partial Regex TopicCell();

    [GeneratedRegex("<script")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("data-detail=\"([^\"]+)\"")]
    private static partial Regex DetailRef();

    [GeneratedRegex("<template id=\"([^\"]+)\"")]
    private static partial Regex TemplateId();
}
