using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Classification.Training;

/// <summary>The multiclass trainers compared by <see cref="TopicModelTrainer"/> (all in ML.NET's standard trainers).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<TrainerKind>))]
public enum TrainerKind
{
    /// <summary>Maximum-entropy (softmax) regression by stochastic dual coordinate ascent, single-threaded.</summary>
    SdcaMaximumEntropy,

    /// <summary>Maximum-entropy (softmax) regression by L-BFGS, single-threaded.</summary>
    LbfgsMaximumEntropy,

    /// <summary>One binary averaged perceptron per topic, Platt-calibrated.</summary>
    OneVersusAllAveragedPerceptron,

    /// <summary>One binary linear SVM (Pegasos) per topic, Platt-calibrated.</summary>
    OneVersusAllLinearSvm,
}
