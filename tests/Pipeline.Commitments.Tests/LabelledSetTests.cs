using Pipeline.Commitments.Evaluation;
using Pipeline.Core.Commitments;
using Pipeline.Core.Errors;
using Pipeline.Testing;

namespace Pipeline.Commitments.Tests;

public sealed class LabelledSetTests
{
    private static readonly string DevFile = RepoPaths.InRepo("corpus", "commitments", "dev.jsonl");

    [Fact]
    public void HeldOutSplit_KeepsEachSourceOnOneSide_AndTranslationsWithTheirOriginal()
    {
        // Given the dev sentences
        var all = LabelledSentenceFile.Read(DevFile);

        // When they are split
        var train = HeldOutSplit.Select(all, SplitPart.Train);
        var heldOut = HeldOutSplit.Select(all, SplitPart.HeldOut);

        // Then every sentence is on exactly one side, no reply or page is on both, and a translation sits with its original
        Assert.Equal(all.Count, train.Count + heldOut.Count);
        Assert.NotEmpty(heldOut);
        var original = all.ToDictionary(s => s.Id);
        string Root(LabelledSentence s) => s.TranslatedFrom is { } id && original.TryGetValue(id, out var o) ? o.Source : s.Source;
        Assert.Empty(train.Select(Root).Intersect(heldOut.Select(Root)));
        Assert.Equal(heldOut.Select(s => s.Id), HeldOutSplit.Select(all, SplitPart.HeldOut).Select(s => s.Id));
    }

    [Fact]
    public void Read_MalformedLine_IsAnErrorNamingTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"labelled-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, ["{\"id\":\"a\",\"text\":\"We will.\",\"kind\":\"commitment\"}", "{\"id\":\"b\",\"text\":\"x\",\"kind\":\"promise\"}"]);
        try
        {
            var error = Assert.Throws<PipelineException>(() => LabelledSentenceFile.Read(path));

            Assert.Equal(ErrorCode.InvalidInput, error.Code);
            Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
            Assert.Contains("promise", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_DevFile_HasEveryKind_AndEnoughFrenchAndGerman()
    {
        var all = LabelledSentenceFile.Read(DevFile);

        Assert.All(StatementKinds.All, kind => Assert.Contains(all, s => s.Kind == kind));
        Assert.Subset(all.Select(s => s.Language).ToHashSet(), new HashSet<string> { "de", "en", "fr" });
        Assert.True(all.Count(s => s.Language == "de") >= 40 && all.Count(s => s.Language == "fr") >= 40, "at least 40 German and 40 French sentences");
    }
}
