using Pipeline.Core.Segments;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

public sealed partial class SegmenterTests
{
    [Theory]
    [InlineData("Q-2/b We meet NGOs twice a year.")]
    [InlineData("Q-2b We meet NGOs twice a year.")]
    [InlineData("2/b We meet NGOs twice a year.")]
    [InlineData("[2b] We meet NGOs twice a year.")]
    [InlineData("2.(b) We meet NGOs twice a year.")]
    [InlineData("Question 2, part (b): We meet NGOs twice a year.")]
    [InlineData("Sub-question (b): We meet NGOs twice a year.")]
    [InlineData("Answer 2b: We meet NGOs twice a year.")]
    [InlineData("No. 2(b): We meet NGOs twice a year.")]
    [InlineData("Réponse 2b : Nous rencontrons des ONG deux fois par an.")]
    [InlineData("Punkt 2b: Wir treffen zweimal im Jahr NGOs.")]
    [InlineData("Zu Ziffer 2 b): Wir treffen zweimal im Jahr NGOs.")]
    [InlineData("Zur Frage 2b: Wir treffen zweimal im Jahr NGOs.")]
    [InlineData("Was Frage 2b betrifft, treffen wir zweimal im Jahr NGOs.")]
    [InlineData("En ce qui concerne la question 2b, nous rencontrons des ONG.")]
    [InlineData("Pour la question 2.b : nous rencontrons des ONG.")]
    [InlineData("To question 2b: We meet NGOs twice a year.")]
    [InlineData("Your question 2(b): We meet NGOs twice a year.")]
    [InlineData("Re. Q2b We meet NGOs twice a year.")]
    [InlineData("With respect to item 2(b), we meet NGOs twice a year.")]
    public void Marker_LessCommonStyle_StartsTheAnswerToItsQuestion(string paragraph)
    {
        // Given a reply that answers 2a then 2b in a style seen in letters written by others
        var document = Reply.New()
            .Para("Dear Ms Khalil,")
            .Para("2a) We assess human rights risks before each sale.")
            .Para(paragraph)
            .Para("These meetings inform our country risk ratings.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the paragraph and the one after it answer 2b, by marker
        Assert.Equal("2b", reply.QuestionsOf(paragraph[..6]));
        Assert.Equal("2b", reply.QuestionsOf("These meetings"));
        Assert.Equal(SegmentMethod.Marker, reply.SegmentOf(paragraph[..6]).Method);
    }

    [Fact]
    public void Marker_LetteredSections_AreQuestionsAndTheirDigitsSubQuestions()
    {
        // Given a letter that numbers the questions A, B, C and their parts 1, 2, 3 ("A.1" is 1a, "B.2/B.3" is 2b and 2c)
        var document = Reply.New()
            .Para("Sehr geehrte Frau El-Amrani,")
            .Para("A.1 Wir liefern Wärmebildkameras und Beobachtungsgeräte.")
            .Para("A.2 Eine niedrige dreistellige Zahl von Geräten wurde geliefert.")
            .Para("B.1 Jede Ausfuhr wird vom Bundesamt genehmigt.")
            .Para("B.2/B.3 Eine Konsultation von Migrantinnen und Migranten findet nicht statt.")
            .Para("B.4 Unser Hinweisgebersystem steht allen offen.")
            .Para("C. Wir entscheiden über jede Anfrage im Einzelfall.")
            .Para("Mit freundlichen Grüßen")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then each section answers its question, and "C." is question 3, not sub-question c
        Assert.Equal("1a", reply.QuestionsOf("A.1"));
        Assert.Equal("1b", reply.QuestionsOf("A.2"));
        Assert.Equal("2a", reply.QuestionsOf("B.1"));
        Assert.Equal("2b,2c", reply.QuestionsOf("B.2/B.3"));
        Assert.Equal("2d", reply.QuestionsOf("B.4"));
        Assert.Equal("3", reply.QuestionsOf("C. Wir"));
        Assert.Equal(SegmentMethod.Marker, reply.SegmentOf("C. Wir").Method);
    }

    [Fact]
    public void Marker_OneSectionNumber_IsNotTheLetteredStyle()
    {
        // Given a reply numbered 1a, 2a, whose answer quotes one clause "A.1" of its policy, and lists "(c)" under 2
        var document = Reply.New()
            .Para("1a) We sell thermal cameras to border agencies.")
            .Para("A.1 of our policy forbids sales without a licence.")
            .Para("2a) We assess human rights risks before each sale.")
            .Para("C. We also consult NGOs.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the clause stays in 1a's answer, and "C." is sub-question c of question 2
        Assert.Equal("1a", reply.QuestionsOf("A.1 of our policy"));
        Assert.Equal("2c", reply.QuestionsOf("C. We also"));
    }

    [Fact]
    public void Marker_RomanParts_AreQuestionsAndTheirLettersSubQuestions()
    {
        // Given an annex numbering the questions (i), (ii), (iii) and their parts (a), (b)
        var document = Reply.New()
            .Para("Annex A – Responses to the questionnaire")
            .Para("(i)(a) Yes. We supply border surveillance systems.")
            .Para("(ii)(a) Yes. Every bid is assessed for human rights risks.")
            .Para("(ii)(b) We meet communities near our sites.")
            .Para("(iii) Our country risk classification decides where we bid.")
            .Build();
        var labelled = Reply.New()
            .Para("(i)(a) Yes. We supply border surveillance systems.")
            .Para("(ii)(e) Yes. Our policy requires a review of every bid.")
            .Item("(iii)", "Our country risk classification decides where we bid.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then each part answers its question, "(iii)" alone question 3, written or as a list's label
        Assert.Equal("1a", reply.QuestionsOf("(i)(a)"));
        Assert.Equal("2a", reply.QuestionsOf("(ii)(a)"));
        Assert.Equal("2b", reply.QuestionsOf("(ii)(b)"));
        Assert.Equal("3", reply.QuestionsOf("(iii)"));
        Assert.Equal("3", Segmented.Run(labelled).QuestionsOf("(iii)"));
    }

    [Fact]
    public void Marker_RomanListInsideAnAnswer_IsNotAQuestion()
    {
        // Given an answer to 2b that lists its steps (i), (ii), (iii) in a reply numbered 2a, 2b, 3
        var document = Reply.New()
            .Para("2a) We assess human rights risks before each sale.")
            .Para("2b) We consult in three steps:")
            .Para("(i) we map the people affected;")
            .Para("(ii) we meet their organisations;")
            .Para("(iii) we report back to them.")
            .Para("3) We have no plans to expand.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the list stays in 2b's answer
        Assert.Equal("2b", reply.QuestionsOf("(iii) we report"));
        Assert.Equal("3", reply.QuestionsOf("3) We have"));
    }

    [Fact]
    public void Marker_LetteredSectionsInATable_NameEachRowsQuestion()
    {
        // Given a Question | Answer table whose first column numbers the parts "A.1" … "B.2" and "C"
        var document = Reply.New()
            .Para("Dear Ms Khalil,")
            .Row(0, 0, "A.1", "Products supplied", "Facial recognition cameras for border gates.")
            .Row(0, 1, "A.2", "Number distributed", "About 400 camera modules.")
            .Row(0, 2, "B.1", "Due diligence", "Every sale is reviewed by our ethics committee.")
            .Row(0, 3, "B.2", "Consultation", "We have not consulted affected communities.")
            .Row(0, 4, "C", "Plans to stop", "We have no plans to stop supplying the region.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then each row answers its question, "C" alone question 3
        Assert.Equal("1a", reply.QuestionsOf("Facial recognition"));
        Assert.Equal("1b", reply.QuestionsOf("About 400"));
        Assert.Equal("2a", reply.QuestionsOf("Every sale"));
        Assert.Equal("2b", reply.QuestionsOf("We have not consulted"));
        Assert.Equal("3", reply.QuestionsOf("We have no plans"));
        Assert.Equal(SegmentMethod.Table, reply.SegmentOf("We have no plans").Method);
    }

    [Fact]
    public void Marker_DecimalParts_CountTheSubQuestions()
    {
        // Given a reply numbering its answers "RQ 1.1" … "RQ 2.4 / 2.5", "RQ 3.0", then a contact line and a signature
        var document = Reply.New()
            .Para("RQ 1.1 — Yes. Sensor masts for the Ministry of Interior.")
            .Para("RQ 1.2 — 31 masts in Jordan.")
            .Para("RQ 2.1 — Partly. Export licence applications include an end-use assessment.")
            .Para("RQ 2.4 / 2.5 — A general integrity reporting procedure; the code of conduct refers to human rights.")
            .Para("RQ 3.0 — No plan to stop.")
            .Para("Contact for questions: R. Vermeulen, compliance officer, compliance@example.nl.")
            .Para("Jelle Brouwer")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the digit after the point counts the parts, ".0" is the question as a whole, and the contact line ends the answers
        Assert.Equal("1a", reply.QuestionsOf("RQ 1.1"));
        Assert.Equal("1b", reply.QuestionsOf("RQ 1.2"));
        Assert.Equal("2a", reply.QuestionsOf("RQ 2.1"));
        Assert.Equal("2d,2e", reply.QuestionsOf("RQ 2.4"));
        Assert.Equal("3", reply.QuestionsOf("RQ 3.0"));
        Assert.Equal("general", reply.QuestionsOf("Contact for"));
    }

    [Fact]
    public void Marker_PolicySectionsBeyondTheQuestionnaire_AreNotItsParts()
    {
        // Given an enclosed policy whose sections "1.1" … "2.6" go past the parts the questionnaire has (2 has five)
        var document = Reply.New()
            .Para("Please find below an extract of our policy.")
            .Para("1.1 Scope. This policy applies to all group companies.")
            .Para("1.2 Purpose. It sets out how we respect human rights.")
            .Para("2.1 Principles. We follow the UN Guiding Principles.")
            .Para("2.6 Review. The policy is reviewed every two years.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then no section is taken for a question's part
        Assert.All(reply.Segments.Where(s => s.Method == SegmentMethod.Marker), s => Assert.Fail($"marked {string.Join(",", s.Questions)}"));
    }

    [Fact]
    public void Marker_ANumberingOfTheLettersOwn_IsReadFromItsShape()
    {
        // Given a letter numbering its answers "Item 1(i)" … "Item 2(iii)", "Item 3" (Roman numerals count the parts)
        var document = Reply.New()
            .Para("Item 1(i). The Group supplies perimeter security systems.")
            .Para("Item 1(ii). The Group does not keep records in that form.")
            .Para("Item 2(i). Yes. Every contract is screened.")
            .Para("Item 2(iii). Our contracts confine our role to maintenance.")
            .Para("Item 3. The Group keeps its presence under review.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then each label names the part its numerals count
        Assert.Equal("1a", reply.QuestionsOf("Item 1(i)."));
        Assert.Equal("1b", reply.QuestionsOf("Item 1(ii)."));
        Assert.Equal("2a", reply.QuestionsOf("Item 2(i)."));
        Assert.Equal("2c", reply.QuestionsOf("Item 2(iii)."));
        Assert.Equal("3", reply.QuestionsOf("Item 3."));
    }

    [Fact]
    public void Marker_BilingualLabelHeadings_NameTheQuestionsOfTheAnswersBelow()
    {
        // Given headings "Point 1-a / Item 1-a" above each answer, one of them for two questions
        var document = Reply.New()
            .Heading("Point 1-a / Item 1-a")
            .Para("We supply coastal surveillance systems.")
            .Heading("Point 1-b / Item 1-b")
            .Para("Around twenty systems over ten years.")
            .Heading("Points 2-d & 2-e / Items 2-d & 2-e")
            .Para("Our organisation model includes a reporting channel open to all.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the answers below the headings answer what they name
        Assert.Equal("1a", reply.QuestionsOf("We supply coastal"));
        Assert.Equal("1b", reply.QuestionsOf("Around twenty"));
        Assert.Equal("2d,2e", reply.QuestionsOf("Our organisation model"));
    }

    [Fact]
    public void Marker_SentencesOpeningWithACapitalOrANumeral_AreNoLabels()
    {
        // Given a reply lettered "A.1", "A.2", "B.1" whose answers also open with "A new", "I am" and "C-level"
        var document = Reply.New()
            .Para("A.1 We supply thermal cameras.")
            .Para("A new policy applies to these sales since 2021.")
            .Para("A.2 About forty cameras.")
            .Para("I am told none went to refugee camps.")
            .Para("B.1 Every sale is reviewed.")
            .Para("C-level managers approve the review.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then those sentences stay in the answers they continue
        Assert.Equal("1a", reply.QuestionsOf("A new policy"));
        Assert.Equal("1b", reply.QuestionsOf("I am told"));
        Assert.Equal("2a", reply.QuestionsOf("C-level"));
    }

    [Theory]
    [InlineData("Ziff. 1 lit. a", "Ziff. 1 lit. b und c", "Ziff. 2 lit. a", "Ziff. 3")]
    [InlineData("Enquiry 1 — limb (i)", "Enquiry 1 — limbs (ii) and (iii)", "Enquiry 2 — limb (i)", "Enquiry 3")]
    [InlineData("BHR-1.1", "BHR-1.2 / 1.3", "BHR-2.1", "BHR-3.0")]
    [InlineData("1(α)", "1(β)–(γ)", "2(α)", "3")]
    [InlineData("Sur le point 1° a)", "Sur les points 1° b) et 1° c)", "Sur le point 2° a)", "Sur le point 3°")]
    public void Marker_InventedNotation_NamesTheQuestionsOfTheAnswersBelow(string first, string second, string third, string last)
    {
        // Given labels of a notation the letter invented, each a heading above its answer, one naming two parts
        var document = Reply.New()
            .Heading(first)
            .Para("We supply ground surveillance radars.")
            .Heading(second)
            .Para("We keep no records in that form and cannot commit to lists.")
            .Heading(third)
            .Para("Every export is screened for human rights risks.")
            .Heading(last)
            .Para("We have no plans to withdraw from the region.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then each answer answers what its label names
        Assert.Equal("1a", reply.QuestionsOf("We supply ground"));
        Assert.Equal("1b,1c", reply.QuestionsOf("We keep no records"));
        Assert.Equal("2a", reply.QuestionsOf("Every export"));
        Assert.Equal("3", reply.QuestionsOf("We have no plans"));
    }

    [Fact]
    public void Marker_OwnNumberingOutOfOrder_IsStillRead()
    {
        // Given a letter answering part B before part A, numbered "B-i." … "A-iii.", "C."
        var document = Reply.New()
            .Para("B-i. Yes. Every government customer is screened.")
            .Para("B-ii. We have not consulted migrants directly.")
            .Para("A-i. We supply maritime domain awareness software.")
            .Para("A-ii. It runs at five coastal centres.")
            .Para("C. We have no plans to withdraw.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the answers to part A are read where they stand
        Assert.Equal("2a", reply.QuestionsOf("B-i."));
        Assert.Equal("1a", reply.QuestionsOf("A-i."));
        Assert.Equal("1b", reply.QuestionsOf("A-ii."));
        Assert.Equal("3", reply.QuestionsOf("C. We"));
    }

    [Fact]
    public void Marker_ANumberedListCarryingOnASentence_IsPartOfTheText()
    {
        // Given a prose letter whose due-diligence paragraph introduces a Word-numbered list that carries on its sentence
        var document = Reply.New()
            .Para("Madame, Monsieur,")
            .Para("En matière de diligence raisonnable, notre procédure d'évaluation comprend :")
            .Item("1.", "l'analyse du pays de destination au regard des rapports des Nations unies ;")
            .Item("2.", "l'examen de l'usage final déclaré ;")
            .Item("3.", "la validation par le comité d'éthique du groupe.")
            .Para("Cette procédure a mis en évidence le risque que nos radars servent à repérer des personnes.")
            .Build();
        var numberedAnswers = Reply.New()
            .Para("Our answers are as follows:")
            .Item("1.", "We supply thermal cameras to two border agencies.")
            .Item("2.", "Every sale is screened for human rights risks.")
            .Item("3.", "We have no plans to withdraw.")
            .Build();

        // When
        var reply = Segmented.Run(document);
        var answers = Segmented.Run(numberedAnswers);

        // Then the items are no question markers; items that are sentences of their own still are
        Assert.All(reply.Segments, s => Assert.NotEqual(SegmentMethod.Marker, s.Method));
        Assert.Equal("2a,2b,2c,2d,2e", answers.QuestionsOf("2."));
        Assert.Equal("3", answers.QuestionsOf("3."));
    }

    [Fact]
    public void Marker_LettersOwnNumberedParagraphsBeyondTheQuestions_AreNoQuestionMarkers_WhenWordGivesTheNumbers()
    {
        // Given a letter whose paragraphs Word (or a PDF's layout) numbers 1 to 5 as list labels, past the
        // questionnaire's three questions, and the same paragraphs with numbers Word gave 1 to 3 only
        Reply Numbered(int last)
        {
            string[] texts =
            [
                "Thank you for your letter of 19 July.",
                "Brennholt is a security services group based in Leeds.",
                "We guard two refugee camps in the region and screen passengers at one airport.",
                "The camp contracts cover about ninety cameras.",
                "We would consider further requests on their merits.",
            ];
            var reply = Reply.New().Para("Dear Ms Haddad,");
            for (var n = 1; n <= last; n++)
            {
                reply = reply.Item($"{n}.", texts[n - 1]);
            }

            return reply;
        }

        // When segmented
        var own = Segmented.Run(Numbered(5).Build());
        var questions = Segmented.Run(Numbered(3).Build());

        // Then a run past the questionnaire's numbers is the letter's own: "1." and "2." name no question; a run of
        // three still does
        Assert.All(own.Segments, s => Assert.NotEqual(SegmentMethod.Marker, s.Method));
        Assert.Equal("2a,2b,2c,2d,2e", questions.QuestionsOf("2."));
    }

    [Fact]
    public void Marker_SectionSignBeforeANumberAlone_NamesTheQuestion_InALettersOwnNumbering()
    {
        // Given a letter numbering its answers "§1.a" … "§2.b", then "§3" followed at once by the answer's words
        var document = Reply.New()
            .Para("§1.a We make fence-vibration sensors for perimeter detection.")
            .Para("§1.b About 400 km of fence, 2014-2021.")
            .Para("§2.a We check the end user before each delivery.")
            .Para("§2.b We do not consult affected communities.")
            .Para("§3 No such plans. We follow the export law of our country.")
            .Para("Kind regards")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the last answer is question 3's, not more of 2b's
        Assert.Equal("2b", reply.QuestionsOf("§2.b"));
        Assert.Equal("3", reply.QuestionsOf("§3 No such plans"));
    }
}
