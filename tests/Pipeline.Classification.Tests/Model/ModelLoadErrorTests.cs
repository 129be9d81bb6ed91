using System.IO.Compression;
using Microsoft.ML;
using Pipeline.Classification.Model;
using Pipeline.Core.Errors;

namespace Pipeline.Classification.Tests.Model;

public sealed class ModelLoadErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-badmodel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void MissingModel_IsIoError_NamingTheFileAndTheFix()
    {
        // Given a path with no file
        var path = Path.Combine(_folder, "topic-classifier.zip");

        // When loaded
        var error = Assert.Throws<PipelineException>(() => TopicModel.Load(path));

        // Then
        AssertNamesFileAndFix(error, ErrorCode.IoError, path);
    }

    [Theory]
    [InlineData(0, "an empty file")]
    [InlineData(1000, "random bytes")]
    public void CorruptModel_IsDamaged_NamingTheFileAndTheFix(int length, string what)
    {
        // Given a file that is not a zip
        var path = Path.Combine(_folder, "m.zip");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, length).Select(i => (byte)(i * 37))]);

        // When loaded
        var error = Assert.Throws<PipelineException>(() => TopicModel.Load(path));

        // Then
        AssertNamesFileAndFix(error, ErrorCode.Damaged, path);
        Assert.NotNull(what);
    }

    [Fact]
    public void ZipNotWrittenByTrain_IsInvalidInput()
    {
        // Given a valid zip holding an unrelated file
        var path = Path.Combine(_folder, "m.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        // When loaded
        var error = Assert.Throws<PipelineException>(() => TopicModel.Load(path));

        // Then
        AssertNamesFileAndFix(error, ErrorCode.InvalidInput, path);
    }

    [Fact]
    public void ManifestWithoutModel_IsDamaged()
    {
        // Given a zip with Pipeline's manifest but no ML.NET model (a cut-down copy)
        var path = Path.Combine(_folder, "m.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            new ModelManifest(ModelManifest.CurrentFormat, true, "sdca-maxent").WriteTo(zip);
        }

        // When loaded
        var error = Assert.Throws<PipelineException>(() => TopicModel.Load(path));

        // Then
        AssertNamesFileAndFix(error, ErrorCode.Damaged, path);
    }

    [Fact]
    public void UntrainedModel_WithoutTopicScores_IsInvalidInput()
    {
        // Given a zip holding only a fitted featuriser (no trainer) and the manifest
        var path = Path.Combine(_folder, "m.zip");
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new[] { new TextRow { Text = "hotline" } });
        var featuriser = ml.Transforms.Text.FeaturizeText(ModelColumns.Features, ModelColumns.Text).Fit(data);
        ml.Model.Save(featuriser, data.Schema, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            new ModelManifest(ModelManifest.CurrentFormat, true, "none").WriteTo(zip);
        }

        // When loaded
        var error = Assert.Throws<PipelineException>(() => TopicModel.Load(path));

        // Then
        AssertNamesFileAndFix(error, ErrorCode.InvalidInput, path);
        Assert.Contains("untrained", error.Reason, StringComparison.Ordinal);
    }

    private static void AssertNamesFileAndFix(PipelineException error, ErrorCode code, string path)
    {
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains("pipeline train", error.Reason, StringComparison.Ordinal);
    }
}
