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
