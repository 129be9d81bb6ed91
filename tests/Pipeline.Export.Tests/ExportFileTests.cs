using System.Text.Json.Nodes;
using Pipeline.Core.Errors;
using Pipeline.Export.OpenSearch;
using Pipeline.Export.Tests.Fixtures;
using Pipeline.Search.Reading;

namespace Pipeline.Export.Tests;

public sealed class ExportFileTests(ExportIndex index) : IClassFixture<ExportIndex>
{
    [Fact]
    public void EveryExportedDocument_ValidatesAgainstTheTemplatesMapping()
    {
        // Given an index with English, French, German and Arabic answers, a label-only segment and a correction
        using var folder = new ExportFolder();
        using var reader = index.Open();

        // When it is exported to files
        var summary = FileExporter.Write(folder.Path, SegmentExport.Read(reader));

        // Then every document fits the template's strict mapping, field by field
        var template = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, FileExporter.TemplateFileName)))!;
        var mappings = template["template"]!["mappings"]!;
        Assert.Equal("strict", mappings["dynamic"]!.GetValue<string>());
        var properties = (JsonObject)mappings["properties"]!;
        var pairs = folder.Pairs();
        Assert.Equal(7, pairs.Count);
        Assert.Equal(7, summary.Segments);
        foreach (var (action, document) in pairs)
        {
            Assert.Empty(MappingValidator.Problems(document, properties));

            // and its _id is the segment's: campaign, reply document and position
            var id = action["index"]!["_id"]!.GetValue<string>();
            Assert.Equal($"{document["campaign"]}:{document["document"]}:{document["ordinal"]}", id);
            Assert.Equal(IndexTemplate.DefaultIndexName, action["index"]!["_index"]!.GetValue<string>());
        }

        Assert.Equal(pairs.Count, pairs.Select(p => p.Action["index"]!["_id"]!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [InlineData("Thales", 0, "text_en")]
    [InlineData("IDEMIA", 0, "text_fr")]
    [InlineData("Hensoldt", 0, "text_std")]
    [InlineData(null, 0, "text_ar")]
    public void AnswerText_GoesToItsLanguagesField_AndToTheUnstemmedWords(string? company, int ordinal, string field)
    {
        // Given the exported documents
        using var folder = new ExportFolder();
        using var reader = index.Open();
        FileExporter.Write(folder.Path, SegmentExport.Read(reader));

        // When looking at the company's segment
        var document = folder.Pairs().Select(p => p.Document)
            .Single(d => d["company"]?.GetValue<string>() == company && d["ordinal"]!.GetValue<int>() == ordinal);

        // Then its answer is in its language's analysed field only, and in text_plain
        var text = document["text"]!.GetValue<string>();
        Assert.Equal(text, document[field]!.GetValue<string>());
        Assert.Equal(text, document["text_plain"]!.GetValue<string>());
        Assert.Single(document.Select(p => p.Key), k => k is "text_en" or "text_fr" or "text_ar" or "text_std");
    }

    [Fact]
    public void LabelOnlySegment_IsExportedAsStructure_WithoutSearchableText()
    {
        // Given Thales's bare label "3)"
        using var folder = new ExportFolder();
        using var reader = index.Open();
        FileExporter.Write(folder.Path, SegmentExport.Read(reader));

        // When exported
        var label = folder.Pairs().Select(p => p.Document).Single(d => d["company"]?.GetValue<string>() == "Thales" && d["ordinal"]!.GetValue<int>() == 2);

        // Then it is marked structure, which every translated query excludes, and answers nothing to search
        Assert.True(label["structure"]!.GetValue<bool>());
        Assert.Equal(string.Empty, label["text_plain"]!.GetValue<string>());
        Assert.Equal("""["label"]""", label["passage_roles"]!.ToJsonString());
    }

    [Fact]
    public void Chunks_StayUnderTheLimit_AndSplitOnWholePairs()
    {
        // Given a chunk limit a little over one pair's size
        using var folder = new ExportFolder();
        using var reader = index.Open();
        const long limit = 2_500;

        // When exporting
        var summary = FileExporter.Write(folder.Path, SegmentExport.Read(reader), maxChunkBytes: limit);

        // Then there are several files, none over the limit, each of whole pairs, and together every segment once, in order
        var files = folder.BulkFiles();
        Assert.True(files.Length >= 3, $"{files.Length} files");
        Assert.All(files, f => Assert.InRange(new FileInfo(f).Length, 1, limit));
        Assert.Equal(summary.Chunks.Select(c => c.FileName), files.Select(Path.GetFileName));
        var ids = files.SelectMany(ExportFolder.PairsOf).Select(p => p.Action["index"]!["_id"]!.GetValue<string>()).ToList();
        using var again = index.Open();
        Assert.Equal(SegmentExport.Read(again).Select(SegmentSource.IdOf), ids);
    }

    [Fact]
    public void ExportingAgain_GivesIdenticalFiles_AndRemovesStaleChunks()
    {
        // Given an export in many small chunks
        using var folder = new ExportFolder();
        using var reader = index.Open();
        FileExporter.Write(folder.Path, SegmentExport.Read(reader), maxChunkBytes: 2_500);
        Assert.True(folder.BulkFiles().Length > 1);

        // When exporting twice more with the default chunk size
        FileExporter.Write(folder.Path, SegmentExport.Read(reader));
        var first = folder.BulkFiles().Append(Path.Combine(folder.Path, FileExporter.TemplateFileName)).Select(File.ReadAllBytes).ToList();
        FileExporter.Write(folder.Path, SegmentExport.Read(reader));
        var second = folder.BulkFiles().Append(Path.Combine(folder.Path, FileExporter.TemplateFileName)).Select(File.ReadAllBytes).ToList();

        // Then one bulk file is left (the earlier chunks removed) and the files are byte for byte the same
        Assert.Single(folder.BulkFiles());
        Assert.Equal(first.Count, second.Count);
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First, pair.Second));
    }

    [Fact]
    public void Export_ReadingTheIndexThroughFileStreamsAsTheVerbDoes_WritesTheFilesTheMappedIndexGives()
    {
        // Given the index opened mapped (as search opens it) and for one pass (as `pipeline export` opens it, issue 17)
        using var mapped = new ExportFolder();
        using var streamed = new ExportFolder();
        using (var reader = SegmentIndex.Open(index.Path, IndexAccessPattern.Random))
        {
            FileExporter.Write(mapped.Path, SegmentExport.Read(reader));
        }

        // When exported from each
        using (var reader = SegmentIndex.Open(index.Path, IndexAccessPattern.Sequential))
        {
            FileExporter.Write(streamed.Path, SegmentExport.Read(reader));
        }

        // Then every segment is there, and the files are byte for byte the same
        Assert.Equal(7, streamed.Pairs().Count);
        Assert.Equal(mapped.BulkFiles().Select(File.ReadAllBytes), streamed.BulkFiles().Select(File.ReadAllBytes));
    }

    [Fact]
    public void ASegmentLargerThanAChunk_IsATypedError()
    {
        // Given a limit smaller than one segment
        using var reader = index.Open();
        var pairs = SegmentExport.Read(reader).Select(s => BulkChunker.Pair(s, IndexTemplate.DefaultIndexName));

        // When chunking
        var error = Assert.Throws<PipelineException>(() => BulkChunker.Chunk(pairs, maxBytes: 100).ToList());

        // Then it names the segment and the sizes
        Assert.Equal(ErrorCode.TooLarge, error.Code);
        Assert.Contains("more than a chunk's 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Campaign_ExportsThatCampaignOnly()
    {
        // Given the index of two campaigns
        using var reader = index.Open();

        // When reading one campaign for export, whatever its case
        var segments = SegmentExport.Read(reader, "GULF-2023").ToList();

        // Then only its segment comes
        Assert.Equal(ExportIndex.Gulf, Assert.Single(segments).CampaignId);
    }
}
