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

    [Fact]
    public void DevelopmentSet_PoolsTheDevelopmentFiles_EachSentenceNamingItsFile_AndNoLockedFile()
    {
        // Given the development files as the eval command reads them by default
        var files = DevelopmentSet.Files(RepoPaths.Root);

        // When they are pooled
        var all = LabelledSentenceFile.ReadAll(files);

        // Then dev, dev-2 (the first locked set, retired), dev-3 (the second), dev-4, dev-5, dev-6, dev-7 and dev-8 are all there, with their ids kept
        Assert.Equal(["dev.jsonl", "dev-2.jsonl", "dev-3.jsonl", "dev-4.jsonl", "dev-5.jsonl", "dev-6.jsonl", "dev-7.jsonl", "dev-8.jsonl"], all.Select(s => s.File).Distinct());
        Assert.Equal([572, 597, 424, 450, 450, 450, 450, 450], all.GroupBy(s => s.File).Select(g => g.Count()));
        Assert.StartsWith("D4-", all.First(s => s.File == "dev-4.jsonl").Id, StringComparison.Ordinal);
        Assert.StartsWith("D6-", all.First(s => s.File == "dev-6.jsonl").Id, StringComparison.Ordinal);
        Assert.StartsWith("D7-", all.First(s => s.File == "dev-7.jsonl").Id, StringComparison.Ordinal);
        Assert.StartsWith("D8-", all.First(s => s.File == "dev-8.jsonl").Id, StringComparison.Ordinal);
        Assert.StartsWith("c5", all.First(s => s.File == "dev-2.jsonl").Id, StringComparison.Ordinal);
        Assert.StartsWith("L2-", all.First(s => s.File == "dev-3.jsonl").Id, StringComparison.Ordinal);
        Assert.DoesNotContain(files, f => Path.GetFileName(f).Contains("locked", StringComparison.Ordinal));
        Assert.False(File.Exists(RepoPaths.InRepo("corpus", "commitments", "locked.jsonl")) || File.Exists(RepoPaths.InRepo("corpus", "commitments", "locked-2.jsonl")));
    }

    [Fact]
    public void ReadAll_SameIdInTwoFiles_IsAnErrorNamingTheId()
    {
        var first = Path.Combine(Path.GetTempPath(), $"labelled-{Guid.NewGuid():N}.jsonl");
        var second = Path.Combine(Path.GetTempPath(), $"labelled-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(first, ["{\"id\":\"x1\",\"text\":\"We will.\",\"kind\":\"commitment\"}"]);
        File.WriteAllLines(second, ["{\"id\":\"x1\",\"text\":\"We did.\",\"kind\":\"claim\"}"]);
        try
        {
            var error = Assert.Throws<PipelineException>(() => LabelledSentenceFile.ReadAll([first, second]));

            Assert.Equal(ErrorCode.InvalidInput, error.Code);
            Assert.Contains("'x1'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void LeaveOneFileOut_ScoresEveryFileOnce_WithAModelThatNeverSawIt()
    {
        // Given two small files whose sentences differ only in the company's products
        var a = Sentences("a.jsonl", "cameras");
        var b = Sentences("b.jsonl", "radars");

        // When each is left out in turn
        var byFile = LeaveOneFileOut.Run([.. a, .. b], []);

        // Then each file is scored once, whole, by a model named after the file it was trained without
        Assert.Equal(["a.jsonl", "b.jsonl"], byFile.Select(f => f.File));
        Assert.Equal(a.Select(s => s.Id), byFile[0].Scores.Outcomes.Select(o => o.Sentence.Id));
        Assert.Equal("model, trained without a.jsonl", byFile[0].Scores.Classifier);
        Assert.Equal(a.Count + b.Count, LeaveOneFileOut.Pool(byFile).Outcomes.Length);
        Assert.Throws<ArgumentException>(() => LeaveOneFileOut.Run(a, []));
    }

    private static List<LabelledSentence> Sentences(string file, string product) =>
    [
        new($"{file}-1", $"We will publish the list of {product} next year.", StatementKind.Commitment, "en", $"{file}/r1") { File = file },
        new($"{file}-2", $"We cannot share the names of customers for our {product}.", StatementKind.Refusal, "en", $"{file}/r1") { File = file },
        new($"{file}-3", $"We sold 14 {product} to coast guards in 2021.", StatementKind.Claim, "en", $"{file}/r2") { File = file },
        new($"{file}-4", $"Thank you for your letter about {product}.", StatementKind.None, "en", $"{file}/r2") { File = file },
    ];
}
