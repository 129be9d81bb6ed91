using System.Collections.Immutable;
using Pipeline.Embeddings;

namespace Pipeline.Classification.Training;

/// <summary>How <see cref="TopicModelTrainer"/> selects and trains the model.</summary>
public sealed record TrainingOptions
{
    /// <summary>The seed of every ML.NET context and of the fold assignment.</summary>
    public const int DefaultSeed = 20220728;

    /// <summary>Defaults: 5 folds, seed <see cref="DefaultSeed"/>, the <see cref="ModelCandidate.Standard"/> candidates, the bag-of-words baseline.</summary>
    public static TrainingOptions Default { get; } = new();

    /// <summary>Cross-validation folds (at least 2).</summary>
    public int Folds { get; init; } = 5;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The pipelines compared by cross-validation; the best mean macro-F1 wins, the earlier on a tie.</summary>
    public ImmutableArray<ModelCandidate> Candidates { get; init; } = ModelCandidate.Standard;

    /// <summary>The sentence encoder of candidates that use embeddings; null for the shared one (<see cref="SentenceEncoders.Shared"/>).</summary>
    public ISentenceEncoder? Encoder { get; init; }

    /// <summary>The plain pipeline reported alongside, never chosen.</summary>
    public ModelCandidate Baseline { get; init; } = ModelCandidate.Baseline;
}
