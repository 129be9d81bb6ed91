using System.Globalization;
using System.Text;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>
/// The demo campaign with 100 more companies approached before its own 18, none of which replied ("Paged Company 001" to
/// "100"): 118 rows, three pages of the compare page (50, 50 and 18), the demo's replies all on the last. Ingested and
/// served once per test class.
/// </summary>
public sealed class PagedCampaign : IAsyncLifetime, IDisposable
{
    public const int Added = 100;

    private readonly WritableDemo _demo = new(AddCompaniesAsync);

    public string CampaignFile => _demo.CampaignFile;

    public string Index => _demo.Index;

    public RunningServer Server => _demo.Server;

    /// <summary>"Paged Company 001" for 1.</summary>
    public static string Name(int n) => "Paged Company " + n.ToString("000", CultureInfo.InvariantCulture);

    public Task InitializeAsync() => _demo.InitializeAsync();

    public Task DisposeAsync() => _demo.DisposeAsync();

    public void Dispose() => _demo.Dispose();

    private static async Task AddCompaniesAsync(string campaignFile)
    {
        var added = new StringBuilder("companies:\n");
        for (var n = 1; n <= Added; n++)
        {
            added.Append($"  - name: {Name(n)}\n    status: no_response\n");
        }

        // Without the shared company registry, which does not know the invented companies.
        var lines = (await File.ReadAllLinesAsync(campaignFile)).Where(l => !l.StartsWith("registry:", StringComparison.Ordinal));
        var text = string.Join('\n', lines) + '\n';
        await File.WriteAllTextAsync(campaignFile, text.Replace("companies:\n", added.ToString(), StringComparison.Ordinal));
    }
}
