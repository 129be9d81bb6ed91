using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Browser;

/// <summary>A researcher corrects in a real browser (issue 14): a passage from its reply's page, in place; the review queue by keyboard.</summary>
public sealed class CorrectionBrowserTests(WritableDemo demo) : IClassFixture<WritableDemo>, IDisposable
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
    public async Task DocumentPage_CorrectAPassageInPlace_ShowsInTheReplyCompareAndReport()
    {
        // Given Quillon's reply, whose answer to 2a the machine labels due_diligence
        var document = (await CompareAsync()).Single(c => c.Company == "Quillon Data Fusion" && c.Question == "2a").Answers[0].GetProperty("documentId").GetString()!;
        Browser.Open(new Uri(demo.Server.Address, $"/documents/{document}?campaign=demo"));
        var section = Driver.FindElements(By.CssSelector("section.segment")).First(s => s.Text.Contains("Yes. Before each project", StringComparison.Ordinal));

        // When the researcher opens its form, says 2c and mitigation, and saves
        section.FindElement(By.CssSelector("details.correct summary")).Click();
        var questions = section.FindElement(By.CssSelector("input[name=questions]"));
        questions.Clear();
        questions.SendKeys("2c");
        section.FindElement(By.CssSelector("select[name=topic] option[value=mitigation]")).Click();
        section.FindElement(By.CssSelector("details.correct button[type=submit]")).Click();

        // Then the page says so without leaving it, and the passage shows as corrected with the machine's reading
        Browser.Wait().Until(d => d.FindElements(By.CssSelector("#correction-status[data-saved]")).Count == 1);
        Assert.Contains($"/documents/{document}", Driver.Url, StringComparison.Ordinal);
        var corrected = Driver.FindElements(By.CssSelector("section.segment.corrected")).Single(s => s.Text.Contains("Yes. Before each project", StringComparison.Ordinal));
        Assert.Contains("✎ corrected", corrected.Text, StringComparison.Ordinal);
        Assert.Contains("machine: 2a, topic due_diligence", corrected.Text, StringComparison.Ordinal);
        Browser.Screenshot("correction-document");

        // And compare (API and matrix) and the report show it
        var answer = (await CompareAsync()).Single(c => c.Company == "Quillon Data Fusion" && c.Question == "2c").Answers
            .Single(a => a.GetProperty("correction").ValueKind == JsonValueKind.Object);
        Assert.Equal("mitigation", answer.GetProperty("topic").GetString());
        Browser.Open(new Uri(demo.Server.Address, "/compare?campaign=demo"));
        Assert.Single(Driver.FindElements(By.CssSelector("td[data-company='Quillon Data Fusion'][data-question='2c'] .corrected-flag")));
        var (_, report, _) = await demo.Server.GetAsync("/campaigns/demo");
        Assert.Contains("machine: 2a, topic due_diligence)", report, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void ReviewQueue_KeyboardAccept_TakesTheItemOutOfTheQueue()
    {
        // Given the review queue
        Browser.Open(new Uri(demo.Server.Address, "/review?campaign=demo"));
        var items = Driver.FindElements(By.CssSelector(".review-item"));
        Assert.NotEmpty(items);
        var second = items[1].FindElement(By.CssSelector(".text p")).Text;

        // When the researcher moves down twice with j and accepts with a
        new Actions(Driver).SendKeys("j").SendKeys("j").Perform();
        Assert.Equal(second, Driver.SwitchTo().ActiveElement().FindElement(By.CssSelector(".text p")).Text);
        new Actions(Driver).SendKeys("a").Perform();

        // Then it is saved in place, that passage leaves the queue, and the focus stays in the queue
        Browser.Wait().Until(d => d.FindElements(By.CssSelector("#correction-status[data-saved]")).Count == 1);
        Assert.DoesNotContain(Driver.FindElements(By.CssSelector(".review-item .text p")), p => p.Text == second);
        Assert.Equal("review-item", Driver.SwitchTo().ActiveElement().GetAttribute("class"));
        Assert.Contains("checked: the machine's reading is right", File.ReadAllText(demo.CorrectionsFile), StringComparison.Ordinal);
        Browser.Screenshot("review-queue");
    }

    private async Task<List<(string Company, string Question, List<JsonElement> Answers)>> CompareAsync()
    {
        var (_, body, _) = await demo.Server.GetAsync("/api/compare?campaign=demo");
        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.GetProperty("cells").EnumerateArray().Select(c => (
            c.GetProperty("company").GetString()!,
            c.GetProperty("question").GetString()!,
            c.GetProperty("answers").EnumerateArray().Select(a => a.Clone()).ToList()))];
    }
}
