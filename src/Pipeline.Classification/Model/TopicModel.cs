using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Pipeline.Classification.Training;
using Pipeline.Core.Errors;
using Pipeline.Core.Files;
using Pipeline.Core.Topics;
using Pipeline.Embeddings;

namespace Pipeline.Classification.Model;

/// <summary>A trained topic classifier: ML.NET featuriser and multiclass model over the 12 topics.</summary>
/// <remarks>Thread-safe: concurrent callers each get their own prediction engine from a pool.</remarks>
public sealed class TopicModel : ITopicClassifier
{
    private const string RetrainHint = "run `pipeline train` to build the model (or pass --model PATH)";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly ModelManifest _manifest;
    private readonly ImmutableArray<Topic> _slots;
    private readonly ConcurrentBag<PredictionEngine<TextRow, ScoreRow>> _engines = [];
    private readonly ISentenceEncoder? _encoder;

    /// <param name="encoder">The sentence encoder the model was trained with; required when <paramref name="manifest"/> names one.</param>
    internal TopicModel(MLContext ml, ITransformer transformer, ModelManifest manifest, string source, ISentenceEncoder? encoder = null)
    {
        _ml = ml;
        _transformer = transformer;
        _manifest = manifest;
        Source = source;
        _slots = SlotTopics(transformer, ml, source);
        if (manifest.Encoder is not null)
        {
            _encoder = encoder ?? throw new ArgumentNullException(nameof(encoder), "a model trained on embeddings needs its encoder");
        }
    }

    /// <summary>The sentence encoder's model id when the model's features include passage embeddings, else null.</summary>
    public string? Encoder => _manifest.Encoder;

    /// <summary>The file it was loaded from, or a description of where it was trained.</summary>
    public string Source { get; }

    /// <summary>Name of the trained pipeline ("sdca-maxent").</summary>
    public string Candidate => _manifest.Candidate;

    /// <summary>Loads a model written by <c>pipeline train</c>.</summary>
    /// <exception cref="PipelineException">
    /// <see cref="ErrorCode.IoError"/> when the file is missing or unreadable; <see cref="ErrorCode.Damaged"/> when it is
    /// not a readable model zip; <see cref="ErrorCode.InvalidInput"/> when it is a zip but not a trained topic model
    /// of this format. Every message names the file and says to run <c>pipeline train</c>.
    /// </exception>
    public static TopicModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PipelineException(ErrorCode.IoError, path, $"no trained topic model here; {RetrainHint}");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PipelineException(ErrorCode.IoError, path, $"cannot read the topic model ({ex.Message}); {RetrainHint}", ex);
        }

        var manifest = ReadManifest(path, bytes);
        var ml = new MLContext(seed: TrainingOptions.DefaultSeed);
        ITransformer transformer;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            transformer = ml.Model.Load(stream, out _);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException or ArgumentException or IOException or NotSupportedException or KeyNotFoundException)
        {
            throw new PipelineException(ErrorCode.Damaged, path, $"the topic model is corrupt ({ex.Message}); {RetrainHint}", ex);
        }

        return new TopicModel(ml, transformer, manifest, path, EncoderFor(manifest, path));
    }

    public TopicPrediction Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PredictMany([text])[0];
    }

    /// <remarks>Embeddings, when the model uses them, are computed for the whole batch in one encoder pass.</remarks>
    public IReadOnlyList<TopicPrediction> PredictMany(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var embeddings = _encoder?.Encode(texts, CancellationToken.None);
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<TextRow, ScoreRow>(_transformer);
        }

        try
        {
            var predictions = new TopicPrediction[texts.Count];
            for (var i = 0; i < texts.Count; i++)
            {
                var input = new TextRow { Text = _manifest.Normalise ? TextNormaliser.Normalise(texts[i]) : texts[i] };
                if (embeddings is not null)
                {
                    input.Embedding = embeddings[i];
                }

                predictions[i] = ToPrediction(engine.Predict(input).Score);
            }

            return predictions;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static ISentenceEncoder? EncoderFor(ModelManifest manifest, string path)
    {
        if (manifest.Encoder is null)
        {
            return null;
        }

        var encoder = SentenceEncoders.Shared;
        return encoder.ModelId == manifest.Encoder
            ? encoder
            : throw new PipelineException(ErrorCode.InvalidInput, path, $"the topic model was trained on embeddings of '{manifest.Encoder}', but this Pipeline encodes with '{encoder.ModelId}'; {RetrainHint}");
    }

    /// <summary>Writes the model zip (ML.NET model plus Pipeline's manifest) to <paramref name="path"/>, replacing it.</summary>
    internal void Save(string path) =>
        ModelZip.Write(path, stream => _ml.Model.Save(_transformer, _ml.Data.LoadFromEnumerable(Array.Empty<TextRow>()).Schema, stream), _manifest.WriteTo);

    private TopicPrediction ToPrediction(float[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        var all = ImmutableDictionary.CreateBuilder<Topic, double>();
        for (var i = 0; i < scores.Length; i++)
        {
            all[_slots[i]] = scores[i];
        }

        return new TopicPrediction(_slots[best], scores[best], all.ToImmutable());
    }

    private static ModelManifest ReadManifest(string path, byte[] bytes)
    {
        ModelManifest? manifest;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            manifest = ModelManifest.ReadFrom(zip);
        }
        catch (InvalidDataException ex)
        {
            throw new PipelineException(ErrorCode.Damaged, path, $"not a model zip, or a damaged one ({ex.Message}); {RetrainHint}", ex);
        }

        return manifest switch
        {
            null => throw new PipelineException(ErrorCode.InvalidInput, path, $"not a topic model written by `pipeline train` (no {ModelManifest.EntryName}); {RetrainHint}"),
            { Format: not ModelManifest.CurrentFormat } => throw new PipelineException(ErrorCode.InvalidInput, path, $"topic model format {manifest.Format} is not {ModelManifest.CurrentFormat}; {RetrainHint}"),
            _ => manifest,
        };
    }

    private static ImmutableArray<Topic> SlotTopics(ITransformer transformer, MLContext ml, string source)
    {
        DataViewSchema output;
        try
        {
            output = transformer.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<TextRow>()).Schema);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            throw new PipelineException(ErrorCode.InvalidInput, source, $"the model does not score text ({ex.Message}); {RetrainHint}", ex);
        }

        var score = output.GetColumnOrNull(ModelColumns.Score);
        if (score is null || score.Value.Annotations.Schema.GetColumnOrNull("SlotNames") is null)
        {
            throw new PipelineException(ErrorCode.InvalidInput, source, $"an untrained model: no topic scores; {RetrainHint}");
        }

        VBuffer<ReadOnlyMemory<char>> names = default;
        score.Value.GetSlotNames(ref names);
        var topics = names.DenseValues().Select(n => TopicLabels.TryParse(n.ToString(), out var t) ? t : (Topic?)null).ToArray();
        if (topics.Length != TopicLabels.All.Length || topics.Any(t => t is null) || topics.Distinct().Count() != topics.Length)
        {
            throw new PipelineException(ErrorCode.InvalidInput, source,
                $"the model scores [{string.Join(", ", names.DenseValues())}], not the {TopicLabels.All.Length} topics; {RetrainHint}");
        }

        return [.. topics.Select(t => t!.Value)];
    }
}
