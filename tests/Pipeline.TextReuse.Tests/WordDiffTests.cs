using Pipeline.Core.Archive;
namespace Pipeline.TextReuse.Tests;

public sealed class WordDiffTests
{
    [Fact]
    public void Between_UpdatedFigure_IsOneDeletedAndOneInsertedWord()
    {
        // When a figure changes
        var edits = WordDiff.Between("We delivered 58 units to three border agencies.", "We delivered 74 units to three border agencies.");

        // Then
        Assert.Equal(
            [new(EditKind.Same, "We delivered"), new(EditKind.Deleted, "58"), new(EditKind.Inserted, "74"), new WordEdit(EditKind.Same, "units to three border agencies.")],
            edits.ToArray());
    }

    [Fact]
    public void Between_ReflowedText_IsAllSame()
    {
        var edits = WordDiff.Between("All requests are\nreviewed by our ethics com-\nmittee.", "All requests are reviewed by our ethics committee.");

        Assert.Equal([new WordEdit(EditKind.Same, "All requests are reviewed by our ethics committee.")], edits.ToArray());
    }
}
