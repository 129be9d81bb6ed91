using Pipeline.Classification.Model;
using Pipeline.Classification.Training;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Model;

public sealed class TrainingDeterminismTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TrainingTwice_OnTheSameSample_GivesTheSamePredictions()
    {
        // Given the small sample and the default seed
        var trainer = new TopicModelTrainer();

        // When the chosen pipeline is trained twice
        var first = trainer.Fit(SmallSample.Examples, SmallSample.Sdca, "first");
        var second = trainer.Fit(SmallSample.Examples, SmallSample.Sdca, "second");

        // Then every probe gets the same topic and bit-identical scores, and the probes are right
        foreach (var probe in SmallSample.Probes)
        {
            var (a, b) = (first.Predict(probe), second.Predict(probe));
            Assert.Equal(a.Topic, b.Topic);
            Assert.Equal(TopicLabels.All.Select(t => a.Scores[t]), TopicLabels.All.Select(t => b.Scores[t]));
        }

        Assert.Equal([Topic.GrievanceMechanism, Topic.ExportControl, Topic.Other], SmallSample.Probes.Select(p => first.Predict(p).Topic));
    }

    [Fact]
    public void TrainingTwice_AndSavingAtDifferentTimes_GivesTheSameBytes()
    {
        // Given the chosen pipeline trained twice on the small sample, each saved, more than two seconds apart (a
        // zip's times have a resolution of two seconds)
        var trainer = new TopicModelTrainer();
        var (first, second) = (Path.Combine(_folder, "first.zip"), Path.Combine(_folder, "second.zip"));
        trainer.Fit(SmallSample.Examples, SmallSample.Sdca, "sample").Save(first);
        Thread.Sleep(TimeSpan.FromSeconds(2.5));
        trainer.Fit(SmallSample.Examples, SmallSample.Sdca, "sample").Save(second);

        // Then the two files are the same, byte for byte (so a retrained model can be checked with cmp), and every
        // entry, Pipeline's manifest included, carries the one fixed time
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var zip = System.IO.Compression.ZipFile.OpenRead(first);
        Assert.Contains(zip.Entries, e => e.FullName == "Pipeline/topic-model.json");
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void SavedModel_LoadsBack_WithTheSameScoresOverAllTwelveTopics()
    {
        // Given a model trained on the small sample, saved
        var trained = new TopicModelTrainer().Fit(SmallSample.Examples, SmallSample.Sdca, "sample");
        var path = Path.Combine(_folder, "m.zip");
        trained.Save(path);

        // When loaded
        var loaded = TopicModel.Load(path);

        // Then it scores all 12 topics (absent ones too) exactly as before saving
        var probe = SmallSample.Probes[0];
        Assert.Equal(12, loaded.Predict(probe).Scores.Count);
        Assert.Equal(trained.Predict(probe).Scores.OrderBy(s => s.Key), loaded.Predict(probe).Scores.OrderBy(s => s.Key));
        Assert.Equal("sdca-maxent", loaded.Candidate);
    }

    [Fact]
    public void SavedModel_KeepsNoNgramNamesInTheTrainersSchema()
    {
        // Given a model trained on the small sample's word and character n-grams, saved
        var trained = new TopicModelTrainer().Fit(SmallSample.Examples, SmallSample.Sdca, "sample");
        var path = Path.Combine(_folder, "s.zip");
        trained.Save(path);

        // When its entries are listed
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        var schemas = zip.Entries.Where(e => e.FullName.EndsWith("/TrainSchema", StringComparison.Ordinal)).ToArray();

        // Then the trainer's stored schema is a few hundred bytes (634), not one name per n-gram (5,942 when the names
        // were kept): the featuriser's own dictionaries hold the n-grams
        Assert.NotEmpty(schemas);
        Assert.All(schemas, s => Assert.True(s.Length < 2_048, $"{s.FullName}: {s.Length} bytes"));
    }

    [Fact]
    public void ModelWithEmbeddings_LoadsBack_WithItsEncoder_AndTheSameScores()
    {
        // Given a model trained on n-grams and sentence embeddings, saved
        var trained = new TopicModelTrainer().Fit(SmallSample.Examples, SmallSample.WithEmbeddings, "sample");
        var path = Path.Combine(_folder, "e.zip");
        trained.Save(path);

        // When loaded
        var loaded = TopicModel.Load(path);

        // Then it names the encoder it needs, scores as before (one by one and in a batch) and reads the probes right
        Assert.StartsWith("sentence-transformers/all-MiniLM-L6-v2", loaded.Encoder);
        var probe = SmallSample.Probes[1];
        Assert.Equal(trained.Predict(probe).Score, loaded.Predict(probe).Score, 5);
        Assert.Equal(loaded.Predict(probe).Score, loaded.PredictMany(SmallSample.Probes)[1].Score, 5);
        Assert.Equal([Topic.GrievanceMechanism, Topic.ExportControl, Topic.Other], loaded.PredictMany(SmallSample.Probes).Select(p => p.Topic));
    }
}
