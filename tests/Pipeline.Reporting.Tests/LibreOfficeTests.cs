using System.Text;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Tests.Fixtures;
using Pipeline.Reporting.Tests.Support;
using Pipeline.Testing;

namespace Pipeline.Reporting.Tests;

/// <summary>The workbook opens in LibreOffice, a second reader besides the OpenXml SDK.</summary>
public sealed class LibreOfficeTests
{
    [ToolFact("soffice", Component = "libsclo.so")]
    public void Workbook_ConvertedByLibreOffice_HasTheFixtureStatusesInEveryMatrixCell()
    {
        // Given
        var xlsx = Rendered.ToTempFile("compare.xlsx", Rendered.Bytes(ComparisonFormat.Xlsx));
        var dir = Path.GetDirectoryName(xlsx)!;
        var profile = Directory.CreateTempSubdirectory("pipeline-soffice-").FullName;

        // When: every sheet to its own CSV (UTF-8, comma, quoted text)
        try
        {
            ExternalTool.Run(
                InstalledProgram.Find("soffice")!,
                [
                    $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, xlsx,
                ],
                TimeSpan.FromMinutes(3));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }

        // Then
        var matrix = StrictCsv.Parse(File.ReadAllText(Path.Combine(dir, "compare-By question.csv"), Encoding.UTF8), crlf: false);
        Assert.Equal(ExpectedMatrix.Companies, matrix.Skip(1).Select(r => r[0]));
        foreach (var (company, question, status) in ExpectedMatrix.Cells)
        {
            var row = matrix[Array.IndexOf(ExpectedMatrix.Companies, company) + 1];
            var title = StatusStyles.All.Single(s => s.Label == status).Title;
            Assert.StartsWith(title, row[Array.IndexOf(ExpectedMatrix.Questions, question) + 2]);
        }

        var answers = StrictCsv.Parse(File.ReadAllText(Path.Combine(dir, "compare-Answers.csv"), Encoding.UTF8), crlf: false);
        Assert.Contains(answers, r => r[0] == "Delphine Systèmes" && r[5] == ComparisonFixture.FrenchAnswer);
        Assert.True(File.Exists(Path.Combine(dir, "compare-Sources.csv")));
    }
}
