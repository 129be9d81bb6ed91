using Pipeline.Core.Archive;
using Pipeline.Core.Segments;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Evaluation.Archive;

namespace Pipeline.Workflows.Tests.Archive;

/// <summary>
/// Changes and reuse between the demo campaign and its 2024 follow-up, against the follow-up's gold (written blind:
/// corpus/campaigns/demo-2024/README.md). Floors sit at the figures measured (`pipeline eval archive`: changes 197/200
/// found, 197/206 right, status changes 35/37; reuse 144/144 found, 144/144 right), so a regression fails.
/// </summary>
public sealed class ArchiveEvaluationTests(DemoArchive demo) : IClassFixture<DemoArchive>
{
    [Fact]
    public void Changes_DemoToFollowUp_StayAboveTheMeasuredFloors()
    {
        // When
        var result = ChangesEvaluation.Score(ChangesBuilder.Build(demo.Archive.Index, demo.From, demo.To), DemoArchive.Gold);

        // Then (floors at the figures measured with the shipped topic model: 196 of 200 since the n-gram-only model, which leaves one more Kalliston paragraph outside the answers)
        Assert.Equal(200, result.GoldParagraphs);
        Assert.True(result.FoundRight >= 196, $"recall {result.FoundRight}/{result.GoldParagraphs}: {string.Join(" | ", result.Misses)}");
        Assert.True(result.Precision >= 0.95, $"precision {result.ReportedRight}/{result.Reported}");
        Assert.True(result.StatusChangesFound == result.GoldStatusChanges, $"status changes {result.StatusChangesFound}/{result.GoldStatusChanges}: {string.Join(" | ", result.StatusMisses)}");
        Assert.Empty(result.StatusMisses);
    }

    [Fact]
    public void Changes_UpdatedFigures_AreAWordDiffOfTheSameParagraph()
    {
        // When
        var changes = ChangesBuilder.Build(demo.Archive.Index, demo.From, demo.To);

        // Then Northwind's deployment figures: one edited paragraph, 64 → 71 masts and 23 → 26 vehicles
        var deployments = Assert.Single(changes.Changes, c => c.Company == "Northwind Border Systems" && c.Question.Value == "1b");
        Assert.Equal(MatchedBy.SameAs, deployments.MatchedBy);
        var paragraph = Assert.Single(deployments.Paragraphs);
        Assert.Equal(ChangeKind.Edited, paragraph.Kind);
        Assert.Equal(["64", "23"], paragraph.Diff.Where(e => e.Kind == EditKind.Deleted).Select(e => e.Text));
        Assert.Equal(["71", "26"], paragraph.Diff.Where(e => e.Kind == EditKind.Inserted).Select(e => e.Text));
    }

    [Fact]
    public void Changes_UpdatedFigures_AreOneClaimDroppedAndOneNew()
    {
        // When
        var changes = ChangesBuilder.Build(demo.Archive.Index, demo.From, demo.To);

        // Then the ledgers' claims: 2024's 71 masts new, 2022's 64 dropped
        var deployments = Assert.Single(changes.Changes, c => c.Company == "Northwind Border Systems" && c.Question.Value == "1b");
        var added = Assert.Single(deployments.Statements, s => s.Change == ChangeKind.New);
        var dropped = Assert.Single(deployments.Statements, s => s.Change == ChangeKind.Dropped);
        Assert.Equal((Core.Commitments.StatementKind.Claim, "demo-2024"), (added.Item.Statement.Kind, added.Item.Campaign));
        Assert.Contains("71 fixed camera masts", added.Item.Statement.Text, StringComparison.Ordinal);
        Assert.Equal((Core.Commitments.StatementKind.Claim, "demo"), (dropped.Item.Statement.Kind, dropped.Item.Campaign));
        Assert.Contains("64 fixed camera masts", dropped.Item.Statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_UnchangedAnswer_HasNoStatementChanges()
    {
        // When
        var changes = ChangesBuilder.Build(demo.Archive.Index, demo.From, demo.To);

        // Then every answer whose paragraphs are all unchanged keeps its commitments, claims and refusals
        var unchanged = changes.Changes.Where(c => c.Before is not null && c.Paragraphs.Length > 0 && c.Paragraphs.All(p => p.Kind == ChangeKind.Unchanged)).ToList();
        Assert.True(unchanged.Count > 20, $"{unchanged.Count} unchanged answers");
        Assert.All(unchanged, c => Assert.Empty(c.Statements));
    }

    [Fact]
    public void Changes_CompanyThatStoppedAnswering_HasNoResponseAndItsAnswersDropped()
    {
        // When
        var changes = ChangesBuilder.Build(demo.Archive.Index, demo.From, demo.To);

        // Then Castellan answered in 2022 and sent nothing in 2024
        var castellan = changes.Changes.Where(c => c.Company == "Castellan Vision Systems" && c.MatchedBy == MatchedBy.SameAs).ToList();
        Assert.NotEmpty(castellan);
        Assert.All(castellan, c => Assert.Equal(AnswerStatus.NoResponse, c.After));
        Assert.Contains(castellan, c => c.Paragraphs.Any(p => p.Kind == ChangeKind.Dropped));
        Assert.Contains(castellan, c => c.Statements.Any(s => s.Change == ChangeKind.Dropped && s.Item.Company == "Castellan Vision Systems"));
        Assert.All(castellan, c => Assert.DoesNotContain(c.Statements, s => s.Change == ChangeKind.New));
    }

    [Fact]
    public void Reuse_DemoArchive_FindsTheCopiesAndNoCourtesyLine()
    {
        // When
        var reuse = ReuseFinder.Find(demo.Archive.Index);
        var result = ReuseEvaluation.Score(reuse, DemoArchive.Gold, 25);

        // Then Meridian's copy of Northwind's grievance paragraph, the template used by Ostral and Veltrane, Helvora's policy
        Assert.Contains(reuse, r => r.Kind == ReuseKind.CrossCompany && r.Later.Company == "Meridian Gate Technologies" && r.Source.Company == "Northwind Border Systems");
        Assert.Contains(reuse, r => r.Kind == ReuseKind.Reference && r.Later.Company == "Ostral Photonics" && r.Source.File.Contains("template", StringComparison.Ordinal));
        Assert.Contains(reuse, r => r.Kind == ReuseKind.Reference && r.Later.Company == "Helvora Biometrics" && r.Source.Company == "Helvora Biometrics");
        Assert.DoesNotContain(reuse, r => r.Later.Text.Contains("sincerely", StringComparison.OrdinalIgnoreCase) || r.Later.Text.StartsWith("Dear ", StringComparison.Ordinal));
        Assert.True(result.Found == result.GoldPairs, $"recall {result.Found}/{result.GoldPairs}: {string.Join(" | ", result.Misses)}");
        Assert.True(result.Precision >= 0.99, $"precision {result.ReportedRight}/{result.Reported}: {string.Join(" | ", result.Extra)}");
    }

    [Fact]
    public void Reuse_DemoArchive_ReportsNoLineOutsideTheAnswersThatTheGoldCallsOther()
    {
        // Given every letterhead, greeting, thanks and signature line of both campaigns' gold (Valmont repeats its French
        // courtesies word for word, and every letter has some)
        var courtesies = new[] { "demo", "demo-2024" }
            .SelectMany(c => Directory.EnumerateFiles(Testing.RepoPaths.InRepo("corpus", "campaigns", c, "gold"), "*.gold.jsonl"))
            .SelectMany(File.ReadLines)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("question").GetString() == "general" && e.GetProperty("topic").GetString() == "other")
            .Select(e => string.Join(' ', TextReuse.Words.Keys(e.GetProperty("text").GetString()!)))
            .ToHashSet(StringComparer.Ordinal);

        // When
        var reuse = ReuseFinder.Find(demo.Archive.Index, minimumWords: 1);

        // Then
        Assert.True(courtesies.Count > 100, $"{courtesies.Count} lines");
        Assert.DoesNotContain(reuse.SelectMany(r => new[] { r.Later.Text, r.Source.Text }), t => courtesies.Contains(string.Join(' ', TextReuse.Words.Keys(t))));
    }

    [Fact]
    public void Reuse_CopyOfTextTheSourceRepeats_NamesItsEarliestOccurrence()
    {
        // When
        var reuse = ReuseFinder.Find(demo.Archive.Index);

        // Then Meridian's 2024 paragraph copies Northwind's, which Northwind sent in 2022 and again in 2024: one copy, of 2022's
        var copy = Assert.Single(reuse, r => r.Kind == ReuseKind.CrossCompany && r.Later.Company == "Meridian Gate Technologies");
        Assert.Equal(("Northwind Border Systems", "demo"), (copy.Source.Company, copy.Source.CampaignId));
        Assert.Equal(2, copy.Companies);

        // and Northwind's 2024 repeat of its own text is not read as a copy of Meridian's, sent to the same campaign
        Assert.DoesNotContain(reuse, r => r.Kind == ReuseKind.CrossCompany && r.Later.Company == "Northwind Border Systems");
    }

    [Fact]
    public void Reuse_TemplateTwoCompaniesUsed_IsTheirCopiesOfTheTemplateNotOfEachOther()
    {
        // When
        var reuse = ReuseFinder.Find(demo.Archive.Index);

        // Then Ostral and Veltrane each copy the association's template, and are not reported as copying each other
        Assert.Contains(reuse, r => r.Kind == ReuseKind.Reference && r.Later.Company == "Veltrane Mobility Sensing" && r.Source.File.Contains("template", StringComparison.Ordinal));
        Assert.DoesNotContain(reuse, r => r.Kind == ReuseKind.CrossCompany && new[] { r.Later.Company, r.Source.Company }.Order().SequenceEqual(["Ostral Photonics", "Veltrane Mobility Sensing"]));
    }

    [Fact]
    public void ReuseMarks_FollowUpComparison_MarksTheCopiedAnswersWithTheirSource()
    {
        // Given the follow-up's comparison, as the report and the web app read it
        using var index = Search.Reading.SegmentIndex.Open(demo.Archive.Index.Path);
        var comparison = Comparison.ComparisonBuilder.Build(index, demo.To);

        // When
        var marked = ReuseMarks.Apply(comparison, demo.Archive.Index.Path);

        // Then Meridian's 2d answer names Northwind's 2022 reply; Veltrane's 2e the association's template; Northwind's new 1c nothing
        var meridian = marked.Cell("Meridian Gate Technologies", Core.Campaigns.QuestionId.Parse("2d"))!.Answers.SelectMany(a => a.Reused).ToList();
        Assert.Contains(meridian, m => m.Kind == ReuseKind.CrossCompany && (m.Elsewhere.Company, m.Elsewhere.CampaignId) == ("Northwind Border Systems", "demo"));
        var veltrane = marked.Cell("Veltrane Mobility Sensing", Core.Campaigns.QuestionId.Parse("2e"))!.Answers.SelectMany(a => a.Reused).ToList();
        Assert.Contains(veltrane, m => m.Kind == ReuseKind.Reference && m.Elsewhere.File.Contains("template", StringComparison.Ordinal));
        Assert.All(marked.Cell("Northwind Border Systems", Core.Campaigns.QuestionId.Parse("1c"))!.Answers, a => Assert.Empty(a.Reused));
        Assert.All(comparison.QuestionCells.SelectMany(c => c.Answers.IsDefault ? [] : c.Answers), a => Assert.Empty(a.Reused));
    }
}
