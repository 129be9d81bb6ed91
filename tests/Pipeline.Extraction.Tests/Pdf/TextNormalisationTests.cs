using Pipeline.Extraction.Pdf.Text;

namespace Pipeline.Extraction.Tests.Pdf;

public sealed class TextNormalisationTests
{
    [Theory]
    [InlineData("\uFB01", "fi")]
    [InlineData("\uFB02", "fl")]
    [InlineData("\uFB00", "ff")]
    [InlineData("\uFB03", "ffi")]
    [InlineData("\uFB04", "ffl")]
    [InlineData("\u00A0", " ")]
    [InlineData("\u2009", " ")]
    [InlineData("\u200B", "")]
    [InlineData("\u200F", "")]
    [InlineData("\uFEFF", "")]
    [InlineData("\uFEB3", "\u0633")]
    [InlineData("a", "a")]
    public void Glyph_IsNormalised(string glyph, string expected) => Assert.Equal(expected, TextNormaliser.Glyph(glyph));

    [Fact]
    public void SoftHyphenInsideAWord_IsDropped_AtLineEndItJoins()
    {
        // Given lines with soft hyphens inside a word and at a line end
        var vocabulary = new Vocabulary(() => []);

        // When
        var text = LineJoiner.Join(["opti\u00ADmal trans\u00AD", "parency"], rightToLeft: false, vocabulary);

        // Then
        Assert.Equal("optimal transparency", text);
    }

    [Theory]
    [InlineData("self-", "service kiosks", "self-service kiosks")]
    [InlineData("third-", "party audits", "third-party audits")]
    [InlineData("non-", "binding terms", "non-binding terms")]
    [InlineData("cross-", "ing points", "crossing points")]
    [InlineData("compli-", "ance team", "compliance team")]
    public void LineEndHyphen_AfterAPrefixThatTakesOne_IsKept(string line, string next, string expected)
    {
        // Given a document that never writes the word elsewhere
        var vocabulary = new Vocabulary(() => []);

        // When
        var text = LineJoiner.Join([line, next], rightToLeft: false, vocabulary);

        // Then
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("long-", "range radars", "long-range radars")]
    [InlineData("a UK-", "headquartered group", "a UK-headquartered group")]
    [InlineData("electro-", "optical sensors", "electro-optical sensors")]
    [InlineData("the sub-", "questions", "the sub-questions")]
    [InlineData("govern-", "ment agencies", "government agencies")]
    [InlineData("techno-", "logy", "technology")]
    public void LineEndHyphen_InADocumentThatBreaksNoWordElsewhere_IsACompoundUnlessAnEndingFollows(string line, string next, string expected)
    {
        // Given a letter whose lines show no word broken at a line end (a word processor's, without hyphenation)
        List<string> lines = [line, next, "Our systems are reviewed by the compliance team."];
        var vocabulary = new Vocabulary(() => lines);

        // When
        var text = LineJoiner.Join([line, next], rightToLeft: false, vocabulary);

        // Then
        Assert.False(vocabulary.Hyphenates);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void LineEndHyphen_InADocumentThatBreaksWords_IsDropped_WhenNeitherFormIsWrittenElsewhere()
    {
        // Given a typeset document that broke "compliance" at a line end and writes it whole elsewhere
        List<string> lines = ["reviewed by our compli-", "ance team, whose", "compliance officers assess long-", "range radars"];
        var vocabulary = new Vocabulary(() => lines);

        // When
        var text = LineJoiner.Join(lines, rightToLeft: false, vocabulary);

        // Then the unknown break reads as hyphenation too
        Assert.True(vocabulary.Hyphenates);
        Assert.Equal("reviewed by our compliance team, whose compliance officers assess longrange radars", text);
    }

    [Fact]
    public void RightToLeftLine_InVisualOrder_IsPutInLogicalOrder_NumbersKeepTheirOrder()
    {
        // Given "سنة 2022" (year 2022) laid out on the page: digits left, then the word read from the right
        List<string> visual = ["2", "0", "2", "2", " ", "ة", "ن", "س"];

        // When
        Bidi.VisualToLogical(visual);

        // Then
        Assert.Equal("سنة 2022", string.Concat(visual));
    }

    [Fact]
    public void LeftToRightLine_WithAnArabicWord_OnlyTheArabicRunIsReversed()
    {
        // Given "see سنة here" in visual order
        List<string> visual = ["s", "e", "e", " ", "ة", "ن", "س", " ", "h", "e", "r", "e"];

        // When
        Bidi.ReverseRightToLeftRuns(visual);

        // Then
        Assert.Equal("see سنة here", string.Concat(visual));
    }
}
