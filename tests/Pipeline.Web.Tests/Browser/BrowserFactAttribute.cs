using System.Runtime.CompilerServices;
using Pipeline.Testing;

namespace Pipeline.Web.Tests.Browser;

/// <summary>A fact run in headless Chromium; reported as skipped (not passed), with the reason in its name, when chromium or chromedriver is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute([CallerMemberName] string test = "")
    {
        if (Chromium.Missing() is { } missing)
        {
            Skip = $"{missing} is not installed (.ci/run installs the Debian packages chromium and chromium-driver)";
            DisplayName = SkippedTest.DisplayName(test, Skip);
        }
    }
}
