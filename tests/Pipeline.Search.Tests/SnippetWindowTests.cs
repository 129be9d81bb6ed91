using System.Text.RegularExpressions;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Search.Querying;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>Snippets never cut a word in half (issue 13, item 2), wherever the match falls in a long text.</summary>
public sealed partial class SnippetWindowTests
{
    private const string LongText =
        "Our human-rights due diligence, revised in 2021 under ISO 27001 and the OECD guidelines, covers every contract "
        + "with border agencies; licences are reviewed by the ethics committee, which meets quarterly. Complaints reach "
        + "an independent ombudsman (anonymously if wished) within 30 days. We decline to disclose clients' identities, "
        + "citing confidentiality obligations, national-security classifications and export-control regulations that "
        + "bind us. Affected communities, including migrants and refugees, were consulted twice in 2022.";

    [Fact]
    public void Cut_AtEveryMatchPosition_StartsAndEndsOnWholeWords()
    {
        // Given a long text, and a match on each of its words in turn
        foreach (Match word in Word().Matches(LongText))
        {
            // When the snippet is cut around it
            var (snippet, spans) = SnippetWindow.Cut(LongText, [(word.Index, word.Index + word.Length)], SnippetWindow.DefaultSize);

            // Then its first and last words are whole words of the text, and the match is marked whole
            var body = snippet.TrimStart('…', ' ').TrimEnd('…', ' ');
            var at = LongText.IndexOf(body, StringComparison.Ordinal);
            Assert.True(at >= 0, $"not a stretch of the text: {snippet}");
            Assert.True(at == 0 || char.IsWhiteSpace(LongText[at - 1]), $"starts inside a word: {snippet}");
            var end = at + body.Length;
            Assert.True(end == LongText.Length || char.IsWhiteSpace(LongText[end]), $"ends inside a word: {snippet}");
            var span = Assert.Single(spans);
            Assert.Equal(word.Value, snippet.Substring(span.Start, span.Length));
            Assert.InRange(snippet.Length, 150, SnippetWindow.DefaultSize + 4);
        }
    }

    [Fact]
    public void Search_KeywordOnlyMatchOnALongSegment_ShowsTheOpeningUpToAWholeWord()
    {
        // Given a long segment whose 200th character falls inside a word ("ombudsman")
        using var temp = new TempIndex();
        var text = "The company reviews every contract with care and reports to the board each quarter. " +
            "The company reviews every contract with care and reports to the board each quarter. Complaints reach our ombudsman at any time.";
        Assert.True(char.IsLetter(text[199]) && char.IsLetter(text[200]));
        var document = new ExtractedDocument("f".PadRight(64, '0'), "/replies/long.pdf", SourceFormat.Pdf, 1, [], []);
        var segment = new Segment(document.Id, [QuestionId.Parse("2d")], SegmentMethod.Marker, 0.9, [new Passage(text, 1, 0)]);
        temp.Write(new SegmentedReply(document, "c", new CompanyAttribution("Acme", AttributionSource.FileName, true), [segment]));

        // When searching by company only, so nothing in the text is matched
        using var index = temp.Open();
        var hit = index.Search(SearchQueryParser.Parse("company:acme").Query!).Hits.Single();

        // Then the snippet opens the text and stops after a whole word
        Assert.EndsWith(" …", hit.Snippet, StringComparison.Ordinal);
        var body = hit.Snippet[..^2];
        Assert.StartsWith(body, text, StringComparison.Ordinal);
        Assert.True(char.IsWhiteSpace(text[body.Length]), $"cut inside a word: {hit.Snippet}");
    }

    [Fact]
    public void Cut_WordLongerThanTheSnippet_IsCutRatherThanShownWhole()
    {
        // Given a "word" of 500 letters (a pasted link) with a match after it
        var text = new string('w', 500) + " the ombudsman answers";
        var at = text.IndexOf("ombudsman", StringComparison.Ordinal);

        // When the snippet is cut
        var (snippet, spans) = SnippetWindow.Cut(text, [(at, at + 9)], SnippetWindow.DefaultSize);

        // Then it stays near its size and still marks the match
        Assert.InRange(snippet.Length, 100, SnippetWindow.DefaultSize + 4);
        Assert.Equal("ombudsman", snippet.Substring(spans[0].Start, spans[0].Length));
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
