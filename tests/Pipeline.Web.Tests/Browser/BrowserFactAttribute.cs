namespace Pipeline.Web.Tests.Browser;

/// <summary>A fact run in headless Chromium; reported as skipped (not passed) when chromium or chromedriver is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Missing() is { } missing)
        {
            Skip = $"{missing} is not installed (.ci/run installs the Debian packages chromium and chromium-driver)";
        }
    }
}
