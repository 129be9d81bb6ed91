using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Pipeline.Testing;

namespace Pipeline.Web.Tests.Browser;

/// <summary>
/// Headless Chromium driven by the system's chromedriver: offline (no component updates, no background networking,
/// no QUIC), a throw-away profile, a fixed window size so screenshots compare. One per test class.
/// </summary>
public sealed class Chromium : IDisposable
{
    private static readonly string[] Programs = ["chromium", "chromedriver"];

    private readonly string _profile = Directory.CreateTempSubdirectory("pipeline-web-chromium-").FullName;

    public Chromium()
    {
        var options = new ChromeOptions { BinaryLocation = InstalledProgram.Find("chromium")! };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1400,1000", $"--user-data-dir={_profile}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(InstalledProgram.Find("chromedriver"))!, "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromMinutes(2));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
    }

    public IWebDriver Driver { get; }

    /// <summary>Where screenshots go: a folder in the test output.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>The first of chromium and chromedriver not found on the PATH; null when both are there.</summary>
    public static string? Missing() => Programs.FirstOrDefault(p => InstalledProgram.Find(p) is null);

    public void Open(Uri url)
    {
        Driver.Navigate().GoToUrl(url);
        WaitForReady();
    }

    /// <summary>Waits until the page's script ran (it marks the body), which also proves the content security policy let it.</summary>
    public void WaitForReady() =>
        Wait().Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");

    public WebDriverWait Wait() => new(Driver, TimeSpan.FromSeconds(20));

    /// <summary>Saves a PNG of the viewport under <see cref="Screenshots"/> and returns its path.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; the system cleans its temporary folder.
        }
    }
}
