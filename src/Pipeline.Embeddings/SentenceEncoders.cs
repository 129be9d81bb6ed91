using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings;

/// <summary>The process's sentence encoder, shared by every stage that needs one.</summary>
public static class SentenceEncoders
{
    private static readonly Lazy<MiniLmEncoder> SharedEncoder = new(() => MiniLmEncoder.Create(SentenceEncoderOptions.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// all-MiniLM-L6-v2 with <see cref="SentenceEncoderOptions.Default"/>, built on first use (about a second and
    /// ~300 MB) and kept for the life of the process; thread-safe. Record its <see cref="ISentenceEncoder.ModelId"/>
    /// with anything trained or stored from its vectors.
    /// </summary>
    /// <exception cref="Core.Errors.PipelineException">The model package is missing or damaged (thrown again on every access).</exception>
    public static ISentenceEncoder Shared => SharedEncoder.Value;
}
