using Pipeline.Core.Commitments;
using Pipeline.Core.Corrections;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Commitments;
using Pipeline.Workflows.Comparison;
using Pipeline.Workflows.Corrections;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Tests.Commitments;

/// <summary>
/// Issue 15's "a researcher can reject or fix an item", through issue 14's corrections: a statement correction in
/// corrections.jsonl, anchored by the item's quote, applied whenever the ledger is derived.
/// </summary>
public sealed class LedgerCorrectionTests(DemoLedgerFixture demo) : IClassFixture<DemoLedgerFixture>
{
    private const string CastellanRefusal = "1.c We cannot commit to providing lists of clients.";
    private const string SaltmarshPolicy = "It is not yet a full policy; our board has asked for one by the end of 2023, with a specific section on maritime surveillance and migration.";

    [Fact]
    public void Reject_TakesTheItemOutOfTheLedgerAndTheComparison_KeepsItAsRejected_AndUndoBringsItBack()
    {
        // Given Castellan's refusal, named by the start of its quote
        var item = Item(CastellanRefusal);
        var job = CorrectionJob.CreateDefault();

        // When a researcher rejects it
        var outcome = job.Record(demo.Campaign, Statement(item.File, "1.c We cannot commit") with { ItemKind = StatementKind.None }, Options);
        try
        {
            // Then the correction keeps the whole quote as its anchor, no reply is processed again,
            // and the item is out of the ledger (CLI, web) and the comparison (XLSX, report), kept among the rejected
            Assert.Equal((CastellanRefusal, 0), (outcome.Correction.Text, outcome.Reindexed));
            var ledger = IndexedLedgers.Open(demo.Index, demo.Campaign.Id).Ledger;
            Assert.DoesNotContain(ledger.Items, i => i.Id == item.Id);
            var rejected = Assert.Single(ledger.Rejected);
            Assert.Equal((item.Id, StatementKind.Refusal), (rejected.Id, rejected.Correction!.MachineKind));
            Assert.Equal([outcome.Correction.Id], rejected.Correction.Ids.ToArray());
            using (var index = SegmentIndex.Open(demo.Index))
            {
                Assert.DoesNotContain(ComparisonBuilder.Build(index, demo.Campaign).Commitments!.Items, i => i.Id == item.Id);
                var state = Assert.Single(CorrectionCheck.Run(index, demo.Campaign, CorrectionFile.Load(outcome.File)));
                Assert.Equal(CorrectionStanding.Applied, state.Standing);
                Assert.Contains(item.Id, state.Detail, StringComparison.Ordinal);
            }
        }
        finally
        {
            job.Undo(demo.Campaign, outcome.Correction.Id, Options);
        }

        // When undone, the machine's item is back, unmarked
        var back = Assert.Single(IndexedLedgers.Open(demo.Index, demo.Campaign.Id).Ledger.Items, i => i.Id == item.Id);
        Assert.Null(back.Correction);
    }

    [Fact]
    public void KindDeadlineAndCondition_Fixed_ReplaceTheMachinesReading_WhichTheItemKeeps()
    {
        // Given Saltmarsh's policy commitment due by the end of 2023, without condition
        var item = Item(SaltmarshPolicy);
        Assert.Equal(("2023-12-31", null), (item.Statement.Deadline?.Value, item.Statement.Condition));
        var job = CorrectionJob.CreateDefault();

        // When a researcher moves its deadline to the first half of 2024, then adds a condition (two corrections)
        var first = job.Record(demo.Campaign, Statement(item.File, SaltmarshPolicy) with { Deadline = "2024-H1" }, Options);
        var second = job.Record(demo.Campaign, Statement(item.File, SaltmarshPolicy) with { Condition = "if the board approves it" }, Options);
        try
        {
            // Then the item shows both, marked with both ids and the machine's reading,
            // and it is no longer due before 2024
            var ledger = IndexedLedgers.Open(demo.Index, demo.Campaign.Id).Ledger;
            var corrected = Assert.Single(ledger.Items, i => i.Id == item.Id);
            Assert.Equal((StatementKind.Commitment, "2024-H1", "if the board approves it", true), (corrected.Statement.Kind, corrected.Statement.Deadline?.Value, corrected.Statement.Condition, corrected.Statement.Hedged));
            Assert.Equal([first.Correction.Id, second.Correction.Id], corrected.Correction!.Ids.ToArray());
            Assert.Equal(("2023-12-31", (string?)null), (corrected.Correction.MachineDeadline?.Value, corrected.Correction.MachineCondition));
            Assert.DoesNotContain(new LedgerFilter(null, [], new DateOnly(2023, 12, 31), []).Apply(ledger), i => i.Id == item.Id);
            Assert.Contains(new LedgerFilter(null, [], new DateOnly(2024, 6, 30), []).Apply(ledger), i => i.Id == item.Id);
        }
        finally
        {
            job.Undo(demo.Campaign, second.Correction.Id, Options);
            job.Undo(demo.Campaign, first.Correction.Id, Options);
        }
    }

    [Fact]
    public void Record_AQuoteNoItemHas_OrABadDeadline_IsRejected_WithTheReplysItemsAsCandidates()
    {
        var item = Item(CastellanRefusal);
        var job = CorrectionJob.CreateDefault();

        var unknown = Assert.Throws<CorrectionRejectedException>(() => job.Record(demo.Campaign, Statement(item.File, "We promise a pony") with { ItemKind = StatementKind.Claim }, Options));
        var badDeadline = Assert.Throws<CorrectionRejectedException>(() => job.Record(demo.Campaign, Statement(item.File, CastellanRefusal) with { Deadline = "end of 2023" }, Options));
        var nothing = Assert.Throws<CorrectionRejectedException>(() => job.Record(demo.Campaign, Statement(item.File, CastellanRefusal), Options));

        Assert.StartsWith($"no ledger item of {item.File} quotes \"We promise a pony\"", unknown.Message, StringComparison.Ordinal);
        Assert.NotEmpty(unknown.Candidates);
        Assert.Contains("'end of 2023' is not a date or period", badDeadline.Message, StringComparison.Ordinal);
        Assert.StartsWith("say what is right of the ledger item", nothing.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(CorrectionFile.PathFor(demo.Campaign)) && CorrectionFile.Load(CorrectionFile.PathFor(demo.Campaign)).Length > 0);
    }

    [Fact]
    public void Apply_ToANewCopyOfTheReply_FindsTheItemByItsQuote_AndListsACorrectionWhoseQuoteIsGone()
    {
        // Given the ledger as a new copy of Castellan's reply would give it (new bytes: new document id, new item ids)
        var ledger = IndexedLedgers.Open(demo.Index, demo.Campaign.Id).Ledger;
        var renewed = ledger with { Items = [.. ledger.Items.Select(i => i with { DocumentId = "new-bytes", Id = LedgerBuilder.ItemId("new-bytes", i.Statement.Text) })] };
        var item = Item(CastellanRefusal);
        var kind = Statement(item.File, CastellanRefusal) with { Id = "c-00000001", ItemKind = StatementKind.Claim };
        var gone = Statement(item.File, "A sentence since removed from the reply.") with { Id = "c-00000002", ItemKind = StatementKind.None };

        // When the corrections apply
        var corrected = LedgerCorrections.Apply(renewed, [kind, gone]);

        // Then the quote still designates the item; the other correction is listed as applied to nothing
        var found = Assert.Single(corrected.Items, i => i.Statement.Text == CastellanRefusal);
        Assert.Equal((StatementKind.Claim, StatementKind.Refusal), (found.Statement.Kind, found.Correction!.MachineKind));
        Assert.Equal(["c-00000002"], corrected.Unapplied.Select(c => c.Id));
        Assert.Equal(ledger.Items.Length, corrected.Items.Length);
    }

    private IngestOptions Options => new() { IndexDirectory = demo.Index };

    private LedgerItem Item(string quote) =>
        Assert.Single(IndexedLedgers.Open(demo.Index, demo.Campaign.Id).Ledger.Items, i => i.Statement.Text == quote);

    private static Correction Statement(string reply, string text) =>
        new(string.Empty, CorrectionKind.Statement) { Reply = reply, Text = text, Author = "test" };
}
