using Pipeline.Core.Campaigns;
using Pipeline.Core.Commitments;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Tests.Fixtures;

/// <summary>The comparison fixture with a small ledger: a dated commitment followed up as broken, an undated refusal, a dated claim, and an item of an unselected company.</summary>
internal static class LedgerFixture
{
    public static LedgerItem Commitment { get; } = Item("c0mm17000001", "Castellan Security", StatementKind.Commitment, "We will publish our human rights policy by the end of 2023.", new Deadline("by the end of 2023", "2023-12-31"), "2e") with
    {
        FollowUp = new FollowUp("c0mm17000001", FollowUpStatus.Broken, "Not on the website in March 2024 <b>", "https://example.org/check", new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero)),
    };

    public static LedgerItem Refusal { get; } = Item("ref000000002", "Aquila Aerospace", StatementKind.Refusal, "We cannot share lists of government customers <script>x</script>.", null, "1c");

    public static LedgerItem Claim { get; } = Item("c1a1m0000003", "Iris Gate Biometrics", StatementKind.Claim, "We suspended a quotation to one customer in 2021.", new Deadline("in 2021", "2021"), "3");

    public static CampaignComparison Comparison { get; } = ComparisonFixture.Comparison with
    {
        Commitments = new CommitmentLedger(ComparisonFixture.Campaign.Id, [Commitment, Refusal, Claim]),
    };

    private static LedgerItem Item(string id, string company, StatementKind kind, string text, Deadline? deadline, string question) =>
        new(id, ComparisonFixture.Campaign.Id, company, ComparisonFixture.DocumentId(company + ".pdf"), company + ".pdf", [2], [QuestionId.Parse(question)], Topic.PolicyCommitment, 3,
            new Statement(kind, text, 0, 0.9) { Deadline = deadline });
}
