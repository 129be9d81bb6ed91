namespace Pipeline.Embeddings;

/// <summary>How a sentence encoder runs. <see cref="MaxTokens"/> and <see cref="Precision"/> change the vectors (both are part of the model id).</summary>
public sealed record SentenceEncoderOptions
{
    public static SentenceEncoderOptions Default { get; } = new();

    /// <summary>
    /// Word pieces per text, [CLS] and [SEP] included; the rest of a longer text is not read. 256 is the
    /// <c>max_seq_length</c> sentence-transformers uses for all-MiniLM-L6-v2 (≈ 1,000–1,200 characters of English prose),
    /// so vectors match the original model's; a paragraph past it is represented by its beginning.
    /// </summary>
    public int MaxTokens { get; init; } = 256;

    /// <summary>fp32 (the default: the original model's vectors) or int8 weights (about twice as fast, vectors within cosine ~0.98 of fp32's).</summary>
    public EncoderPrecision Precision { get; init; } = EncoderPrecision.Original;

    /// <summary>
    /// Texts per model call with fp32 weights (int8 runs each text alone, see <see cref="EncoderPrecision.Quantised"/>).
    /// Texts are sorted by length first and each batch is padded only to its longest. Measured on 2 cores, paragraphs per
    /// CPU second: 8 texts 118–131, 16 texts 113–122, 32 texts 102–108, 64 texts 91, 1 text 92–106 (benchmarks/README.md);
    /// memory grows with it (peak 400 MB at 8, 485 MB at 16, 1 GB at 64).
    /// </summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>Threads one model call uses (ONNX Runtime's intra-op pool): the machine's cores by default.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The model package's DLL; null looks next to the application, then next to this library.</summary>
    public string? ModelPackagePath { get; init; }
}
