using System.Security.Cryptography;
using System.Text.Json;
using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Evaluation;
using Pipeline.Core.Commitments;
using Pipeline.Testing;

namespace Pipeline.Commitments.Tests;

public sealed class StatementModelTests
{
    private static readonly (string, StatementKind)[] Small =
    [
        ("We will publish our policy next year.", StatementKind.Commitment),
        ("We will inform the Resource Centre of new deliveries.", StatementKind.Commitment),
        ("We commit to reviewing every contract by 2024.", StatementKind.Commitment),
        ("We cannot share lists of customers.", StatementKind.Refusal),
        ("We do not disclose the identity of our clients.", StatementKind.Refusal),
        ("We are not in a position to comment on contracts.", StatementKind.Refusal),
        ("We suspended a quotation to one customer in 2021.", StatementKind.Claim),
        ("Our sensors were fitted to 14 patrol vessels.", StatementKind.Claim),
        ("We adopted a human rights policy in 2020.", StatementKind.Claim),
        ("Thank you for your letter.", StatementKind.None),
        ("Please do not hesitate to contact us.", StatementKind.None),
        ("Human rights matter to everyone.", StatementKind.None),
    ];

    [Fact]
    public void Train_SameSentences_GiveTheSameScores_AndSurviveSaveAndLoad()
    {
        // Given two models trained on the same sentences
        var first = StatementModelTrainer.Train(Small);
        var second = StatementModelTrainer.Train(Small);
        string[] probes = ["We will share a list of countries.", "We cannot disclose client names."];

        // When one is saved and loaded again
        var path = Path.Combine(Path.GetTempPath(), $"statements-{Guid.NewGuid():N}.zip");
        first.Save(path);
        var loaded = StatementModel.Load(path);
        File.Delete(path);

        // Then all three score the probes identically, and tell the two kinds apart
        var expected = first.Classify(probes);
        Assert.Equal(expected.Select(p => p.Scores[StatementKind.Commitment]), second.Classify(probes).Select(p => p.Scores[StatementKind.Commitment]));
        Assert.Equal(expected.Select(p => p.Scores[StatementKind.Commitment]), loaded.Classify(probes).Select(p => p.Scores[StatementKind.Commitment]));
        Assert.Equal([StatementKind.Commitment, StatementKind.Refusal], expected.Select(p => p.Kind));
    }

    [Fact]
    public void Train_SameSentences_SavedAtDifferentTimes_GiveTheSameBytes()
    {
        // Given two models trained on the same sentences, saved more than two seconds apart (a zip's times have a
        // resolution of two seconds)
        var folder = Directory.CreateTempSubdirectory("statements-").FullName;
        try
        {
            var (first, second) = (Path.Combine(folder, "a.zip"), Path.Combine(folder, "b.zip"));
            StatementModelTrainer.Train(Small).Save(first);
            Thread.Sleep(TimeSpan.FromSeconds(2.5));
            StatementModelTrainer.Train(Small).Save(second);

            // Then the two files are the same, byte for byte, and every entry carries the one fixed time
            Assert.Equal(SHA256.HashData(File.ReadAllBytes(first)), SHA256.HashData(File.ReadAllBytes(second)));
            using var zip = System.IO.Compression.ZipFile.OpenRead(first);
            Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ShippedModel_IsTrainedOnEveryDevelopmentFile_AndItsMetricsFileMatchesThem()
    {
        // Given the committed model, its metrics file and the development files
        var model = StatementModel.Load(RepoPaths.InRepo("models", StatementModel.FileName));
        using var metrics = JsonDocument.Parse(File.ReadAllText(RepoPaths.InRepo("models", "statement-classifier.metrics.json")));
        var root = metrics.RootElement;
        var all = LabelledSentenceFile.ReadAll(DevelopmentSet.Files(RepoPaths.Root));

        // When the model scores the sentences it was trained on
        var fit = StatementEvaluator.Evaluate(model, "model", all);

        // Then it fits every file, the retired locked sets included (a model trained on dev's train part alone does not),
        // the metrics file names each file with its current hash, and its measured figures are the ones the README states
        Assert.All(all.GroupBy(s => s.File), file =>
        {
            var scores = StatementEvaluator.Evaluate(model, "model", [.. file]);
            Assert.True(scores.MicroRecall >= 0.95, $"{file.Key}: recall {scores.MicroRecall:0.000} on its own training sentences");
        });
        Assert.True(fit.MicroPrecision >= 0.95, $"precision {fit.MicroPrecision:0.000}");
        var hashes = root.GetProperty("trainingData").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("sha256").GetString());
        foreach (var name in DevelopmentSet.FileNames)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepoPaths.InRepo("corpus", "commitments", name)))), hashes[$"corpus/commitments/{name}"]);
        }

        var crossValidated = root.GetProperty("crossValidation").GetProperty("scores");
        var leftOut = root.GetProperty("leaveOneFileOut").GetProperty("pooled");
        // The pool holds the files written from public pages (dev-4, dev-5: 0.79 / 0.79-0.83 left out; dev-6, mostly
        // journalists' reports of what companies said: 0.71 / 0.36; dev-7, filings and statements: 0.69 / 0.62; dev-8, the
        // company's voice: 0.78 / 0.79), harder than the replies: cross-validated 0.820 / 0.776 and left one file out
        // 0.803 / 0.725 when the eighth file came in. The floors catch a regression; the targets are scored on the locked
        // set.
        Assert.True(crossValidated.GetProperty("microPrecision").GetDouble() >= 0.81 && crossValidated.GetProperty("microRecall").GetDouble() >= 0.76, "cross-validated figures below the floors");
        Assert.True(leftOut.GetProperty("microPrecision").GetDouble() >= 0.80 && leftOut.GetProperty("microRecall").GetDouble() >= 0.71, "leave-one-file-out figures below the floors");
        Assert.Equal(StatementModel.ShippedWeights.None, root.GetProperty("decisionWeights").GetProperty("none").GetDouble());
    }
}
