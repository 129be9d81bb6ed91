using Pipeline.Core.Archive;
namespace Pipeline.TextReuse.Tests;

public sealed class ParagraphAlignmentTests
{
    private const string Grievance = "Anyone affected by our products can raise a concern through our Integrity Line, by e-mail, by telephone or through a web form, anonymously if they wish.";
    private const string Training = "All sales staff complete a human rights training module every year, and engineers deployed to customer sites complete it before they travel.";
    private const string Exports = "Every export to a government customer outside the European Union is approved by the board after an export control review.";

    [Fact]
    public void Align_TwoVersionsOfAnAnswer_FindsUnchangedEditedNewAndDropped()
    {
        // Given 2022's answer and 2024's: the grievance paragraph reflowed, the training one edited, exports dropped, a new one
        string[] before = [Grievance, Training, Exports];
        string[] after =
        [
            "A new remedy fund compensates people harmed by misuse of our systems, decided case by case by an independent panel.",
            Training.Replace("every year", "every six months", StringComparison.Ordinal),
            Grievance.Replace("Integrity Line,", "Integrity\nLine,", StringComparison.Ordinal),
        ];

        // When
        var changes = ParagraphAlignment.Align(before, after);

        // Then in the later order, dropped last
        Assert.Equal([ChangeKind.New, ChangeKind.Edited, ChangeKind.Unchanged, ChangeKind.Dropped], changes.Select(c => c.Kind));
        Assert.Equal(Training, changes[1].Before);
        Assert.Contains(new WordEdit(EditKind.Inserted, "six months,"), changes[1].Diff);
        Assert.Equal(Exports, changes[3].Before);
    }

    [Fact]
    public void Align_ReorderedSentences_IsAnEditOfTheSameParagraph()
    {
        // Given a paragraph whose two sentences swapped places
        var after = "Engineers deployed to customer sites complete it before they travel. All sales staff complete a human rights training module every year.";

        // When
        var change = Assert.Single(ParagraphAlignment.Align([Training], [after]));

        // Then
        Assert.Equal(ChangeKind.Edited, change.Kind);
        Assert.True(change.Similarity > 0.5, $"similarity {change.Similarity}");
    }

    [Fact]
    public void Align_AnswerRewrittenAroundAKeptSentence_IsAnEdit()
    {
        // Given an answer whose first sentence stays and whose second is rewritten: few three-word shingles survive
        var before = "We have received two complaints relating to border projects since the mechanism was opened. One concerned working conditions at a subcontractor.";
        var after = "We have received five complaints relating to border projects since the mechanism was opened. Two concerned the conduct of operators we had trained, and one a tower.";

        // When
        var change = Assert.Single(ParagraphAlignment.Align([before], [after]));

        // Then
        Assert.Equal(ChangeKind.Edited, change.Kind);
        Assert.True(change.Similarity < ParagraphAlignment.EditedSimilarity, $"similarity {change.Similarity}");
    }

    [Fact]
    public void Align_TwoParagraphsMergedInOneVersion_AreComparedEachWithItsOwn()
    {
        // Given 2022's two paragraphs extracted as one, and 2024's two: the first edited, the second unchanged
        var merged = Training + " " + Exports;
        var edited = Training.Replace("every year", "every six months", StringComparison.Ordinal);

        // When
        var changes = ParagraphAlignment.Align([merged], [edited, Exports]);

        // Then
        Assert.Equal([ChangeKind.Edited, ChangeKind.Unchanged], changes.Select(c => c.Kind));
        Assert.Equal(Training, changes[0].Before);
        Assert.Equal(Exports, changes[1].Before);
    }

    [Fact]
    public void Align_SentenceAddedToAParagraph_IsOneParagraphEdited()
    {
        // Given a paragraph and the same with a sentence added, which nothing earlier says
        var after = Exports + " We expect the new EU rules on artificial intelligence to apply to two of our products.";

        // When
        var change = Assert.Single(ParagraphAlignment.Align([Exports], [after]));

        // Then
        Assert.Equal((ChangeKind.Edited, Exports, after), (change.Kind, change.Before, change.After));
    }

    [Fact]
    public void Align_DifferentParagraphsOnOneSubject_AreNotAnEdit()
    {
        // Given two grievance answers in different words
        var other = "Complaints about our products may be sent to our compliance officer, who reports them to the management board each quarter.";

        // When
        var changes = ParagraphAlignment.Align([Grievance], [other]);

        // Then one new, one dropped
        Assert.Equal([ChangeKind.New, ChangeKind.Dropped], changes.Select(c => c.Kind));
    }
}
