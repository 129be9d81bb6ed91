using DocumentFormat.OpenXml.Packaging;
using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Search.Reading;
using Pipeline.Testing;
using Pipeline.Workflows.Comparison;
using Pipeline.Workflows.Ingest;
using Sylvan.Data.Csv;

namespace Pipeline.Workflows.Tests;

/// <summary>The main job end to end on a copy of the demo campaign, with one extra reply that carries a script tag.</summary>
public sealed class RunJobTests : IClassFixture<RunJobTests.DemoRun>
{
    private const string Injected = "<script>alert(1)</script>";
    private readonly DemoRun _run;

    public RunJobTests(DemoRun run) => _run = run;

    [Fact]
    public void Run_WritesTheComparisonAndTheReport()
    {
        Assert.Equal(
            ["demo-compare.csv", "demo-compare.xlsx", "demo-compare.html", "demo-report.html"],
            _run.Summary.Outputs.Select(Path.GetFileName));
        Assert.Equal((17, 0), (_run.Summary.Ingest.Added, _run.Summary.Ingest.Failed));
    }

    [Fact]
    public void Matrix_AgreesWithTheGoldAnnotations()
    {
        // Given the statuses the gold annotations imply, decided by the same rules
        var expected = GoldMatrix.Expected(_run.Campaign);

        // When
        var cells = expected.Where(e => e.Key.Company != "Greyfriars Surveillance Solutions").Select(e => (e.Key, Expected: e.Value, Actual: _run.Comparison.Cell(e.Key.Company, e.Key.Question)!.Status)).ToList();

        // Then at least 95 % of cells agree (Greyfriars' reply is this test's own, without gold), and a company that sent nothing is "no_response"
        var agreement = (double)cells.Count(c => c.Expected == c.Actual) / cells.Count;
        var disagreements = string.Join("\n", cells.Where(c => c.Expected != c.Actual).Select(c => $"{c.Key}: gold {c.Expected}, pipeline {c.Actual}"));
        Assert.True(agreement >= 0.95, $"agreement {agreement:P1}\n{disagreements}");
        Assert.All(_run.Campaign.Questions, q => Assert.Equal(Core.Segments.AnswerStatus.NoResponse, _run.Comparison.Cell("Lumen Arc Robotics", q.Id)!.Status));
    }

    [Fact]
    public void Csv_ParsesBackToTheMatrix()
    {
        // When
        using var csv = CsvDataReader.Create(_run.Output("demo-compare.csv"));
        var rows = new List<(string Company, string Question, string Status, string Text)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString(csv.GetOrdinal("company")), csv.GetString(csv.GetOrdinal("question")), csv.GetString(csv.GetOrdinal("status")), csv.GetString(csv.GetOrdinal("text"))));
        }

        // Then one row per company × question, with the same status and text as the comparison
        Assert.Equal(_run.Comparison.Companies.Length * _run.Campaign.Questions.Length, rows.Count);
        foreach (var row in rows)
        {
            var cell = _run.Comparison.Cell(row.Company, QuestionId.Parse(row.Question))!;
            Assert.Equal(Snake(cell.Status), row.Status);
        }

        Assert.Contains(rows, r => r.Company == "Greyfriars Surveillance Solutions" && r.Question == "1a" && r.Text.Contains(Injected, StringComparison.Ordinal));
    }

    [Fact]
    public void Xlsx_OpensWithTheExpectedSheetsAndCells()
    {
        using var workbook = SpreadsheetDocument.Open(_run.Output("demo-compare.xlsx"), isEditable: false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["By question", "By topic", "Answers", "Commitments", "Sources", "Legend"], sheets);
        var text = string.Join("\n", workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()).Select(t => t.Text));
        Assert.Contains("Helvora Biometrics", text, StringComparison.Ordinal);
        Assert.Contains("It is not yet a full policy; our board has asked for one by the end of 2023, with a specific section on maritime surveillance and migration.", text, StringComparison.Ordinal);
        Assert.Contains(Injected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo-compare.html")]
    [InlineData("demo-report.html")]
    public void Html_ShowsTextFromRepliesOnlyEscaped(string file)
    {
        var html = File.ReadAllText(_run.Output(file));
        Assert.DoesNotContain(Injected, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TableReplies_LabelsAndRestatedQuestions_AreNeitherTopicsNorQuotedAnswers()
    {
        // Given Kestrel's answers under bare labels ("1a" … "3": a table the PDF lost) and Dorvane's beside the
        // questions restated in its question | answer table
        // When the comparison is made
        var kestrelOther = _run.Comparison.Cell("Kestrel Ridge Analytics", Core.Topics.Topic.Other)!;
        var dorvane1a = _run.Comparison.Cell("Dorvane Identity Solutions", QuestionId.Parse("1a"))!;
        var kestrel1a = _run.Comparison.Cell("Kestrel Ridge Analytics", QuestionId.Parse("1a"))!;

        // Then the labels count under no topic (they were 9 of Kestrel's 10 "other" segments), and an answer is quoted
        // without its label or the question above it
        Assert.True(kestrelOther.Passages <= 2, $"{kestrelOther.Passages} segments of Kestrel's reply on 'other'");
        Assert.StartsWith("Yes. We supply passport and ID-document readers", Assert.Single(dorvane1a.Answers).Text, StringComparison.Ordinal);
        Assert.StartsWith("Kestrel Horizon is licensed", Assert.Single(kestrel1a.Answers).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TopicCoverage_ShowsTheDueDiligenceTopics_NotTheCatchAll()
    {
        // Given the report
        var html = File.ReadAllText(_run.Output("demo-report.html"));

        // When its coverage heatmap is read
        var coverage = html[html.IndexOf("<section id=\"coverage\">", StringComparison.Ordinal)..];
        coverage = coverage[..coverage.IndexOf("</section>", StringComparison.Ordinal)];

        // Then it has the 11 due-diligence topics and no "other" column (letterheads and greetings are no coverage)
        Assert.Contains("data-topic=\"grievance_mechanism\"", coverage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-topic=\"other\"", coverage, StringComparison.Ordinal);
    }

    private static string Snake(Core.Segments.AnswerStatus status) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    /// <summary>Runs the main job once for the whole class, in a temporary copy of the demo campaign.</summary>
    public sealed class DemoRun : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "pipeline-run-" + Guid.NewGuid().ToString("N"));

        public DemoRun()
        {
            var demo = RepoPaths.InRepo("corpus", "campaigns", "demo");
            Directory.CreateDirectory(Path.Combine(_root, "replies"));
            DemoCampaignCopy.CampaignFileTo(Path.Combine(_root, "campaign.yaml"));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(demo, "replies")))
            {
                File.Copy(file, Path.Combine(_root, "replies", Path.GetFileName(file)));
            }

            // Greyfriars never replied in the demo; here it sends an e-mail pasted as text, with markup in it.
            File.WriteAllText(Path.Combine(_root, "replies", "Greyfriars Surveillance Solutions - reply.txt"),
                $"Dear BHRRC,\n\n1a) We sell nothing to border agencies. {Injected} & \"quotes\", commas.\n\n2d) Our hotline is open to anyone.\n\nKind regards,\nGreyfriars\n");
            Campaign = CampaignLoader.Load(Path.Combine(_root, "campaign.yaml"));
            var index = Path.Combine(_root, "index");
            Summary = RunJob.CreateDefault().Run(Campaign, Path.Combine(_root, "out"), new IngestOptions { IndexDirectory = index });
            using var reader = SegmentIndex.Open(index);
            Comparison = ComparisonBuilder.Build(reader, Campaign);
        }

        public Campaign Campaign { get; }

        public RunSummary Summary { get; }

        public CampaignComparison Comparison { get; }

        public string Output(string name) => Path.Combine(_root, "out", name);

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
