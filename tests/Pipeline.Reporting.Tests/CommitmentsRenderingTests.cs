using DocumentFormat.OpenXml.Validation;
using Pipeline.Reporting.Selection;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;

namespace Pipeline.Reporting.Tests;

/// <summary>The ledger in the workbook and the report: a "Commitments" sheet, a report section with a deadline timeline.</summary>
public sealed class CommitmentsRenderingTests
{
    [Fact]
    public void Workbook_WithALedger_HasACommitmentsSheet_OneRowPerItemOfTheSelectedCompanies()
    {
        // Given the ledger, and a selection without Iris Gate Biometrics
        var options = CompareOptions.Default with { Companies = ["Castellan Security", "Aquila Aerospace"] };

        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx, options, LedgerFixture.Comparison));
        var rows = workbook.Rows("Commitments");

        // Then the sheet sits after "Answers", is valid, and lists the two selected companies' items with their fields
        Assert.Equal(["By question", "By topic", "Answers", "Commitments", "Sources", "Legend"], workbook.SheetNames);
        Assert.Empty(new OpenXmlValidator().Validate(workbook.Document));
        Assert.Equal(["Company", "Kind", "Statement", "Deadline", "Deadline as written"], rows[0][..5]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Castellan Security", "commitment", LedgerFixture.Commitment.Statement.Text, "2023-12-31", "by the end of 2023"], rows[1][..5]);
        Assert.Contains("broken", rows[1]);
        Assert.Contains("https://example.org/check", rows[1]);
        Assert.Equal(["Aquila Aerospace", "refusal"], rows[2][..2]);
    }

    [Fact]
    public void Report_WithALedger_HasACommitmentsSection_WithATimelineOfDatedItems()
    {
        // When
        var html = Rendered.Report(LedgerFixture.Comparison);

        // Then the section is linked from the navigation, the timeline marks the two dated items (not the refusal),
        // and document text is encoded
        Assert.Contains("<a href=\"#commitments\">Commitments</a>", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"commitments\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"deadline-timeline\"", html, StringComparison.Ordinal);
        Assert.Contains("data-item=\"c0mm17000001\" data-kind=\"commitment\" data-date=\"2023-12-31\"", html, StringComparison.Ordinal);
        Assert.Contains("data-item=\"c1a1m0000003\" data-kind=\"claim\" data-date=\"2021\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"mark\" data-item=\"ref000000002\"", html, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"item-ref000000002\" data-kind=\"refusal\" data-status=\"open\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"item-c0mm17000001\" data-kind=\"commitment\" data-status=\"broken\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>x</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("March 2024 <b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_CorrectedItem_ShowsTheCorrectedReading_WithTheMachinesInTheCorrectionColumn_AndARejectedItemIsNotListed()
    {
        // Given a ledger whose commitment a researcher redated and whose refusal was rejected
        var comparison = CorrectedLedger();

        // When
        using var workbook = new XlsxWorkbook(Rendered.Bytes(ComparisonFormat.Xlsx, CompareOptions.Default, comparison));
        var rows = workbook.Rows("Commitments");

        // Then
        Assert.Equal("Correction", rows[0][^1]);
        var commitment = Assert.Single(rows, r => r.Contains(LedgerFixture.Commitment.Id));
        Assert.Equal(["Castellan Security", "commitment", LedgerFixture.Commitment.Statement.Text, "2024-H1", "2024-H1"], commitment[..5]);
        Assert.Equal("✎ corrected (c-11111111; machine: commitment, deadline 2023-12-31)", commitment[^1]);
        Assert.DoesNotContain(rows, r => r.Contains(LedgerFixture.Refusal.Id));
        Assert.Empty(new OpenXmlValidator().Validate(workbook.Document));
    }

    [Fact]
    public void Report_CorrectedItem_IsMarked_AndARejectedItemIsLeftOut()
    {
        // When
        var html = Rendered.Report(CorrectedLedger());

        // Then the corrected row says what the machine had said, the rejected refusal is gone, and the note counts both
        Assert.Contains("<small class=\"corrected\">✎ corrected (c-11111111; machine: commitment, deadline 2023-12-31)</small>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("item-ref000000002", html, StringComparison.Ordinal);
        Assert.Contains("researchers corrected 1 item(s) and rejected 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutALedger_HasNoCommitmentsSection()
    {
        var html = Rendered.Report();

        Assert.DoesNotContain("id=\"commitments\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#commitments", html, StringComparison.Ordinal);
    }

    /// <summary>The fixture's ledger with its commitment redated (c-11111111) and its refusal rejected (c-22222222), as LedgerCorrections leaves it.</summary>
    private static Core.Reports.CampaignComparison CorrectedLedger()
    {
        var commitment = LedgerFixture.Commitment with
        {
            Statement = LedgerFixture.Commitment.Statement with { Deadline = new Core.Commitments.Deadline("2024-H1", "2024-H1") },
            Correction = new Core.Commitments.ItemCorrection(["c-11111111"], Core.Commitments.StatementKind.Commitment, LedgerFixture.Commitment.Statement.Deadline, null),
        };
        var refusal = LedgerFixture.Refusal with { Correction = new Core.Commitments.ItemCorrection(["c-22222222"], Core.Commitments.StatementKind.Refusal, null, null) };
        return LedgerFixture.Comparison with
        {
            Commitments = LedgerFixture.Comparison.Commitments! with { Items = [commitment, LedgerFixture.Claim], Rejected = [refusal] },
        };
    }
}
