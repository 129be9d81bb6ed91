using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

public sealed class SemanticSearchTests
{
    private static readonly ConceptEncoder Encoder = new();

    [Fact]
    public void SearchByMeaning_FindsAnswersThatShareNoWordWithTheQuery()
    {
        // Given the three MENA replies, each describing a complaints channel in its own words (hotline, OpenLine, plaintes)
        using var temp = WithVectors(Replies.Thales(), Replies.Airbus(), Replies.Idemia());
        using var index = temp.Open();

        // When "grievance mechanism" is searched by its words and by its meaning
        var keyword = index.Search(SearchQueryParser.Parse("grievance mechanism").Query!);
        var meaning = index.SearchByMeaning("grievance mechanism", Encoder);

        // Then words find Thales alone; meaning finds all three 2d answers first
        Assert.Equal(["thales-reply.pdf#3"], keyword.Hits.Select(Key));
        Assert.Equal(["airbus-reply.docx#1", "idemia-reponse.pdf#1", "thales-reply.pdf#3"], meaning.Hits.Take(3).Select(Key).Order(StringComparer.Ordinal));
        Assert.Equal(SearchMode.Semantic, meaning.Mode);
        Assert.All(meaning.Hits, h => Assert.Equal(SearchMatch.Meaning, h.MatchedBy));
        Assert.All(meaning.Hits.Take(3), h => Assert.Equal("2d", h.Questions[0].Value));
    }

    [Fact]
    public void SearchByMeaning_KeepsToFiltersAndCountsFacetsOverItsMatches()
    {
        using var temp = WithVectors(Replies.Thales(), Replies.Airbus(), Replies.Idemia());
        using var index = temp.Open();

        var results = index.SearchByMeaning("complaints", Encoder, new SearchFilters { Company = "airbus" }, limit: 1);

        // Then only Airbus' segments above the similarity floor match, the best first, and the facets count them all
        Assert.Equal(["airbus-reply.docx#1"], results.Hits.Select(Key));
        Assert.Equal(results.Total, results.Facets.Company["Airbus"]);
        Assert.Single(results.Facets.Company);
        Assert.True(results.Hits[0].Similarity > 0.9f);
    }

    [Fact]
    public void Vectors_AreStoredWithTheirSegment_WithinHalfPrecision()
    {
        using var temp = WithVectors(Replies.Airbus());
        using var index = temp.Open();

        // When Airbus' 2d answer is found by its own text
        var text = "Complaints may be submitted through the OpenLine channel, which any employee or third party can use anonymously.";
        var results = index.SearchByMeaning(text, Encoder);

        // Then its stored vector is the encoder's to half precision: the cosine with itself is 1
        Assert.Equal("airbus-reply.docx#1", Key(results.Hits[0]));
        Assert.InRange(results.Hits[0].Similarity!.Value, 0.999f, 1.001f);
        // Three paragraphs, and the two sentences of the third (a one-sentence paragraph is not encoded twice)
        Assert.Equal(3 + 2, index.VectorCount);
    }

    [Fact]
    public void Vectors_FollowReingestAndRemoval_Exactly()
    {
        // Given Thales and Airbus indexed with vectors
        using var temp = WithVectors(Replies.Thales(), Replies.Airbus());
        using (var before = temp.Open())
        {
            // Thales' five one-sentence paragraphs; Airbus' three paragraphs and the two sentences of its third
            Assert.Equal(5 + 3 + 2, before.VectorCount);
        }

        // When Airbus is replaced by a changed version of one segment fewer, and Thales removed
        var shorter = Replies.Airbus("b2") with { Segments = [.. Replies.Airbus("b2").Segments.Take(2)] };
        using (var writer = SegmentIndexWriter.Open(temp.Path))
        {
            writer.Index(WithEncoder(shorter));
            writer.Remove(Replies.Mena, Replies.PathOf("thales-reply.pdf"));
            writer.Commit();
        }

        // Then the index holds Airbus' two new vectors and nothing else; a search finds no removed segment
        using var after = temp.Open();
        Assert.Equal(2, after.VectorCount);
        Assert.Equal(["airbus-reply.docx#0", "airbus-reply.docx#1"], after.SearchByMeaning("complaints confidentiality", Encoder, options: new SemanticOptions { MinSimilarity = -1 }).Hits.Select(Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Vectors_WrittenButNotCommitted_AreNotSeen()
    {
        // Given an index with Thales, and a writer that adds Airbus and is closed without committing (a killed run)
        using var temp = WithVectors(Replies.Thales());
        using (var writer = SegmentIndexWriter.Open(temp.Path))
        {
            writer.Index(WithEncoder(Replies.Airbus()));
        }

        // Then neither Airbus' segments nor their vectors exist
        using var index = temp.Open();
        Assert.Equal(5, index.VectorCount);
        Assert.DoesNotContain(index.SearchByMeaning("complaints", Encoder).Hits, h => h.Company == "Airbus");
    }

    [Fact]
    public void SearchByMeaning_WithAnotherModel_ComparesNothingAndSaysWhy()
    {
        using var temp = WithVectors(Replies.Airbus());
        using var index = temp.Open();

        var results = index.SearchByMeaning("complaints", new ConceptEncoder("another-model"));

        Assert.Empty(results.Hits);
        Assert.Equal(SearchNotice.NoVectors, Assert.Single(results.Notices).Code);
        Assert.Contains("3 segments have no passage vectors", results.Notices[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hybrid_FusesWordMatchesWithNeighbours_AndSaysHowEachMatched()
    {
        using var temp = WithVectors(Replies.Thales(), Replies.Airbus(), Replies.Idemia());
        using var index = temp.Open();

        // When "grievance mechanism" is searched both ways
        var results = index.SearchHybrid(SearchQueryParser.Parse("grievance mechanism").Query!, Encoder, limit: 3);

        // Then Thales, matched by words and meaning, ranks first; Airbus and IDEMIA follow by meaning
        Assert.Equal("thales-reply.pdf#3", Key(results.Hits[0]));
        Assert.Equal(SearchMatch.Both, results.Hits[0].MatchedBy);
        Assert.Contains(results.Hits[0].Matches, m => results.Hits[0].Snippet.Substring(m.Start, m.Length) == "grievance");
        Assert.Equal(["airbus-reply.docx#1", "idemia-reponse.pdf#1"], results.Hits.Skip(1).Select(Key).Order(StringComparer.Ordinal));
        Assert.All(results.Hits.Skip(1), h => Assert.Equal(SearchMatch.Meaning, h.MatchedBy));
        Assert.Equal(SearchMode.Hybrid, results.Mode);
        Assert.Equal(results.Total, results.Facets.Company.Values.Sum());
    }

    [Fact]
    public void Hybrid_ConceptList_AddsTheAnswerNearestTheConcept_OfEachReplyWithoutAnAnswerOfTheTopic()
    {
        // Given three replies answering 2d (grievance_mechanism), and Leonardo, whose whistle-blowing service closes an
        // answer labelled policy_commitment; a similarity floor no neighbour reaches, so only the concept list finds them
        using var temp = WithVectors(Replies.Thales(), Replies.Airbus(), Replies.Idemia(), Replies.Leonardo());
        using var index = temp.Open();
        var options = new SemanticOptions { MinSimilarity = 0.999f };

        // When "complaints channel" (words of Airbus' answer alone) is searched with the concept grievance_mechanism
        var results = index.SearchHybrid(SearchQueryParser.Parse("complaints channel").Query!, Encoder, limit: 10, options: options, concept: Core.Topics.Topic.GrievanceMechanism);

        // Then the three 2d answers come first, then Leonardo's code-of-conduct answer, its whistle-blowing sentence
        // marked; not its products answer, nor a second answer of a reply that has one of the topic
        Assert.Equal(["airbus-reply.docx#1", "idemia-reponse.pdf#1", "thales-reply.pdf#3"], results.Hits.Where(h => h.Questions[0].Value == "2d").Select(Key).Order(StringComparer.Ordinal));
        var leonardo = Assert.Single(results.Hits, h => h.Company == "Leonardo");
        Assert.Equal("leonardo-reply.pdf#1", Key(leonardo));
        Assert.Equal("Concerns may be raised in confidence through our whistleblowing service.", leonardo.Snippet.Substring(leonardo.Matches[0].Start, leonardo.Matches[0].Length));
        Assert.Equal(4, results.Hits.Count(h => h.MatchedBy != SearchMatch.Keyword));
    }

    [Fact]
    public void Hybrid_OnOneCore_FindsWhatItFindsOnAll()
    {
        // Given four replies, and a search that needs the concept list and the words (as the web app runs it while
        // other requests keep the cores busy: one core, the words matched after the comparison by meaning)
        using var temp = WithVectors(Replies.Thales(), Replies.Airbus(), Replies.Idemia(), Replies.Leonardo());
        using var index = temp.Open();
        var query = SearchQueryParser.Parse("complaints channel").Query!;
        var all = new SemanticOptions { MinSimilarity = 0.2f, Parallelism = 4, DocsPerSlice = 2 };

        // When it runs on four cores and on one
        var shared = index.SearchHybrid(query, Encoder, limit: 10, options: all, concept: Core.Topics.Topic.GrievanceMechanism);
        var alone = index.SearchHybrid(query, Encoder, limit: 10, options: all with { Parallelism = 1 }, concept: Core.Topics.Topic.GrievanceMechanism);

        // Then the hits, their order, scores and ways of matching, the total and the facets are the same
        Assert.True(shared.Hits.Length >= 4);
        Assert.Equal(shared.Hits.Select(h => (Key(h), h.Score, h.MatchedBy, h.Similarity)), alone.Hits.Select(h => (Key(h), h.Score, h.MatchedBy, h.Similarity)));
        Assert.Equal(shared.Total, alone.Total);
        Assert.Equal(shared.Facets.Company.OrderBy(c => c.Key, StringComparer.Ordinal), alone.Facets.Company.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void MeaningSnippet_MarksTheSentenceNearestTheQuery()
    {
        // Given Airbus' answer 3: a sentence on suspended drone deliveries, then one on case-by-case review
        using var temp = WithVectors(Replies.Airbus());
        using var index = temp.Open();

        // When "risk review" is searched by meaning
        var hit = index.SearchByMeaning("review of risks", Encoder).Hits.Single(h => h.Ordinal == 2);

        // Then the marked stretch is the review sentence, whole
        var marked = Assert.Single(hit.Matches);
        Assert.Equal("Drones remain subject to case-by-case review.", hit.Snippet.Substring(marked.Start, marked.Length));
    }

    [Fact]
    public void SimilarTo_FindsOtherCompaniesAnswersOnTheSameConcept()
    {
        using var temp = WithVectors(Replies.Thales(), Replies.Airbus(), Replies.Idemia());
        using var index = temp.Open();
        var airbus = Replies.Airbus().Document.Id;

        // When answers like Airbus' complaints channel (its 2d) are asked for
        var results = index.SimilarTo(airbus, 1, limit: 2);

        // Then the other companies' complaints channels come first, and none of Airbus' own segments
        Assert.NotNull(results);
        Assert.Equal(["idemia-reponse.pdf#1", "thales-reply.pdf#3"], results.Hits.Select(Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(index.SimilarTo(airbus, 1, limit: 50)!.Hits, h => h.Company == "Airbus");
        Assert.Null(index.SimilarTo(airbus, 99));
    }

    [Fact]
    public void Indexing_AfterClassification_EncodesOnlyTheSentences()
    {
        // Given the shared encoder's memory, and classification having encoded Airbus' three paragraphs through it
        var model = new ConceptEncoder();
        var remembering = new Embeddings.RememberingEncoder(model, 100);
        var paragraphs = Replies.Airbus().Segments.SelectMany(s => s.Passages).Select(p => p.Text).ToArray();
        remembering.Encode(paragraphs, CancellationToken.None);

        // When the reply's index records are built with the same encoder
        var indexed = IndexedReply.From(Replies.Airbus(), encoder: remembering);

        // Then the model saw each paragraph once, and then only the two sentences of the third
        Assert.Equal([.. paragraphs, "We suspended deliveries of surveillance drones to one country in 2021.", "Drones remain subject to case-by-case review."], model.Encoded);
        Assert.Equal([1, 1, 3], indexed.Segments.Select(s => s.PassageVectors.Length));
        Assert.All(indexed.Segments, s => Assert.Equal(ConceptEncoder.Id, s.VectorModel));
    }

    [Fact]
    public void SearchByMeaning_WithoutAFloor_FindsOnlySegmentsWithinTheFilters()
    {
        // Given three replies, and a search with no similarity floor restricted to one company
        using var temp = WithVectors(Replies.Thales(), Replies.Airbus(), Replies.Idemia());
        using var index = temp.Open();

        var results = index.SearchByMeaning("drones", Encoder, new SearchFilters { Company = "IDEMIA" }, limit: 50, options: new SemanticOptions { MinSimilarity = float.NegativeInfinity });

        // Then every IDEMIA segment is ranked, with a real similarity, and no other company's segment comes with them
        Assert.Equal(["idemia-reponse.pdf#0", "idemia-reponse.pdf#1"], results.Hits.Select(Key).Order(StringComparer.Ordinal));
        Assert.All(results.Hits, h => Assert.True(float.IsFinite(h.Similarity!.Value)));
    }

    [Fact]
    public void SearchByMeaning_OnOneSnapshot_KeepsEachFilterApart_WhenFiltersAlternate()
    {
        // Given three replies searched on one open index (whose filters' allowed segments are kept between searches)
        using var temp = WithVectors(Replies.Thales(), Replies.Airbus(), Replies.Idemia());
        using var index = temp.Open();
        var floorless = new SemanticOptions { MinSimilarity = float.NegativeInfinity };
        string[] Search(string company) =>
            [.. index.SearchByMeaning("drones", Encoder, new SearchFilters { Company = company }, limit: 50, options: floorless).Hits.Select(h => h.Company!).Distinct()];

        // When IDEMIA, Airbus and IDEMIA again are asked for, and then no company at all
        var first = Search("IDEMIA");
        var second = Search("airbus");
        var third = Search("IDEMIA");
        var all = index.SearchByMeaning("drones", Encoder, limit: 50, options: floorless).Hits.Select(h => h.Company!).Distinct().Order(StringComparer.Ordinal);

        // Then each search keeps to its own filter, the repeated one finds the same, and no filter finds all three
        Assert.Equal(["IDEMIA"], first);
        Assert.Equal(["Airbus"], second);
        Assert.Equal(first, third);
        Assert.Equal(["Airbus", "IDEMIA", "Thales"], all);
    }

    private static string Key(SearchHit hit) => $"{hit.File}#{hit.Ordinal}";

    private static IndexedReply WithEncoder(Core.Segments.SegmentedReply reply) =>
        IndexedReply.From(reply, Replies.StatusesOf(reply.Company.Name!), new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), Encoder);

    private static TempIndex WithVectors(params Core.Segments.SegmentedReply[] replies)
    {
        var temp = new TempIndex();
        using var writer = SegmentIndexWriter.Open(temp.Path);
        foreach (var reply in replies)
        {
            writer.Index(WithEncoder(reply));
        }

        writer.Commit();
        return temp;
    }
}
