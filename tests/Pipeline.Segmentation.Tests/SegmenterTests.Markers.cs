using Pipeline.Core.Segments;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed partial class SegmenterTests
{
    [Theory]
    [InlineData("2b) We meet NGOs twice a year.")]
    [InlineData("2(b) We meet NGOs twice a year.")]
    [InlineData("2.b We meet NGOs twice a year.")]
    [InlineData("2 b. We meet NGOs twice a year.")]
    [InlineData("Q2b We meet NGOs twice a year.")]
    [InlineData("Q2b – We meet NGOs twice a year.")]
    [InlineData("Question 2(b): We meet NGOs twice a year.")]
    [InlineData("QUESTION 2B. We meet NGOs twice a year.")]
    [InlineData("(2b) We meet NGOs twice a year.")]
    [InlineData("Question n° 2 b) Nous rencontrons des ONG deux fois par an.")]
    [InlineData("II(b) We meet NGOs twice a year.")]
    [InlineData("II.b We meet NGOs twice a year.")]
    [InlineData("Zu Frage 2b: Wir treffen zweimal im Jahr NGOs.")]
    [InlineData("Frage 2b – Wir treffen zweimal im Jahr NGOs.")]
    [InlineData("Ad 2b: We meet NGOs twice a year.")]
    [InlineData("Bezüglich Frage 2b: Wir treffen zweimal im Jahr NGOs.")]
    [InlineData("2. b. We meet NGOs twice a year.")]
    [InlineData("2. b) We meet NGOs twice a year.")]
    [InlineData("Item 2–B We meet NGOs twice a year.")]
    [InlineData("II-b. We meet NGOs twice a year.")]
    [InlineData("○ 2-B : We meet NGOs twice a year.")]
    [InlineData("► Q2b We meet NGOs twice a year.")]
    [InlineData("■ 2(b) We meet NGOs twice a year.")]
    [InlineData("2 b) 12 NGOs met us twice a year.")]
    public void Marker_EachCommonStyle_StartsTheAnswerToItsQuestion(string paragraph)
    {
        // Given a reply that answers 2a then, in some style, 2b
        var document = Reply.New()
            .Para("Dear Ms Khalil,")
            .Para("2a) We assess human rights risks before each sale.")
            .Para(paragraph)
            .Para("These meetings inform our country risk ratings.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the paragraph and the one after it answer 2b
        Assert.Equal("2b", reply.QuestionsOf(paragraph[..8]));
        Assert.Equal("2b", reply.QuestionsOf("These meetings"));
        Assert.Equal(SegmentMethod.Marker, reply.SegmentOf(paragraph[..8]).Method);
        Assert.Equal("2a", reply.QuestionsOf("2a)"));
    }

    [Fact]
    public void Marker_InArabicIndicDigits_IsReadAsItsNumber()
    {
        // Given a reply numbering its answers in Arabic-Indic digits ("١." is 1., "٢." is 2.), as Arabic letters do
        var document = Reply.New()
            .Para("١. نحن لا نبيع أنظمة المراقبة في المنطقة.")
            .Para("٢. لدينا سياسة لحقوق الإنسان منذ عام ٢٠١٩.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then each paragraph answers its question by marker, as "1." and "2." would (a bare number: all its parts), and nothing throws on the digits
        Assert.Equal("1a,1b,1c", reply.QuestionsOf("١."));
        Assert.Equal("2a,2b,2c,2d,2e", reply.QuestionsOf("٢."));
        Assert.Equal(SegmentMethod.Marker, reply.SegmentOf("٢.").Method);
    }

    [Theory]
    [InlineData("السؤال 2(b): نلتقي بالمنظمات غير الحكومية مرتين في السنة.", "2b")]
    [InlineData("سؤال رقم ٢(b): نلتقي بالمنظمات غير الحكومية مرتين في السنة.", "2b")]
    [InlineData("السؤال ٣: أوقفنا المبيعات إلى عميل واحد.", "3")]
    public void Marker_ArabicQuestionKeyword_StartsTheAnswerToItsQuestion(string paragraph, string question)
    {
        // Given a reply in Arabic that introduces its answers with "السؤال" (question) or "سؤال رقم" (question number)
        var document = Reply.New()
            .Para("السؤال 2(a): نقيّم مخاطر حقوق الإنسان قبل كل عملية بيع.")
            .Para(paragraph)
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the paragraph answers that question, by its keyword marker
        Assert.Equal(question, reply.QuestionsOf(paragraph[..10]));
        Assert.Equal(SegmentMethod.Marker, reply.SegmentOf(paragraph[..10]).Method);
        Assert.Equal("2a", reply.QuestionsOf("السؤال 2(a)"));
    }

    [Fact]
    public void Marker_LetterAloneUnderANumber_BelongsToThatNumber()
    {
        // Given "2." then "(a)", "(b)"
        var document = Reply.New()
            .Para("1. We supply thermal cameras to border police in Morocco.")
            .Para("2.")
            .Para("(a) Every sale passes a human rights risk review.")
            .Para("(b) We have not consulted refugees directly.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then
        Assert.Equal("2a", reply.QuestionsOf("(a) Every sale"));
        Assert.Equal("2b", reply.QuestionsOf("(b) We have not"));
        Assert.Equal("1a,1b,1c", reply.QuestionsOf("1. We supply"));
    }

    [Fact]
    public void Marker_PointAndALetterUnderANumber_BelongsToThatNumber()
    {
        // Given "2." with its answers as "(a)" and then "Point (d):"
        var document = Reply.New()
            .Para("2.")
            .Para("(a) Every sale passes a human rights risk review.")
            .Para("Point (d): complaints from anyone can be sent to our compliance officer.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then "Point (d)" starts the answer to 2d
        Assert.Equal("2a", reply.QuestionsOf("(a) Every sale"));
        Assert.Equal("2d", reply.QuestionsOf("Point (d):"));
    }

    [Fact]
    public void Marker_RomanNumerals_NameTheQuestionNumbers()
    {
        var document = Reply.New()
            .Para("I. Our products")
            .Para("a) We sell drones to the coast guard of one North African state.")
            .Para("II. Due diligence")
            .Para("d) Our hotline is open to anyone.")
            .Para("III. We have no plans to stop these sales.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("1a", reply.QuestionsOf("a) We sell"));
        Assert.Equal("2d", reply.QuestionsOf("d) Our hotline"));
        Assert.Equal("3", reply.QuestionsOf("III. We have"));
    }

    [Fact]
    public void Marker_WordAutoNumbering_IsReadFromTheListLabel()
    {
        // Given questions typed as a Word numbered list: the numbers are labels, not text
        var document = Reply.New()
            .Item("1.", "Products")
            .Item("a)", "We provide passport readers to two airports.", level: 1)
            .Item("b)", "Around forty units since 2015.", level: 1)
            .Item("2.", "Due diligence")
            .Item("d)", "Complaints can be filed through our ethics line.", level: 1)
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("1a", reply.QuestionsOf("a) We provide"));
        Assert.Equal("1b", reply.QuestionsOf("b) Around forty"));
        Assert.Equal("2d", reply.QuestionsOf("d) Complaints"));
    }

    [Fact]
    public void Marker_InBoldRunInOrHeading_IsRecognised()
    {
        var document = Reply.New()
            .Heading("Question 1(a)")
            .Para("We supply radar to one client in the region.")
            .Para("Question 2(d): Yes, an independent hotline is available.", runIn: "Question 2(d):")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("1a", reply.QuestionsOf("We supply radar"));
        Assert.Equal("2d", reply.QuestionsOf("Question 2(d):"));
    }

    [Theory]
    [InlineData("In response to questions 1a to 1c, we do not sell to any government in the region.", "1a,1b,1c")]
    [InlineData("Regarding 2(b) and 2(c), we rely on our distributors.", "2b,2c")]
    [InlineData("Questions 1 and 2: we decline to comment.", "1a,1b,1c,2a,2b,2c,2d,2e")]
    [InlineData("Q1a-c: None of our products is sold in the region.", "1a,1b,1c")]
    [InlineData("1(a)–(c) None of our products is sold in the region.", "1a,1b,1c")]
    [InlineData("En réponse aux questions 2a à 2c, nous appliquons une procédure de vigilance.", "2a,2b,2c")]
    [InlineData("Finally, on question 3, we have no plans to stop.", "3")]
    [InlineData("As to questions 2d and 2e: we have a whistleblowing procedure.", "2d,2e")]
    [InlineData("2 b) and 2 c) We have met two NGOs, and our contracts forbid misuse.", "2b,2c")]
    [InlineData("Items 2–B and 2–C We have met two NGOs, and our contracts forbid misuse.", "2b,2c")]
    [InlineData("II-b / II-c. We have met two NGOs, and our contracts forbid misuse.", "2b,2c")]
    public void Marker_CombinedAnswer_CarriesEveryQuestionItNames(string paragraph, string expected)
    {
        var document = Reply.New().Para("Dear Sir or Madam,").Para(paragraph).Build();

        var reply = Segmented.Run(document);

        Assert.Equal(expected, reply.QuestionsOf(paragraph[..10]));
    }

    [Fact]
    public void Marker_ParagraphThatIsOnlyAReference_StartsThatAnswer()
    {
        // Given a question | answer table whose cells PDF extraction delivered as paragraphs
        var document = Reply.New()
            .Para("No.")
            .Para("Response")
            .Para("1a")
            .Para("We supply software only.")
            .Para("3")
            .Para("We do not comment on commercial plans.")
            .Build();

        var reply = Segmented.Run(document);

        Assert.Equal("1a", reply.QuestionsOf("We supply software"));
        Assert.Equal("3", reply.QuestionsOf("We do not comment"));
        Assert.Equal("general", reply.QuestionsOf("Response"));
    }
    [Fact]
    public void Marker_LeadInNamingTwoParts_OrAWholeQuestionAlone_AnswersThem()
    {
        // Given a German reply whose headings name "1 a) und b)" and, alone on their line, "Zu 3."
        var document = Reply.New()
            .Para("Zu Frage 1 a) und b)")
            .Para("Wir liefern Wärmebildkameras an Grenzbehörden in Marokko; seit 2015 waren es 38 Sensortürme.")
            .Para("Zu 3.")
            .Para("Einen generellen Rückzug aus der Region planen wir nicht.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the first heading's answer goes to 1a and 1b, the second's to 3 (a number alone on its line is a question, not a quantity)
        Assert.Equal("1a,1b", reply.QuestionsOf("Wir liefern"));
        Assert.Equal("3", reply.QuestionsOf("Einen generellen"));
    }
}
