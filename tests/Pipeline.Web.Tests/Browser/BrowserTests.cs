using OpenQA.Selenium;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Browser;

/// <summary>A researcher's way through the demo corpus in a real browser: search, narrow by a facet, compare, read the reply.</summary>
[Collection(DemoCorpus.Name)]
public sealed class BrowserTests(DemoServer demo) : IDisposable
{
    private readonly Lazy<Chromium> _browser = new(() => new Chromium());

    private Chromium Browser => _browser.Value;

    private IWebDriver Driver => Browser.Driver;

    public void Dispose()
    {
        if (_browser.IsValueCreated)
        {
            _browser.Value.Dispose();
        }
    }

    [BrowserFact]
    public void Search_TypeAQueryThenPickAFacet_NarrowsTheResults()
    {
        // Given the search page
        Browser.Open(demo.Server.Address);

        // When searching "complaint" by its words from the box
        Driver.FindElement(By.Id("mode")).SendKeys("keyword");
        var box = Driver.FindElement(By.Id("q"));
        box.Clear();
        box.SendKeys("complaint" + Keys.Enter);
        Browser.Wait().Until(d => d.Url.Contains("q=complaint&mode=keyword", StringComparison.Ordinal));
        Browser.WaitForReady();

        // Then seven hits, with the term highlighted
        Assert.Equal("7", Driver.FindElement(By.Id("result-count")).GetAttribute("data-total"));
        Assert.Equal("complaint", Driver.FindElement(By.CssSelector(".hit .snippet mark")).Text);
        Browser.Screenshot("search");

        // When picking a company in the facets
        Driver.FindElement(By.CssSelector("[data-facet=company] a[data-value='Dorvane Identity Solutions']")).Click();
        Browser.Wait().Until(d => d.FindElement(By.Id("result-count")).GetAttribute("data-total") == "1");
        Browser.WaitForReady();

        // Then one hit remains, the count says so, and the address carries the filter
        Assert.StartsWith("1 segment matches “complaint”", Driver.FindElement(By.Id("result-count")).Text, StringComparison.Ordinal);
        Assert.Equal(["Dorvane Identity Solutions"], Driver.FindElements(By.CssSelector(".hit")).Select(h => h.GetAttribute("data-company")));
        Assert.Contains("company=Dorvane%20Identity%20Solutions", Driver.Url, StringComparison.Ordinal);
        Assert.Equal("company: Dorvane Identity Solutions ×", Driver.FindElement(By.CssSelector(".chip")).Text);
        Browser.Screenshot("search-facet");
    }

    [BrowserFact]
    public void Compare_OpenACell_ShowsTheFullAnswerAndItsSource_ThenTheReply()
    {
        // Given the compare page
        Browser.Open(new Uri(demo.Server.Address, "/compare"));
        Assert.Equal(18 * 9, Driver.FindElements(By.CssSelector("#matrix td.cell")).Count);
        Browser.Screenshot("compare");

        // When clicking Quillon's answer to 2d
        Driver.FindElement(By.CssSelector("td[data-company='Quillon Data Fusion'][data-question='2d'] a")).Click();
        Browser.Wait().Until(d => d.FindElements(By.Id("answers")).Count == 1);
        Browser.WaitForReady();

        // Then the full answer shows, with its source, in view
        var answer = Driver.FindElement(By.CssSelector("#answers article.answer"));
        Assert.Contains("We have not yet received a complaint from outside the company.", answer.Text, StringComparison.Ordinal);
        var source = answer.FindElement(By.CssSelector(".source a"));
        Assert.Equal("Quillon Data Fusion - reply.docx", source.Text);
        Assert.True(IsInView(answer), "the answer is scrolled into view");
        Browser.Screenshot("compare-cell");

        // When following the source
        source.Click();
        Browser.Wait().Until(d => d.Url.EndsWith("#s7", StringComparison.Ordinal));
        Browser.WaitForReady();

        // Then the reply opens at that segment, outlined with its question and topic
        var segment = Driver.FindElement(By.Id("s7"));
        Assert.Equal("2d", segment.GetAttribute("data-questions"));
        Assert.Contains("ethics committee", segment.Text, StringComparison.Ordinal);
        Assert.True(IsInView(segment), "the segment is scrolled into view");
        Assert.Equal("Quillon Data Fusion - reply.docx", Driver.FindElement(By.TagName("h1")).Text);
        Browser.Screenshot("document");
    }

    [BrowserFact]
    public void Compare_PickQuestionsAndCompanies_RedrawsTheMatrix()
    {
        // Given the compare page with its picker open
        Browser.Open(new Uri(demo.Server.Address, "/compare"));
        foreach (var summary in Driver.FindElements(By.CssSelector("details.choice summary")))
        {
            summary.Click();
        }

        // When keeping questions 2a and 2d, and two companies ("None" then ticking)
        Driver.FindElement(By.CssSelector(".toggles[data-for=questions] button:nth-of-type(2)")).Click();
        Driver.FindElement(By.CssSelector("input[name=questions][value='2a']")).Click();
        Driver.FindElement(By.CssSelector("input[name=questions][value='2d']")).Click();
        Driver.FindElement(By.CssSelector(".toggles[data-for=companies] button:nth-of-type(2)")).Click();
        Driver.FindElement(By.CssSelector("input[name=companies][value='Helvora Biometrics']")).Click();
        Driver.FindElement(By.CssSelector("input[name=companies][value='Kestrel Ridge Analytics']")).Click();
        Driver.FindElement(By.CssSelector("form.picker button[type=submit]")).Click();
        Browser.Wait().Until(d => d.FindElements(By.CssSelector("#matrix td.cell")).Count == 4);

        // Then a 2 × 2 matrix, and the CSV download keeps the selection
        Assert.Equal(["2a", "2d"], Driver.FindElements(By.CssSelector("#matrix thead th a")).Select(a => a.Text.Split('\n')[0]));
        Assert.Contains("questions=2a&questions=2d&companies=Helvora%20Biometrics&companies=Kestrel%20Ridge%20Analytics", Driver.FindElement(By.LinkText("CSV")).GetAttribute("href"), StringComparison.Ordinal);
        Browser.Screenshot("compare-picked");
    }

    [BrowserFact]
    public void Report_InlineScriptAndStyle_RunUnderThePolicy()
    {
        // When opening the campaign report (Reporting's self-contained page)
        Browser.Open(new Uri(demo.Server.Address, "/campaigns/demo"));

        // Then its inline script ran (it marks the body) and its inline stylesheet applies
        var background = Driver.FindElement(By.CssSelector(".badge.st-answered")).GetCssValue("background-color");
        Assert.Equal("rgba(77, 171, 247, 1)", background);
        Browser.Screenshot("report");
    }

    private bool IsInView(IWebElement element) =>
        (bool)((IJavaScriptExecutor)Driver).ExecuteScript(
            "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", element)!;
}
