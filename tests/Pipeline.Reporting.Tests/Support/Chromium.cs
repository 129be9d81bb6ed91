using Pipeline.Testing;

namespace Pipeline.Reporting.Tests.Support;

/// <summary>Headless Chromium, offline and with a throw-away profile, as the report's reader would open it.</summary>
internal static class Chromium
{
    /// <summary>The page's DOM after its scripts ran.</summary>
    public static string DumpDom(string htmlFile)
    {
        var profile = Directory.CreateTempSubdirectory("pipeline-chromium-").FullName;
        try
        {
            return ExternalTool.Run(
                InstalledProgram.Find("chromium")!,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    $"--user-data-dir={profile}", "--dump-dom", new Uri(htmlFile).AbsoluteUri,
                ],
                TimeSpan.FromMinutes(2));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
