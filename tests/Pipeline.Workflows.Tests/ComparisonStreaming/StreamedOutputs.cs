using System.IO.Compression;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Reporting;
using Pipeline.Reporting.Report;
using Pipeline.Reporting.Selection;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Workflows.Tests.ComparisonStreaming;

/// <summary>
/// Renders a campaign two ways: the old path (the whole comparison built at once, <see cref="ComparisonBuilder"/>,
/// then rendered) and the streamed one (<see cref="IndexedComparisonParts"/>, read company by company while rendering),
/// at one fixed time, so that the two outputs can be compared byte for byte.
/// </summary>
internal static class StreamedOutputs
{
    public static readonly DateTimeOffset At = new(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);

    public static CompareOptions Options(CompareBy by) => CompareOptions.Default with { By = by };

    /// <summary>The comparison's file in <paramref name="format"/>, rendered whole (old) and streamed (new).</summary>
    public static (byte[] Old, byte[] New) Compare(string indexDirectory, Campaign campaign, ComparisonFormat format, CompareOptions options)
    {
        using var index = SegmentIndex.Open(indexDirectory);
        var renderer = ComparisonRenderers.For(format);
        var whole = ComparisonBuilder.Build(index, campaign, At);
        var parts = new IndexedComparisonParts(index, campaign, IndexedComparisonOptions.Default with { GeneratedAt = At });
        return (Bytes(s => renderer.Render(ComparisonSelector.Select(whole, options), s)), Bytes(s => renderer.Render(ComparisonSelector.Select(parts, options), s)));
    }

    /// <summary>Asserts that the comparison's file in <paramref name="format"/> is the same rendered whole and streamed, and at least <paramref name="atLeast"/> bytes long.</summary>
    public static void AssertSame(string indexDirectory, Campaign campaign, ComparisonFormat format, CompareBy by, int atLeast)
    {
        var (old, streamed) = Compare(indexDirectory, campaign, format, Options(by));
        Assert.True(old.Length >= atLeast, $"{old.Length} bytes");
        Assert.Equal(old, streamed);
    }

    /// <summary>The campaign report (with its reuse marks, as <c>report</c> shows them, when the index holds the campaign file), rendered whole (old) and streamed (new).</summary>
    public static (byte[] Old, byte[] New) Report(string indexDirectory, Campaign campaign, bool reuseMarks = true)
    {
        using var index = SegmentIndex.Open(indexDirectory);
        var built = ComparisonBuilder.Build(index, campaign, At);
        var whole = reuseMarks ? ReuseMarks.Apply(built, index.Path) : built;
        var parts = new IndexedComparisonParts(index, campaign, IndexedComparisonOptions.Default with { GeneratedAt = At, ReuseMarks = reuseMarks });
        return (Bytes(s => new CampaignReportRenderer().Render(whole, s)), Bytes(s => new CampaignReportRenderer().Render(parts, s)));
    }

    /// <summary>Asserts that two workbooks have the same parts, each with the same content; returns the streamed one's parts.</summary>
    public static IReadOnlyDictionary<string, string> AssertSameParts(byte[] whole, byte[] streamed)
    {
        var (a, b) = (Parts(whole), Parts(streamed));
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.All(a, p => Assert.Equal(p.Value, b[p.Key]));
        return b;
    }

    /// <summary>A workbook's parts by name (the ZIP container itself carries the time it was written).</summary>
    public static IReadOnlyDictionary<string, string> Parts(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }

    /// <summary>What <paramref name="write"/> writes, in memory.</summary>
    public static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
