using System.IO.Compression;
using Pipeline.Classification.AnswerTopics;
using Pipeline.Classification.Tests.Fakes;
using Pipeline.Core.Errors;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.AnswerTopics;

/// <summary>The answer-topics model learns every topic a paragraph answers, saves and loads the same, and refuses files that are not one.</summary>
public sealed class AnswerTopicsModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("answer-topics-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Paragraph_AnsweringTwoTopics_MakesBothPlausible()
    {
        // Given a model trained on paragraphs about consultation, about safeguards, and about both
        var model = SmallAnswerTopics.Model;

        // When a new paragraph speaks of both
        var judged = model.Judge(model.PredictMany(["We consulted refugee associations in the camps, and every contract forbids resale of the cameras."])[0]);

        // Then both topics are plausible, and the complaint channel is not
        Assert.Contains(Topic.StakeholderEngagement, judged.Plausible);
        Assert.Contains(Topic.Mitigation, judged.Plausible);
        Assert.DoesNotContain(Topic.GrievanceMechanism, judged.Plausible);
    }

    [Fact]
    public void Paragraph_OnOneTopic_IsSureOfThatOneAlone()
    {
        // When a paragraph speaks of complaints only
        var model = SmallAnswerTopics.Model;
        var judged = model.Judge(model.PredictMany(["Anyone may send a complaint to our whistleblowing hotline, which an ombudsperson reads."])[0]);

        // Then it surely answers complaints, and neither other topic is plausible
        Assert.Equal([Topic.GrievanceMechanism], judged.Sure);
        Assert.DoesNotContain(Topic.StakeholderEngagement, judged.Plausible);
        Assert.DoesNotContain(Topic.Mitigation, judged.Plausible);
    }

    [Fact]
    public void SavedModel_LoadsAndScoresTheSame()
    {
        // Given the model saved to a file
        var path = Path.Combine(_folder, AnswerTopicsModel.FileName);
        AnswerTopicsTrainer.Save(SmallAnswerTopics.Model, path);

        // When loaded beside a topic model's path and asked again
        var loaded = AnswerTopicsModel.LoadBeside(Path.Combine(_folder, "topic-classifier.zip"));
        string[] texts = ["Our contracts forbid resale.", "We met migrants in the camps."];

        // Then the probabilities are the same, and so are the topics and the threshold
        Assert.NotNull(loaded);
        Assert.Equal(SmallAnswerTopics.Model.Topics.ToArray(), loaded.Topics.ToArray());
        Assert.Equal(SmallAnswerTopics.Model.SureThreshold, loaded.SureThreshold);
        Assert.Equal(SmallAnswerTopics.Model.PredictMany(texts).Select(p => p.OrderBy(x => x.Key).ToArray()), loaded.PredictMany(texts).Select(p => p.OrderBy(x => x.Key).ToArray()));
    }

    [Fact]
    public void NoModelBeside_IsNull()
    {
        // When no answer-topics.zip lies beside the topic model
        // Then there is none to load, and routing keeps its rules
        Assert.Null(AnswerTopicsModel.LoadBeside(Path.Combine(_folder, "topic-classifier.zip")));
    }

    [Fact]
    public void FileThatIsNotAZip_IsDamaged_NamingTheFile()
    {
        // Given a file of text where the model should be
        var path = Path.Combine(_folder, AnswerTopicsModel.FileName);
        File.WriteAllText(path, "not a model");

        // When loaded
        var error = Assert.Throws<PipelineException>(() => AnswerTopicsModel.Load(path));

        // Then
        Assert.Equal(ErrorCode.Damaged, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("pipeline train --answer-topics", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipWithoutTheManifest_IsNotAnAnswerTopicsModel()
    {
        // Given a zip that holds something else
        var path = Path.Combine(_folder, AnswerTopicsModel.FileName);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        // When loaded
        var error = Assert.Throws<PipelineException>(() => AnswerTopicsModel.Load(path));

        // Then
        Assert.Equal(ErrorCode.InvalidInput, error.Code);
    }
}
