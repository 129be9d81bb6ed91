using Pipeline.Core.Documents;
using Pipeline.Extraction.Tests.Fixtures;
using static Pipeline.Extraction.Tests.Fixtures.W;

namespace Pipeline.Extraction.Tests.Word;

public sealed class DocxNumberingTests
{
    private static readonly string QuestionnaireList = AbstractNum(
        1,
        Level(0, "decimal", "%1."),
        Level(1, "lowerLetter", "%1(%2)"),
        Level(2, "lowerRoman", "(%3)"));

    [Fact]
    public void Labels_MultiLevelQuestionnaire_RenderAsWordShowsThem()
    {
        // Given questions 1, 2 with sub-questions 2(a), 2(b) and 2(b)(i), then question 3 whose sub-levels restart
        var fixture = new DocxFixture
        {
            Numbering = QuestionnaireList + Num(1, 1),
            Body = Item(1, 0, "Products") + Item(1, 0, "Due diligence") + Item(1, 1, "Policy") + Item(1, 1, "Process")
                + Item(1, 2, "Detail") + Item(1, 2, "More detail") + Item(1, 0, "Exports") + Item(1, 1, "Licences"),
        };

        // When
        var document = Extract.Docx(fixture);

        // Then
        Assert.Equal(
            ["1. Products", "2. Due diligence", "2(a) Policy", "2(b) Process", "(i) Detail", "(ii) More detail", "3. Exports", "3(a) Licences"],
            Extract.Lines(document));
        Assert.Equal([0, 0, 1, 1, 2, 2, 0, 1], document.Body.Select(b => b.ListLevel));
        Assert.All(document.Body, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void Labels_SecondInstanceOfSameAbstractList_ContinuesTheCount()
    {
        // Given two numbering instances of one abstract list, interleaved, without overrides
        var fixture = new DocxFixture
        {
            Numbering = QuestionnaireList + Num(1, 1) + Num(2, 1),
            Body = Item(1, 0, "a") + Item(2, 0, "b") + Para("between") + Item(1, 0, "c"),
        };

        // When
        var lines = Extract.Lines(Extract.Docx(fixture));

        // Then: Word keeps one counter per abstract list
        Assert.Equal(["1. a", "2. b", "between", "3. c"], lines);
    }

    [Fact]
    public void Labels_StartOverride_RestartsOnFirstUseAndStaysTheInstanceStart()
    {
        // Given a list, then "restart numbering" (a new instance with startOverride 1), then one starting at 5
        var fixture = new DocxFixture
        {
            Numbering = QuestionnaireList + Num(1, 1) + Num(2, 1, StartOverride(0, 1)) + Num(3, 1, StartOverride(0, 5)),
            Body = Item(1, 0, "a") + Item(1, 0, "b") + Item(2, 0, "c") + Item(2, 1, "c-a") + Item(2, 0, "d") + Item(3, 0, "e") + Item(1, 0, "f"),
        };

        // When
        var lines = Extract.Lines(Extract.Docx(fixture));

        // Then: the shared counter restarts where each overriding instance is first used, and continues afterwards
        Assert.Equal(["1. a", "2. b", "1. c", "1(a) c-a", "2. d", "5. e", "6. f"], lines);
    }

    [Fact]
    public void Labels_SeparateAbstractLists_CountSeparately()
    {
        // Given two abstract lists used alternately
        var fixture = new DocxFixture
        {
            Numbering = QuestionnaireList + AbstractNum(2, Level(0, "upperLetter", "%1)")) + Num(1, 1) + Num(2, 2),
            Body = Item(1, 0, "one") + Item(2, 0, "A") + Item(1, 0, "two") + Item(2, 0, "B"),
        };

        // When / Then
        Assert.Equal(["1. one", "A) A", "2. two", "B) B"], Extract.Lines(Extract.Docx(fixture)));
    }

    [Fact]
    public void Labels_LevelRestartZeroAndLegalNumbering_FollowTheDefinition()
    {
        // Given level 1 never restarts (lvlRestart 0) and level 2 is legal-style (isLgl) with a roman level above it
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(
                1,
                Level(0, "decimal", "%1."),
                Level(1, "lowerRoman", "%1.%2", extra: "<w:lvlRestart w:val=\"0\"/>"),
                Level(2, "decimal", "%1.%2.%3", extra: "<w:isLgl/>")) + Num(1, 1),
            Body = Item(1, 0, "a") + Item(1, 1, "b") + Item(1, 0, "c") + Item(1, 1, "d") + Item(1, 2, "e"),
        };

        // When / Then
        Assert.Equal(["1. a", "1.i b", "2. c", "2.ii d", "2.2.1 e"], Extract.Lines(Extract.Docx(fixture)));
    }

    [Fact]
    public void Labels_SkippedLevelAndMissingStart_UseWordDefaults()
    {
        // Given a list whose first item is at level 1, and a level without w:start (Word starts it at 0)
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(1, Level(0, "decimal", "%1"), Level(1, "decimal", "%1.%2")) + AbstractNum(2, Level(0, "decimal", "%1.", start: null)) + Num(1, 1) + Num(2, 2),
            Body = Item(1, 1, "first") + Item(1, 0, "second") + Item(2, 0, "zero") + Item(2, 0, "one"),
        };

        // When / Then: the skipped level shows its start value and counts as used
        Assert.Equal(["1.1 first", "2 second", "0. zero", "1. one"], Extract.Lines(Extract.Docx(fixture)));
    }

    [Theory]
    [InlineData("decimalZero", 3, "03")]
    [InlineData("upperRoman", 14, "XIV")]
    [InlineData("lowerLetter", 28, "bb")]
    [InlineData("upperLetter", 26, "Z")]
    [InlineData("ordinal", 22, "22nd")]
    [InlineData("cardinalText", 21, "Twenty-one")]
    [InlineData("ordinalText", 12, "Twelfth")]
    [InlineData("hindiNumbers", 12, "١٢")]
    public void Labels_NumberFormats_RenderLikeWord(string format, int start, string expected)
    {
        // Given a one-item list in the format, starting at the value
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(1, Level(0, format, "(%1)", start)) + Num(1, 1),
            Body = Item(1, 0, "item"),
        };

        // When / Then
        Assert.Equal("(" + expected + ")", Extract.Docx(fixture).Body.Single().ListLabel);
    }

    [Fact]
    public void Labels_Bullets_BecomeUnicodeBullets()
    {
        // Given Word's usual bullet levels: Symbol U+F0B7, Courier "o", Wingdings U+F0A7
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(1, Level(0, "bullet", "\uF0B7"), Level(1, "bullet", "o"), Level(2, "bullet", "\uF0A7")) + Num(1, 1),
            Body = Item(1, 0, "a") + Item(1, 1, "b") + Item(1, 2, "c"),
        };

        // When / Then
        Assert.Equal(["• a", "◦ b", "▪ c"], Extract.Lines(Extract.Docx(fixture)));
    }

    [Fact]
    public void Labels_NumberingFromHeadingStyles_NumbersHeadingsThroughBasedOn()
    {
        // Given heading styles tied to list levels (w:pStyle in the list), a style based on Heading2, and numId 0 switching numbering off
        var styles = ParagraphStyle("Normal", "Normal")
            + ParagraphStyle("Heading1", "heading 1", "Normal", "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/>")
            + ParagraphStyle("Heading2", "heading 2", "Heading1", "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/>")
            + ParagraphStyle("Question", "Question", "Heading2");
        var fixture = new DocxFixture
        {
            Styles = styles,
            Numbering = AbstractNum(1, Level(0, "decimal", "%1.", extra: "<w:pStyle w:val=\"Heading1\"/>"), Level(1, "lowerLetter", "%1%2)", extra: "<w:pStyle w:val=\"Heading2\"/>")) + Num(1, 1),
            Body = Styled("Heading1", "Products") + Styled("Question", "Which products?") + Styled("Heading2", "Which clients?")
                + Para("Unnumbered heading", "<w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>") + Styled("Heading1", "Due diligence"),
        };

        // When
        var document = Extract.Docx(fixture);

        // Then
        Assert.Equal(["1. Products", "1a) Which products?", "1b) Which clients?", "Unnumbered heading", "2. Due diligence"], Extract.Lines(document));
        Assert.Equal([1, 2, 2, 1, 1], document.Body.Select(b => b.HeadingLevel));
        Assert.All(document.Body, b => Assert.Equal(BlockKind.Heading, b.Kind));
    }

    [Fact]
    public void Labels_TensOfThousandsOfItems_AreAllCountedInOrder()
    {
        // Given 30,000 numbered paragraphs (a generated long document)
        const int count = 30_000;
        var body = new System.Text.StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            body.Append(Item(1, 0, "Paragraph " + i));
        }

        var fixture = new DocxFixture { Numbering = QuestionnaireList + Num(1, 1), Body = body.ToString() };

        // When
        var document = Extract.Docx(fixture);

        // Then: every paragraph is there, labelled and ordinal-numbered in order
        Assert.Equal(count, document.Blocks.Length);
        Assert.Equal("30000. Paragraph 30000", document.Blocks[^1].DisplayText);
        Assert.Equal("12345. Paragraph 12345", document.Blocks[12344].DisplayText);
        Assert.Equal(count, document.Blocks[^1].Ordinal);
    }
}
