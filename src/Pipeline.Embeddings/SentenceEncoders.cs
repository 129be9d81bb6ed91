using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings;

/// <summary>The process's sentence encoder, shared by every stage that needs one.</summary>
public static class SentenceEncoders
{
    /// <summary>Texts the shared encoder remembers: a few replies' paragraphs (ingest encodes a reply's at once), ~12 MB.</summary>
    public const int RememberedTexts = 8_192;

    private static readonly Lazy<RememberingEncoder> SharedEncoder = new(
        () => new RememberingEncoder(Create(), RememberedTexts),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// all-MiniLM-L6-v2 with <see cref="SentenceEncoderOptions.Default"/>, built on first use (about a second and
    /// ~300 MB) and kept for the life of the process; thread-safe. It remembers the last
    /// <see cref="RememberedTexts"/> texts' vectors (<see cref="RememberingEncoder"/>), so the classifier and the search
    /// index encode a passage once between them. Record its <see cref="ISentenceEncoder.ModelId"/> with anything
    /// trained or stored from its vectors.
    /// </summary>
    /// <exception cref="Core.Errors.PipelineException">The model package is missing or damaged (thrown again on every access).</exception>
    public static ISentenceEncoder Shared => SharedEncoder.Value;

    private static ISentenceEncoder Create()
    {
        var model = MiniLmEncoder.Create(SentenceEncoderOptions.Default);
        if (!StandInEncoder.Requested)
        {
            return model;
        }

        // The model stays loaded (its memory is part of what a benchmark measures); only its work is skipped.
        Console.Error.WriteLine($"warning: {StandInEncoder.Variable}=stand-in: sentence vectors are made from word hashes, not by the model (benchmark only)");
        return new StandInEncoder(model.ModelId, model.Dimensions);
    }
}
