using Pipeline.Classification.Training;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Tests.Model;

/// <summary>A tiny hand-written training sample (three topics), quick to train on.</summary>
internal static class SmallSample
{
    public static TrainingExample[] Examples { get; } =
    [
        .. new[]
        {
            "Complaints can be raised through our confidential hotline.",
            "Our whistleblowing channel is open to anyone affected.",
            "An ombudsperson handles every grievance independently.",
            "Affected people may report concerns to the speak-up line.",
            "We provide remedy when a complaint is upheld.",
        }.Select(t => new TrainingExample(Topic.GrievanceMechanism, t)),
        .. new[]
        {
            "Exports require a dual-use licence from the national authority.",
            "We comply with the Wassenaar Arrangement and EU export rules.",
            "Every shipment is screened against sanctions lists and licensed.",
            "The ministry must authorise each export of these cameras.",
            "Our licences are granted under the EU Dual-Use Regulation.",
        }.Select(t => new TrainingExample(Topic.ExportControl, t)),
        .. new[]
        {
            "Dear Sir or Madam,",
            "Thank you for your letter of July.",
            "Yours sincerely, the Communications Director.",
            "Our company was founded in 1962 and employs 4,000 people.",
            "Kind regards from our headquarters.",
        }.Select(t => new TrainingExample(Topic.Other, t)),
    ];

    public static string[] Probes { get; } =
    [
        "Anyone can file a grievance with the hotline.",
        "We obtained an export licence for the radar.",
        "Thank you for writing to us.",
    ];

    public static ModelCandidate Sdca { get; } = new("sdca-maxent", FeatureSettings.WordAndCharNgrams, TrainerKind.SdcaMaximumEntropy, WeightClasses: true);

    /// <summary>The previous model's pipeline: n-grams and the sentence embedding, L-BFGS maximum entropy.</summary>
    public static ModelCandidate WithEmbeddings { get; } = ModelCandidate.NgramsWithEmbedding;
}
