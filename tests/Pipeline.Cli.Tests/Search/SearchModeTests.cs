using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Search;

/// <summary>`pipeline search --mode` and `pipeline eval search` on the demo campaign (issue 18).</summary>
[Collection(DemoCorpus.Name)]
public sealed class SearchModeTests(DemoCorpusIndex demo)
{
    [Fact]
    public async Task Search_PlainWords_AreHybridByDefault_AndFindGrievanceAnswersWordsMiss()
    {
        // Given the demo campaign, where one reply says "grievance mechanism" and many describe a channel in other words
        // When the concept is searched without a mode, and by its words alone
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("search", "grievance mechanism", "--limit", "20", "--index", demo.Path, "--json");
        var (_, words, _) = await PipelineProcess.RunAsync("search", "grievance mechanism", "--mode", "keyword", "--index", demo.Path, "--json");

        // Then the search is hybrid: the keyword hit first, matched both ways, and answers to the grievance question (2d)
        // of at least five companies among the first 20
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        using var keyword = JsonDocument.Parse(words);
        var root = json.RootElement;
        Assert.Equal("hybrid", root.GetProperty("mode").GetString());
        Assert.Equal("keyword", keyword.RootElement.GetProperty("mode").GetString());
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(keyword.RootElement.GetProperty("hits")[0].GetProperty("document").GetString(), hits[0].GetProperty("document").GetString());
        Assert.Equal("both", hits[0].GetProperty("matchedBy").GetString());
        var grievanceCompanies = hits.Where(h => h.GetProperty("questions")[0].GetString() == "2d").Select(h => h.GetProperty("company").GetString()).Distinct().ToList();
        Assert.True(grievanceCompanies.Count >= 5, string.Join(", ", grievanceCompanies));
        Assert.Contains(hits, h => h.GetProperty("matchedBy").GetString() == "meaning" && h.GetProperty("similarity").GetSingle() > 0.25f);
    }

    [Theory]
    [InlineData("customers AND (confidential OR disclose)", "keyword")]
    [InlineData("biometric*", "keyword")]
    [InlineData("company:Helvora iris", "keyword")]
    [InlineData("\"speak up\" line", "hybrid")]
    [InlineData("end-user checks", "hybrid")]
    public async Task Search_WithoutMode_IsKeywordForLuceneSyntax_HybridForPlainWords(string query, string expected)
    {
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("search", query, "--index", demo.Path, "--json", "--limit", "1");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(expected, json.RootElement.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Search_Semantic_ReadsTheQueryAsPlainText_AndMarksTheNearestSentence()
    {
        // Given a query that is not valid Lucene syntax (an unclosed parenthesis)
        // When it is searched by meaning, as text
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("search", "(who can complain", "--mode", "semantic", "--index", demo.Path);

        // Then it runs, and each hit says it matched by meaning with its similarity, its nearest sentence marked
        Assert.True(exit == 0, stderr);
        Assert.Contains("segments match by meaning \"(who can complain\"", stdout, StringComparison.Ordinal);
        Assert.Contains(" · by meaning 0.", stdout, StringComparison.Ordinal);
        Assert.Contains("«", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_UnknownMode_IsAUsageError()
    {
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("search", "drones", "--mode", "fuzzy", "--index", demo.Path);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal("error: --mode: 'fuzzy' is not keyword, semantic or hybrid\n", stderr);
    }

    [Fact]
    public async Task EvalSearch_PrintsRecallAndNdcgPerMode()
    {
        // Given two judged queries over the demo campaign: one whose passage uses the query's words, one that does not
        var folder = Path.Combine(Path.GetTempPath(), "pipeline-eval-search-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var queries = Path.Combine(folder, "queries.jsonl");
            await File.WriteAllLinesAsync(queries,
            [
                """{"id":"q1","query":"grievance mechanism","language":"en","relevant":[{"campaign":"demo","reply":"Aldercrest Systems - reply","excerpt":"Our grievance mechanism is open to anyone who is, or believes they","grade":2}]}""",
                """{"id":"q2","query":"mécanisme de réclamation","language":"fr","relevant":[{"campaign":"demo","reply":"Aldercrest Systems - reply","excerpt":"Our grievance mechanism is open to anyone who is, or believes they","grade":2},{"campaign":"demo","reply":"Nobody - reply","excerpt":"words that are nowhere in the corpus at all","grade":1}]}""",
            ]);
            CopyFolder(demo.Path, Path.Combine(folder, "index"));

            // When the evaluation runs on a copy of the ingested demo index
            var (exit, stdout, stderr) = await PipelineProcess.RunAsync(
                "eval", "search", "--queries", queries, "--campaign", RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"), "--index", Path.Combine(folder, "index"));

            // Then the table has the three modes; q1's passage is found by words, and the unlocatable passage is listed
            Assert.True(exit == 0, stderr);
            Assert.Contains("| mode | recall@20 | nDCG@10 | replies reached@20 |", stdout, StringComparison.Ordinal);
            Assert.Contains("| keyword |", stdout, StringComparison.Ordinal);
            Assert.Contains("| semantic |", stdout, StringComparison.Ordinal);
            Assert.Contains("| hybrid |", stdout, StringComparison.Ordinal);
            Assert.Contains("q1 [en] \"grievance mechanism\" (1 relevant): 1.00 / ", stdout, StringComparison.Ordinal);
            Assert.Contains("q2 [fr] \"mécanisme de réclamation\" (2 relevant, 1 not located)", stdout, StringComparison.Ordinal);
            Assert.Contains("q2: Nobody - reply: words that are nowhere in the corpus at all", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
