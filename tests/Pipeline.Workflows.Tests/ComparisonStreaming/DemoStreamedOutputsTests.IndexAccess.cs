using System.Text;
using Pipeline.Reporting;
using Pipeline.Reporting.Report;
using Pipeline.Reporting.Selection;
using Pipeline.Search.Reading;
using Pipeline.Testing;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Workflows.Tests.ComparisonStreaming;

// compare and report read the index through file streams rather than mapping it (issue 17: at 100,000 replies the
// mapped pages were most of their resident size), and what they write does not depend on how the index was read.
public sealed partial class DemoStreamedOutputsTests
{
    [Theory]
    [InlineData(ComparisonFormat.Csv, CompareBy.Question)]
    [InlineData(ComparisonFormat.Json, CompareBy.Question)]
    [InlineData(ComparisonFormat.Html, CompareBy.Topic)]
    public void Comparison_IsTheSame_ReadEitherWay(ComparisonFormat format, CompareBy by)
    {
        // When the demo campaign's comparison is streamed from the index mapped, then read through file streams
        var (mapped, streamed) = BothWays((parts, stream) => ComparisonRenderers.For(format).Render(ComparisonSelector.Select(parts, StreamedOutputs.Options(by)), stream));

        // Then the bytes are the same
        Assert.True(mapped.Length >= 10_000, $"{mapped.Length} bytes");
        Assert.Equal(mapped, streamed);
    }

    [Fact]
    public void Workbook_WithTheLedger_IsTheSame_ReadEitherWay()
    {
        // When
        var (mapped, streamed) = BothWays((parts, stream) => ComparisonRenderers.For(ComparisonFormat.Xlsx).Render(ComparisonSelector.Select(parts, CompareOptions.Default), stream));

        // Then every sheet is the same, the commitments ledger's included
        Assert.Contains("xl/worksheets/sheet6.xml", StreamedOutputs.AssertSameParts(mapped, streamed).Keys);
    }

    [Fact]
    public void Report_IsTheSame_ReadEitherWay()
    {
        // When
        var (mapped, streamed) = BothWays((parts, stream) => new CampaignReportRenderer().Render(parts, stream));

        // Then
        var text = Encoding.UTF8.GetString(streamed);
        Assert.Contains("id=\"commitments\"", text, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(mapped), text);
    }

    [MappedFilesFact]
    public void ReadingForCompareAndReport_MapsNoFileOfTheIndex()
    {
        // When the report is rendered as `report` renders it, and the files mapped are listed once every company is read
        IReadOnlyList<string>? mappedWhileOpen = null;
        var report = Array.Empty<byte>();
        IndexedCampaigns.Read(demo.Index, demo.Campaign.Id, IndexedComparisonOptions.Default, parts =>
        {
            report = StreamedOutputs.Bytes(stream => new CampaignReportRenderer().Render(parts, stream));
            mappedWhileOpen = MappedFiles.Under(demo.Index);
        });

        // Then every company was read, with the index open and none of its files mapped
        var text = Encoding.UTF8.GetString(report);
        Assert.All(demo.Campaign.Companies, c => Assert.Contains(c.Name, text, StringComparison.Ordinal));
        Assert.NotNull(mappedWhileOpen);
        Assert.Empty(mappedWhileOpen);
    }

    private (byte[] Mapped, byte[] Streamed) BothWays(Action<IndexedComparisonParts, Stream> render) =>
        (Render(IndexAccessPattern.Random, render), Render(IndexAccessPattern.Sequential, render));

    private byte[] Render(IndexAccessPattern access, Action<IndexedComparisonParts, Stream> render)
    {
        using var index = SegmentIndex.Open(demo.Index, access);
        var parts = new IndexedComparisonParts(index, demo.Campaign, IndexedComparisonOptions.Default with { GeneratedAt = StreamedOutputs.At });
        return StreamedOutputs.Bytes(stream => render(parts, stream));
    }
}
