using Pipeline.Core.Segments;
using Pipeline.Segmentation.Tests.Fixtures;

namespace Pipeline.Segmentation.Tests;

// Labels and restated questions are the reply's structure: they carry no topic and count in no status, coverage or
// search. Segmentation marks them (PassageRole); these cases say where the line between structure and answer runs.
public sealed partial class SegmenterTests
{
    [Fact]
    public void Structure_TableWithLabelQuestionAndAnswerColumns_LabelAndQuestionAreStructure_AnswerIsNot()
    {
        // Given a label | question | answer table
        var document = Reply.New()
            .Row(0, 0, "1a", Questionnaire.Text("1a"), "We supply ID-document readers to two ministries.")
            .Row(0, 1, "2d", Questionnaire.Text("2d"), "Yes, an independent hotline.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then
        Assert.Equal([PassageRole.Label, PassageRole.Question, PassageRole.Answer], reply.SegmentOf("1a").Passages.Select(p => p.Role));
        Assert.Equal([PassageRole.Label, PassageRole.Question, PassageRole.Answer], reply.SegmentOf("2d").Passages.Select(p => p.Role));
        Assert.Equal("We supply ID-document readers to two ministries.", reply.SegmentOf("1a").AnswerText);
    }

    [Fact]
    public void Structure_QuestionAnswerTable_TheRestatedQuestionCellIsStructure()
    {
        // Given a question | answer table whose answer repeats words of the question
        var document = Reply.New()
            .Row(0, 0, Questionnaire.Text("2d"), "Yes: our grievance mechanism is a hotline open to anyone.")
            .Build();

        // When
        var segment = Segmented.Run(document).SegmentOf("Yes: our grievance");

        // Then the last cell is the answer, however much it echoes the question
        Assert.Equal([PassageRole.Question, PassageRole.Answer], segment.Passages.Select(p => p.Role));
    }

    [Fact]
    public void Structure_HeadingThatIsOnlyALabel_IsALabel_AndTheParagraphAfterItTheAnswer()
    {
        // Given a table that extraction lost: label headings, each followed by its answer (Kestrel's reply)
        var document = Reply.New()
            .Heading("1a")
            .Para("Our platform is licensed to public sector customers in twenty countries.")
            .Heading("1b")
            .Para("It is software and is not distributed at border crossings.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then
        Assert.Equal([PassageRole.Label, PassageRole.Answer], reply.SegmentOf("1a").Passages.Select(p => p.Role));
        Assert.Equal([PassageRole.Label, PassageRole.Answer], reply.SegmentOf("1b").Passages.Select(p => p.Role));
    }

    [Fact]
    public void Structure_MarkerThenTheQuestionRestated_IsStructure_ButMarkerThenAnswerIsTheAnswer()
    {
        // Given one question restated after its marker, the answer below, and one answer written after its marker
        var document = Reply.New()
            .Para("Question 2(d): " + Questionnaire.Text("2d"))
            .Para("Complaints go to an ombudsman office.")
            .Para("Question 2(e): Our human rights policy follows the UN Guiding Principles.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then
        Assert.Equal([PassageRole.Question, PassageRole.Answer], reply.SegmentOf("Question 2(d)").Passages.Select(p => p.Role));
        Assert.Equal(PassageRole.Answer, Assert.Single(reply.SegmentOf("Question 2(e)").Passages).Role);
    }

    [Fact]
    public void Structure_SectionTitleAfterAParentNumber_IsStructure()
    {
        // Given auto-numbered sections: "1. Products, services and clients", then "(a) …"
        var document = Reply.New()
            .Item("1.", "Products, services and clients")
            .Item("(a)", "We provide manned guarding and CCTV at two sites.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then the title ties the place to questions 1a-1c and answers nothing
        var title = reply.SegmentOf("1. Products");
        Assert.True(title.IsStructure);
        Assert.Equal("1a,1b,1c", reply.QuestionsOf("1. Products"));
        Assert.Equal(PassageRole.Answer, Assert.Single(reply.SegmentOf("(a) We provide").Passages).Role);
    }

    [Fact]
    public void Structure_QuestionAndAnswerInOneParagraph_IsTheAnswer()
    {
        // Given a paragraph that restates the question and answers it in the same breath
        var document = Reply.New()
            .Para("Does your company have a grievance mechanism? Yes, a hotline run by an independent provider.")
            .Build();

        // When
        var reply = Segmented.Run(document);

        // Then it is the answer (it cannot be split)
        Assert.Equal(PassageRole.Answer, Assert.Single(reply.SegmentOf("Does your company").Passages).Role);
    }
}
