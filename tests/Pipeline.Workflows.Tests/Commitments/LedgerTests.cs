using Pipeline.Core.Commitments;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Commitments;
using Pipeline.Workflows.Comparison;

namespace Pipeline.Workflows.Tests.Commitments;

/// <summary>The ledger derived from the demo campaign's indexed replies: what it lists, where quotes come from, follow-up.</summary>
public sealed class LedgerTests(DemoLedgerFixture demo) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public void EveryQuote_IsAVerbatimSubstringOfItsReplysExtractedText()
    {
        QuoteCheck.AssertVerbatim(demo.Index, demo.Campaign.Id, expectedReplies: 16);
    }

    [Theory]
    [InlineData("Castellan Vision Systems", StatementKind.Refusal, "1.c We cannot commit to providing lists of clients.", null, null)]
    [InlineData("Northwind Border Systems", StatementKind.Commitment, "1c) We are willing to confirm to BHRRC, on request, the countries in which our systems are in service and the product families concerned.", null, "on request")]
    [InlineData("Saltmarsh Aerial Intelligence", StatementKind.Commitment, "It is not yet a full policy; our board has asked for one by the end of 2023, with a specific section on maritime surveillance and migration.", "2023-12-31", null)]
    public void DemoLedger_ListsDisclosureCommitmentsAndRefusals_WithTheirFields(string company, StatementKind kind, string quote, string? deadline, string? condition)
    {
        var ledger = IndexedLedgers.Open(demo.Index, demo.Campaign.Id).Ledger;

        var item = Assert.Single(ledger.Items, i => i.Statement.Text == quote);

        Assert.Equal((company, kind, deadline, condition), (item.Company, item.Statement.Kind, item.Statement.Deadline?.Value, item.Statement.Condition));
        Assert.Equal(condition is not null, item.Statement.Hedged);
    }

    [Fact]
    public void DemoLedger_EveryCompanyThatReplied_HasACommitmentOrRefusal()
    {
        var ledger = IndexedLedgers.Open(demo.Index, demo.Campaign.Id).Ledger;
        using var index = SegmentIndex.Open(demo.Index);
        var replied = index.ListDocuments(demo.Campaign.Id).Select(d => demo.Campaign.FindCompany(d.Company!)!.Name).Distinct().ToList();

        Assert.Equal(16, replied.Count);
        Assert.All(replied, company => Assert.Contains(ledger.Items, i => i.Company == company && i.Statement.Kind is StatementKind.Commitment or StatementKind.Refusal));
        Assert.Equal("model", ledger.Classifier);
    }

    [Fact]
    public void FollowUp_SetBesideTheCampaign_ShowsOnTheItem_FiltersIt_AndAnUnknownItemIsAnOrphan()
    {
        // Given a dated commitment and a follow-up file beside the campaign file the index recorded at ingest
        var context = IndexedLedgers.Open(demo.Index, demo.Campaign.Id);
        Assert.Equal(FollowUpFile.Beside(demo.CampaignFile), context.FollowUpPath);
        var due = context.Ledger.Items.First(i => i.Statement.Kind == StatementKind.Commitment && i.Statement.Deadline?.Value == "2023-12-31");
        var dueBefore2024 = new LedgerFilter(null, [StatementKind.Commitment], new DateOnly(2023, 12, 31), [FollowUpStatus.Open]);
        Assert.Contains(due, dueBefore2024.Apply(context.Ledger));
        try
        {
            // When it is marked broken, and a follow-up names an item that no longer exists
            FollowUpFile.Append(context.FollowUpPath, new FollowUp(due.Id, FollowUpStatus.Broken, "no policy published", "https://example.org/evidence", DateTimeOffset.UtcNow));
            FollowUpFile.Append(context.FollowUpPath, new FollowUp("000000000000", FollowUpStatus.Fulfilled, null, null, DateTimeOffset.UtcNow, "a sentence since removed"));
            var after = IndexedLedgers.Open(demo.Index, demo.Campaign.Id).Ledger;

            // Then the item carries it, the "open and due" list no longer does, and the unknown one is kept as an orphan
            var item = Assert.Single(after.Items, i => i.Id == due.Id);
            Assert.Equal((FollowUpStatus.Broken, "no policy published"), (item.Status, item.FollowUp!.Note));
            Assert.DoesNotContain(dueBefore2024.Apply(after), i => i.Id == due.Id);
            Assert.Equal(["000000000000"], after.Orphans.Select(o => o.Item));
        }
        finally
        {
            File.Delete(context.FollowUpPath);
        }
    }

    [Fact]
    public void Comparison_CarriesTheLedger_WithStableIds()
    {
        using var index = SegmentIndex.Open(demo.Index);

        var comparison = ComparisonBuilder.Build(index, demo.Campaign);

        Assert.NotNull(comparison.Commitments);
        var again = IndexedLedgers.Open(demo.Index, demo.Campaign.Id).Ledger;
        Assert.Equal(again.Items.Select(i => i.Id), comparison.Commitments.Items.Select(i => i.Id));
        Assert.All(comparison.Commitments.Items, i => Assert.Equal(LedgerBuilder.ItemId(i.DocumentId, i.Statement.Text), i.Id));
    }
}
