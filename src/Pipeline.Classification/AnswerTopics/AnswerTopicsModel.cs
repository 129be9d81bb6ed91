using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Compression;
using Microsoft.ML;
using Pipeline.Classification.Model;
using Pipeline.Classification.Training;
using Pipeline.Core.Errors;
using Pipeline.Core.Files;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.AnswerTopics;

/// <summary>
/// Which topics a paragraph answers — all of them, not the likeliest one: one logistic regression per topic (ML.NET,
/// the topic classifier's word and character n-grams), trained on paragraphs labelled with every question they answer
/// (<see cref="AnswerTopicsTrainer"/>). Routing reads it to check the questions its rules chose for a prose paragraph:
/// it drops those of topics the model finds implausible and adds those of topics it is sure of ("We met two NGOs … our
/// contracts forbid resale" answers consultation and mitigation).
/// </summary>
/// <remarks>Thread-safe: concurrent callers each get their own prediction engine from a pool.</remarks>
public sealed class AnswerTopicsModel
{
    /// <summary>The model's file name, beside the topic classifier's in <c>models/</c>.</summary>
    public const string FileName = "answer-topics.zip";

    internal const string ProbabilitiesColumn = "Probabilities";

    private const string RetrainHint = "run `pipeline train --answer-topics` to build it";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly AnswerTopicsManifest _manifest;
    private readonly ImmutableArray<Topic> _slots;
    private readonly ConcurrentBag<PredictionEngine<AnswerTopicsInputRow, AnswerTopicsOutputRow>> _engines = [];

    internal AnswerTopicsModel(MLContext ml, ITransformer transformer, AnswerTopicsManifest manifest, string source)
    {
        _ml = ml;
        _transformer = transformer;
        _manifest = manifest;
        Source = source;
        _slots = [.. manifest.Topics.Select(label => TopicLabels.TryParse(label, out var topic)
            ? topic
            : throw new PipelineException(ErrorCode.InvalidInput, source, $"the answer-topics model names an unknown topic '{label}'; {RetrainHint}"))];
    }

    /// <summary>The file it was loaded from, or where it was trained.</summary>
    public string Source { get; }

    /// <summary>Below this probability a topic is implausible for a paragraph: routing drops its questions.</summary>
    public double PlausibleThreshold => _manifest.PlausibleThreshold;

    /// <summary>From this probability a paragraph surely answers a topic: routing adds its questions.</summary>
    public double SureThreshold => _manifest.SureThreshold;

    /// <summary>The topics the model scores, in slot order.</summary>
    public ImmutableArray<Topic> Topics => _slots;

    /// <summary>The model beside <paramref name="topicModelPath"/> (<c>answer-topics.zip</c> in its folder), or null when there is none.</summary>
    /// <exception cref="PipelineException">The file exists but is not a readable answer-topics model.</exception>
    public static AnswerTopicsModel? LoadBeside(string topicModelPath)
    {
        ArgumentNullException.ThrowIfNull(topicModelPath);
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(topicModelPath))!, FileName);
        return File.Exists(path) ? Load(path) : null;
    }

    /// <summary>Loads a model written by <c>pipeline train --answer-topics</c>.</summary>
    /// <exception cref="PipelineException">
    /// <see cref="ErrorCode.IoError"/> when the file is missing or unreadable; <see cref="ErrorCode.Damaged"/> when it is
    /// not a readable zip; <see cref="ErrorCode.InvalidInput"/> when it is not an answer-topics model of this format.
    /// </exception>
    public static AnswerTopicsModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PipelineException(ErrorCode.IoError, path, $"cannot read the answer-topics model ({ex.Message}); {RetrainHint}", ex);
        }

        AnswerTopicsManifest? manifest;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            manifest = AnswerTopicsManifest.ReadFrom(zip);
        }
        catch (InvalidDataException ex)
        {
            throw new PipelineException(ErrorCode.Damaged, path, $"not a model zip, or a damaged one ({ex.Message}); {RetrainHint}", ex);
        }

        if (manifest is null || manifest.Format != AnswerTopicsManifest.CurrentFormat || manifest.Topics is not { Length: > 0 })
        {
            throw new PipelineException(ErrorCode.InvalidInput, path, $"not an answer-topics model of format {AnswerTopicsManifest.CurrentFormat}; {RetrainHint}");
        }

        var ml = new MLContext(seed: TrainingOptions.DefaultSeed);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return new AnswerTopicsModel(ml, ml.Model.Load(stream, out _), manifest, path);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException or ArgumentException or IOException or NotSupportedException or KeyNotFoundException)
        {
            throw new PipelineException(ErrorCode.Damaged, path, $"the answer-topics model is corrupt ({ex.Message}); {RetrainHint}", ex);
        }
    }

    /// <summary>The probability of every topic the model scores, for each text.</summary>
    public IReadOnlyList<ImmutableDictionary<Topic, double>> PredictMany(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<AnswerTopicsInputRow, AnswerTopicsOutputRow>(_transformer);
        }

        try
        {
            var predictions = new ImmutableDictionary<Topic, double>[texts.Count];
            for (var i = 0; i < texts.Count; i++)
            {
                var probabilities = engine.Predict(new AnswerTopicsInputRow { Text = TextNormaliser.Normalise(texts[i]) }).Probabilities;
                predictions[i] = _slots.Select((topic, slot) => (topic, slot)).ToImmutableDictionary(x => x.topic, x => (double)probabilities[x.slot]);
            }

            return predictions;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>The topics <paramref name="probabilities"/> make plausible (at least <see cref="PlausibleThreshold"/>) and sure (at least <see cref="SureThreshold"/>).</summary>
    public AnswerTopicsJudgement Judge(IReadOnlyDictionary<Topic, double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        return new AnswerTopicsJudgement(
            [.. probabilities.Where(p => p.Value >= PlausibleThreshold).Select(p => p.Key)],
            [.. probabilities.Where(p => p.Value >= SureThreshold).Select(p => p.Key)]);
    }

    /// <summary>Writes the model zip (ML.NET model plus Pipeline's manifest) to <paramref name="path"/>, replacing it.</summary>
    internal void Save(string path) =>
        ModelZip.Write(path, stream => _ml.Model.Save(_transformer, _ml.Data.LoadFromEnumerable(Array.Empty<AnswerTopicsInputRow>()).Schema, stream), _manifest.WriteTo);
}
