using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Search.Querying;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

public sealed class HighlightingTests(SharedIndex shared) : IClassFixture<SharedIndex>
{
    [Fact]
    public void Snippet_ShortSegment_IsWholeTextWithEachStemmedMatch()
    {
        // Given Airbus's 3 answer, shorter than a snippet
        // When searching drone (singular)
        var hit = shared.Search("drone").Hits[0];

        // Then the snippet is the whole text and both "drones" and "Drones" are marked
        Assert.Equal("We suspended deliveries of surveillance drones to one country in 2021. Drones remain subject to case-by-case review.", hit.Snippet);
        Assert.Equal([new MatchSpan(40, 6), new MatchSpan(71, 6)], hit.Matches.AsEnumerable());
    }

    [Fact]
    public void Snippet_Phrase_MarksBothWords()
    {
        // Given Thales's 2d answer
        // When searching the phrase "grievance mechanism"
        var hit = Assert.Single(shared.Search("\"grievance mechanism\"").Hits);

        // Then both words of the phrase are marked at their offsets
        Assert.Equal([new MatchSpan(68, 9), new MatchSpan(78, 9)], hit.Matches.AsEnumerable());
        Assert.Equal(["grievance", "mechanism"], hit.Matches.Select(m => hit.Snippet.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Snippet_FrenchSegment_MarksTheFrenchWord()
    {
        // Given IDEMIA's French 2d answer
        // When searching plainte (singular)
        var hit = Assert.Single(shared.Search("plainte").Hits);

        // Then "plaintes" is marked
        Assert.Equal([new MatchSpan(4, 8)], hit.Matches.AsEnumerable());
        Assert.StartsWith("Les plaintes peuvent", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_KeywordOnlyMatch_ShowsTheOpeningWithoutMarks()
    {
        // Given Airbus's segments
        // When searching by company only
        var hit = shared.Search("company:airbus AND question:1a").Hits.Single();

        // Then the snippet opens the text and nothing is marked
        Assert.StartsWith("Airbus does not disclose", hit.Snippet, StringComparison.Ordinal);
        Assert.Empty(hit.Matches);
    }

    [Fact]
    public void Snippet_LongSegment_IsCutAroundTheMatchWithEllipses()
    {
        // Given a segment of about 700 characters whose only match is in the middle
        using var temp = new TempIndex();
        var filler = "The company reviews every contract with care and reports to the board each quarter. ";
        var text = string.Concat(Enumerable.Repeat(filler, 4)) + "Affected migrants can reach our ombudsman at any time. " + string.Concat(Enumerable.Repeat(filler, 4));
        var document = new ExtractedDocument("e".PadRight(64, '0'), "/replies/long.pdf", SourceFormat.Pdf, 1, [], []);
        var segment = new Segment(document.Id, [QuestionId.Parse("2d")], SegmentMethod.Marker, 0.9, [new Passage(text, 1, 0)]);
        temp.Write(new SegmentedReply(document, "c", new CompanyAttribution("Acme", AttributionSource.FileName, true), [segment]));

        // When searching the word in the middle
        using var index = temp.Open();
        var hit = index.Search(SearchQueryParser.Parse("ombudsman").Query!).Hits.Single();

        // Then the snippet is short, cut on both sides, and its one match points at the word
        Assert.StartsWith("… ", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", hit.Snippet, StringComparison.Ordinal);
        Assert.InRange(hit.Snippet.Length, 100, 260);
        var match = Assert.Single(hit.Matches);
        Assert.Equal("ombudsman", hit.Snippet.Substring(match.Start, match.Length));
    }
}
