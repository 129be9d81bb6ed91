using Pipeline.Core.Archive;
using Pipeline.Core.Segments;
using Pipeline.Workflows.Archive;
using Pipeline.Workflows.Evaluation.Archive;

namespace Pipeline.Workflows.Tests.Archive;

/// <summary>
/// Changes and reuse between the demo campaign and its 2024 follow-up, against the follow-up's gold (written blind:
/// corpus/campaigns/demo-2024/README.md). Floors sit just under the figures measured when this was built
/// (changes recall 0.920, precision 0.844, status changes 32/37; reuse in-scope recall 93/114, precision 97/101), so a
/// regression fails; they are not the targets, which are not met yet.
/// </summary>
public sealed class ArchiveEvaluationTests(DemoArchive demo) : IClassFixture<DemoArchive>
{
    [Fact]
    public void Changes_DemoToFollowUp_StayAboveTheMeasuredFloors()
    {
        // When
        var result = ChangesEvaluation.Score(ChangesBuilder.Build(demo.Archive.Index, demo.From, demo.To), DemoArchive.Gold);

        // Then
        Assert.Equal(200, result.GoldParagraphs);
        Assert.True(result.Recall >= 0.90, $"recall {result.Recall:0.000}");
        Assert.True(result.Precision >= 0.82, $"precision {result.Precision:0.000}");
        Assert.True(result.StatusChangesFound >= 30, $"status changes {result.StatusChangesFound}/{result.GoldStatusChanges}");
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
    public void Changes_CompanyThatStoppedAnswering_HasNoResponseAndItsAnswersDropped()
    {
        // When
        var changes = ChangesBuilder.Build(demo.Archive.Index, demo.From, demo.To);

        // Then Castellan answered in 2022 and sent nothing in 2024
        var castellan = changes.Changes.Where(c => c.Company == "Castellan Vision Systems" && c.MatchedBy == MatchedBy.SameAs).ToList();
        Assert.NotEmpty(castellan);
        Assert.All(castellan, c => Assert.Equal(AnswerStatus.NoResponse, c.After));
        Assert.Contains(castellan, c => c.Paragraphs.Any(p => p.Kind == ChangeKind.Dropped));
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
        Assert.True(result.RecallInScope >= 0.80, $"recall {result.FoundInScope}/{result.InScope}");
        Assert.True(result.Precision >= 0.95, $"precision {result.ReportedRight}/{result.Reported}");
    }
}
