using Pipeline.Search.Querying;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>Wildcard, prefix, fuzzy and regex terms match the words as written (issue 13, item 2), not their stems.</summary>
public sealed class UnstemmedTermTests(WordsIndex words) : IClassFixture<WordsIndex>
{
    [Theory]
    [InlineData("biometric*", new[] { "biometric", "biometrics" })]      // the stemmer made "biometr" of them: biometric* found nothing
    [InlineData("licen*", new[] { "licence", "licences", "licensing" })]
    [InlineData("authori?ation", new[] { "authorisation", "authorization" })]
    [InlineData("communit*", new[] { "communities", "community" })]       // stems "commun": communit* found nothing
    [InlineData("/licen[cs]es?/", new[] { "licence", "licences" })]
    [InlineData("Biometric*", new[] { "biometric", "biometrics" })]      // case ignored
    [InlineData("évalu*", new[] { "evaluation-fr" })]                    // accents folded; "l'" elided
    [InlineData("evalu*", new[] { "evaluation-fr" })]
    [InlineData("text_fr:evalu*", new[] { "evaluation-fr" })]            // a language's field keeps its language
    [InlineData("[licence TO licences]", new[] { "licence", "licences" })]
    public void MultiTermQuery_MatchesTheWordsAsTyped(string query, string[] expected)
    {
        // Given segments using each form of the words
        // When the multi-term query runs
        var found = words.Found(query);

        // Then exactly the segments with a matching word are found
        Assert.Equal(expected, found);
    }

    [Fact]
    public void LanguageField_MultiTerm_ExcludesOtherLanguages()
    {
        // Given "licence" only in English segments
        // When the prefix is asked for on the French field
        // Then nothing is found, as the stemmed French field would find nothing
        Assert.Empty(words.Found("text_fr:licen*"));
    }

    [Fact]
    public void Fuzzy_ShortWord_AllowsOneEditAndKeepsTheFirstTwoLetters()
    {
        // Given "drones" and a segment full of near-misses: does, dose, done, proceed
        // When searching drone~ (5 letters: one edit; "dr" kept)
        var found = words.Found("drone~");

        // Then only the drones segment is found
        Assert.Equal(["drones"], found);
    }

    [Fact]
    public void Fuzzy_LongWord_AllowsTwoEdits()
    {
        // Given "authorisation" and "authorization"
        // When a long word is typed with two slips (a missing h, two letters swapped)
        var found = words.Found("autorisatoin~");

        // Then the spelling two edits away is found, and the one three edits away is not
        Assert.Equal(["authorisation"], found);
    }

    [Fact]
    public void Snippet_MarksTheWholeWordsAWildcardMatched()
    {
        // Given the licensing segment
        // When searching licen*
        var hit = words.Search("licen*").Hits.Single(h => h.File == "licensing.txt");

        // Then "licensing" is marked, whole
        var match = Assert.Single(hit.Matches);
        Assert.Equal("licensing", hit.Snippet.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Snippet_MarksBothAStemmedTermAndAWildcard()
    {
        // Given the segment "Export licences are granted case by case."
        // When searching a plain word and a wildcard together
        var hit = Assert.Single(words.Search("grant AND licen*").Hits);

        // Then the stemmed match (granted) and the wildcard's (licences) are both marked
        Assert.Equal(["licences", "granted"], hit.Matches.Select(m => hit.Snippet.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Regex_MatchesWholeUnstemmedWords()
    {
        // Given "communities" (stem "commun")
        // When a regular expression asks for the plural as written
        // Then it is found
        Assert.Equal(["communities"], words.Found("/communit(y|ies)/ AND twice"));
    }
}
