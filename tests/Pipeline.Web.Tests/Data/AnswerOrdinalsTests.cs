using Pipeline.Search.Reading;
using Pipeline.Web.Data;
using Pipeline.Web.Tests.Fixtures;
using Pipeline.Workflows;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Web.Tests.Data;

/// <summary>The answers a compare page links to their segments: read reply by reply, or a page's replies together, alike.</summary>
[Collection(DemoCorpus.Name)]
public sealed class AnswerOrdinalsTests(DemoServer demo)
{
    [Fact]
    public void Load_ThenOrdinalOf_GivesWhatReadingEachReplyAloneGives()
    {
        // Given every answer of the demo campaign's comparison
        using var index = SegmentIndex.Open(demo.Index);
        var campaign = CampaignStore.Load(demo.Index, "demo");
        var parts = new IndexedComparisonParts(index, campaign, IndexedComparisonOptions.Default with { Ledger = false });
        var answers = parts.Outline.Companies.SelectMany(c => parts.Read(c).QuestionCells).SelectMany(c => c.Answers.IsDefault ? [] : c.Answers).ToList();

        // When their positions are found with the replies read together first, and reply by reply
        var together = new AnswerOrdinals(index, campaign.Id);
        together.Load(answers);
        var apart = new AnswerOrdinals(index, campaign.Id);

        // Then every answer has its position, the same both ways
        Assert.True(answers.Count > 100);
        Assert.Equal(answers.Select(apart.OrdinalOf), answers.Select(together.OrdinalOf));
        Assert.All(answers, a => Assert.NotNull(together.OrdinalOf(a)));
    }
}
