using OpenQA.Selenium;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Browser;

/// <summary>A campaign of 118 companies in a real browser: the compare page's pager and its status filter (issue 17).</summary>
public sealed class PagedCompareBrowserTests(PagedCampaign paged) : IClassFixture<PagedCampaign>
{
    [BrowserFact]
    public void Compare_NextPageThenStatusFilter_ShowsTheRightCompanies()
    {
        // Given the compare page, on its first page of companies
        using var browser = new Chromium();
        browser.Open(new Uri(paged.Server.Address, "/compare"));
        Assert.Equal(PagedCampaign.Name(1), RowNames(browser)[0]);

        // When following "Next ›"
        browser.Driver.FindElement(By.CssSelector(".pager a[rel=next]")).Click();
        browser.Wait().Until(d => d.Url.Contains("page=2", StringComparison.Ordinal));
        browser.WaitForReady();

        // Then the second 50 companies, counted
        Assert.Equal(Enumerable.Range(51, 50).Select(PagedCampaign.Name), RowNames(browser));
        Assert.Contains("companies 51–100 of 118", browser.Driver.FindElement(By.CssSelector(".meta")).Text, StringComparison.Ordinal);
        browser.Screenshot("compare-page-2");

        // When keeping only the companies with an answered question, through the form
        browser.Driver.FindElement(By.CssSelector("details.statuses summary")).Click();
        foreach (var box in browser.Driver.FindElements(By.CssSelector("details.statuses input[name=status]")).Where(b => b.GetAttribute("value") != "answered" && b.Selected))
        {
            box.Click();
        }

        browser.Driver.FindElement(By.CssSelector("form.picker button[type=submit]")).Click();
        browser.Wait().Until(d => d.Url.Contains("status=answered", StringComparison.Ordinal));
        browser.WaitForReady();

        // Then one page of the demo's respondents, none of the companies that did not reply
        var rows = RowNames(browser);
        Assert.InRange(rows.Count, 5, 17);
        Assert.DoesNotContain(rows, r => r.StartsWith("Paged Company", StringComparison.Ordinal));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector(".pager")));
        browser.Screenshot("compare-status-answered");
    }

    private static List<string> RowNames(Chromium browser) =>
        [.. browser.Driver.FindElements(By.CssSelector("#matrix tbody th[scope=row]")).Select(th => th.Text.Split('\n')[0].Trim())];
}
