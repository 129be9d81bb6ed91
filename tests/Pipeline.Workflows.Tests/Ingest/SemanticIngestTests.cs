using Pipeline.Campaigns;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Ingest;
using Pipeline.Workflows.Searching;

namespace Pipeline.Workflows.Tests.Ingest;

public sealed class SemanticIngestTests : IDisposable
{
    private readonly ReplyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_StoresPassageVectors_SoThatMeaningFindsGrievanceChannelsWordsMiss()
    {
        // Given the demo replies ingested
        IngestJob.CreateDefault().Run(CampaignLoader.Load(ReplyFolder.DemoCampaign), [_folder.Replies], new IngestOptions { IndexDirectory = _folder.Index, Jobs = 2 });
        using var index = SegmentIndex.Open(_folder.Index);

        // When "grievance mechanism" is searched by words and by meaning
        var keyword = ModeSearch.Run(index, SearchMode.Keyword, "grievance mechanism", SearchQueryParser.Parse("grievance mechanism").Query, SearchFilters.None, 20, 0);
        var meaning = ModeSearch.Run(index, SearchMode.Semantic, "grievance mechanism", null, SearchFilters.None, 20, 0);
        var hybrid = ModeSearch.Run(index, SearchMode.Hybrid, "grievance mechanism", SearchQueryParser.Parse("grievance mechanism").Query, SearchFilters.None, 20, 0);

        // Then every answer paragraph has vectors, and the answers to the grievance question (2d) found by meaning span
        // far more companies than the one whose words match
        Assert.True(index.VectorCount > index.SegmentCount, $"{index.VectorCount} vectors for {index.SegmentCount} segments");
        Assert.Empty(meaning.Notices);
        var byWords = Companies(keyword);
        var byMeaning = Companies(meaning);
        Assert.Single(byWords);
        Assert.True(byMeaning.Count >= 5, string.Join(", ", byMeaning));
        Assert.Superset(byWords.ToHashSet(), Companies(hybrid).ToHashSet());
        Assert.Equal(hybrid.Hits[0].Company, keyword.Hits[0].Company);
        Assert.Equal(SearchMatch.Both, hybrid.Hits[0].MatchedBy);
    }

    [Fact]
    public void Hybrid_GrievanceMechanism_ReachesEveryDemoCompanyDescribingAGrievanceChannel_InItsFirst20()
    {
        // Given the demo replies ingested: 12 companies answer 2d with a grievance channel; Orvik, Brightwater and
        // Meridian mention theirs inside an answer on their code of conduct (labelled policy_commitment), Brightwater's
        // and Meridian's in words the sentence model puts under the similarity floor
        IngestJob.CreateDefault().Run(CampaignLoader.Load(ReplyFolder.DemoCampaign), [_folder.Replies], new IngestOptions { IndexDirectory = _folder.Index, Jobs = 2 });
        using var index = SegmentIndex.Open(_folder.Index);

        // When "grievance mechanism" is searched in the default mode
        var results = ModeSearch.Run(index, ModeSearch.DefaultFor("grievance mechanism"), "grievance mechanism", SearchQueryParser.Parse("grievance mechanism").Query, SearchFilters.None, 20, 0);

        // Then the first 20 hits hold a passage of each of the 15 companies, Brightwater's and Meridian's being their
        // whistle-blowing answers, shown with their similarity to the query itself
        string[] expected =
        [
            "Aldercrest Systems", "Brightwater Defence Electronics", "Castellan Vision Systems", "Dorvane Identity Solutions",
            "Fenwick Lane Security", "Helvora Biometrics", "Kestrel Ridge Analytics", "Meridian Gate Technologies",
            "Northwind Border Systems", "Orvik Secure Communications", "Ostral Photonics", "Quillon Data Fusion",
            "Saltmarsh Aerial Intelligence", "Valmont Détection", "Veltrane Mobility Sensing",
        ];
        Assert.Equal(SearchMode.Hybrid, results.Mode);
        Assert.Empty(expected.Except(results.Hits.Select(h => h.Company!)));
        var brightwater = Assert.Single(results.Hits, h => h.Company == "Brightwater Defence Electronics");
        Assert.Contains("whistleblowing service", brightwater.Snippet, StringComparison.Ordinal);
        Assert.InRange(brightwater.Similarity!.Value, 0.2f, 0.3f);
        Assert.Contains(results.Hits, h => h.Company == "Meridian Gate Technologies" && h.Snippet.Contains("whistleblowing procedure", StringComparison.Ordinal));
    }

    private static List<string> Companies(SearchResults results) =>
        [.. results.Hits.Where(h => h.Questions.Any(q => q.Value == "2d")).Select(h => h.Company!).Distinct()];
}
