using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Pipeline.Commitments.Cues;
using Pipeline.Core.Commitments;
using Pipeline.Core.Errors;
using Pipeline.Core.Files;

namespace Pipeline.Commitments.Classifying;

/// <summary>
/// The trained sentence classifier: ML.NET word and character n-grams plus the cue features
/// (<see cref="CueFeatures"/>), multiclass maximum entropy over commitment, claim, refusal and none.
/// </summary>
/// <remarks>Thread-safe: each caller takes a prediction engine from a pool.</remarks>
public sealed class StatementModel : IStatementClassifier
{
    private const string RetrainHint = "run `pipeline eval commitments --train` to build it";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly ImmutableArray<StatementKind> _slots;
    private readonly ConcurrentBag<PredictionEngine<SentenceRow, KindScoreRow>> _engines = [];

    internal StatementModel(MLContext ml, ITransformer transformer, DataViewSchema schema, KindWeights? weights = null)
    {
        _ml = ml;
        _transformer = transformer;
        _slots = Slots(schema);
        Weights = weights ?? ShippedWeights;
    }

    /// <summary>The weights the kind is decided with (<see cref="ShippedWeights"/> unless a caller chose others).</summary>
    public KindWeights Weights { get; }

    /// <summary>The same trained model deciding with other weights (cross-validation records probabilities with <see cref="KindWeights.Neutral"/>).</summary>
    public StatementModel WithWeights(KindWeights weights) =>
        new(_ml, _transformer, _transformer.GetOutputSchema(_ml.Data.LoadFromEnumerable<SentenceRow>([]).Schema), weights ?? throw new ArgumentNullException(nameof(weights)));

    public const string FileName = "statement-classifier.zip";

    /// <summary>
    /// The weights the shipped model decides with. "None" weighs more than its probability: a sentence is listed only
    /// when it looks clearly more like a statement than like nothing, since a ledger item that is not one costs a
    /// researcher more than a missed claim. Chosen as the weights that bring micro precision and recall nearest their
    /// targets on the five-fold cross-validated probabilities over the development files (<c>eval commitments --folds 5
    /// --choose-weights --training-only corpus/commitments/train-only.jsonl</c>), chosen again on the eight development
    /// files (the earlier weights, 0.5 / 1.25 / 1.25 / 2.25, gave 0.813 / 0.766 there against 0.819 / 0.774; figures in
    /// models/README.md).
    /// </summary>
    public static KindWeights ShippedWeights { get; } = new(Commitment: 0.75, Claim: 1.5, Refusal: 0.5, None: 2.5);

    /// <summary>
    /// The model to use: <paramref name="explicitPath"/> when given; else <c>models/statement-classifier.zip</c> of the
    /// repository holding the current directory (a model just rebuilt is used at once), then the one the build copies
    /// beside the executable.
    /// </summary>
    public static string Resolve(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "models", FileName);
        return Core.Repository.RepositoryRoot.Above(Directory.GetCurrentDirectory()) is { } root && File.Exists(Path.Combine(root, "models", FileName))
            ? Path.Combine(root, "models", FileName)
            : beside;
    }

    /// <exception cref="PipelineException">The file is missing (<see cref="ErrorCode.IoError"/>) or not a model (<see cref="ErrorCode.Damaged"/>).</exception>
    public static StatementModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PipelineException(ErrorCode.IoError, path, $"no statement classifier here; {RetrainHint}");
        }

        var ml = new MLContext(seed: StatementModelTrainer.Seed);
        try
        {
            using var stream = File.OpenRead(path);
            var transformer = ml.Model.Load(stream, out _);
            var schema = transformer.GetOutputSchema(ml.Data.LoadFromEnumerable<SentenceRow>([]).Schema);
            return new StatementModel(ml, transformer, schema);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw new PipelineException(ErrorCode.Damaged, path, $"the statement classifier is not readable ({ex.Message}); {RetrainHint}", ex);
        }
    }

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        ModelZip.Write(path, stream => _ml.Model.Save(_transformer, null, stream));
    }

    public IReadOnlyList<StatementPrediction> Classify(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<SentenceRow, KindScoreRow>(_transformer);
        }

        try
        {
            return [.. sentences.Select(s => ToPrediction(engine.Predict(StatementModelTrainer.Row(s, null)).Score))];
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private StatementPrediction ToPrediction(float[] score) =>
        Weights.Decide(_slots.Select((kind, i) => KeyValuePair.Create(kind, (double)score[i])));

    private static ImmutableArray<StatementKind> Slots(DataViewSchema schema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Score"].GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => StatementKinds.TryParse(n.ToString(), out var kind) ? kind : StatementKind.None)];
    }
}
