using Pipeline.Export.OpenSearch;
using Pipeline.Export.Tests.Fixtures;

namespace Pipeline.Export.Tests;

public sealed class SegmentSourceTests(ExportIndex index) : IClassFixture<ExportIndex>
{
    [Fact]
    public void Source_ReadsBack_AsTheSegmentTheEmbeddedIndexHolds()
    {
        // Given every segment of the index
        using var reader = index.Open();
        foreach (var segment in SegmentExport.Read(reader))
        {
            // When it is written as an exported document and read back from that _source
            var back = SegmentSource.FromJson(SegmentSource.ToJson(segment));

            // Then what search results show is the same
            Assert.Equal(
                (segment.CampaignId, segment.DocumentId, segment.Ordinal, segment.Company, segment.Text, segment.Method, segment.Confidence, segment.Language),
                (back.CampaignId, back.DocumentId, back.Ordinal, back.Company, back.Text, back.Method, back.Confidence, back.Language));
            Assert.Equal((segment.Topic, segment.TopicScore, segment.Status, segment.FileName, segment.IsStructure), (back.Topic, back.TopicScore, back.Status, back.FileName, back.IsStructure));
            Assert.Equal(segment.Questions.ToArray(), back.Questions.ToArray());
            Assert.Equal(segment.Pages.ToArray(), back.Pages.ToArray());
            Assert.Equal(segment.Topics.ToArray(), back.Topics.ToArray());
            Assert.Equal(segment.PassageRoles.ToArray(), back.PassageRoles.ToArray());
            Assert.Equal(segment.ReviewReasons.ToArray(), back.ReviewReasons.ToArray());
            Assert.Equal(segment.Correction?.Ids.ToArray() ?? [], back.Correction?.Ids.ToArray() ?? []);
            Assert.Equal(segment.Correction?.MachineTopic, back.Correction?.MachineTopic);
            Assert.Equal(segment.Correction?.MachineQuestions.ToArray() ?? [], back.Correction?.MachineQuestions.ToArray() ?? []);
        }
    }

    [Fact]
    public void CorrectedSegment_CarriesTheCorrectionAndTheMachinesReading()
    {
        // Given IDEMIA's corrected 2a answer
        using var reader = index.Open();
        var corrected = SegmentExport.Read(reader).Single(s => s.Company == "IDEMIA" && s.Ordinal == 0);

        // When exported
        var json = SegmentSource.ToJson(corrected);

        // Then the correction id and the machine's question and topic are in the document
        Assert.Equal("""["c-0001"]""", json["corrected"]!.ToJsonString());
        Assert.Equal("""["2b"]""", json["machine_questions"]!.ToJsonString());
        Assert.Equal("other", json["machine_topic"]!.GetValue<string>());
    }
}
