using System.Text;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Report;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;

namespace Pipeline.Reporting.Tests.Support;

/// <summary>Renders the fixture (or a variant) in one format, in memory.</summary>
internal static class Rendered
{
    public static byte[] Bytes(ComparisonFormat format, CompareOptions? options = null, CampaignComparison? comparison = null)
    {
        using var stream = new MemoryStream();
        ComparisonRenderers.For(format).Render(ComparisonSelector.Select(comparison ?? ComparisonFixture.Comparison, options), stream);
        return stream.ToArray();
    }

    public static string Text(ComparisonFormat format, CompareOptions? options = null, CampaignComparison? comparison = null) =>
        Encoding.UTF8.GetString(Bytes(format, options, comparison));

    public static string Report(CampaignComparison? comparison = null)
    {
        using var stream = new MemoryStream();
        new CampaignReportRenderer().Render(comparison ?? ComparisonFixture.Comparison, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="content"/> to a new file in a fresh temporary folder.</summary>
    public static string ToTempFile(string name, byte[] content)
    {
        var dir = Directory.CreateTempSubdirectory("pipeline-reporting-").FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
