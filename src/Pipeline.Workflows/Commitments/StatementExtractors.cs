using Pipeline.Commitments;
using Pipeline.Commitments.Classifying;

namespace Pipeline.Workflows.Commitments;

/// <summary>The statement extractor every surface shares: the trained model when it is found, else the cue patterns (and the ledger says which).</summary>
public static class StatementExtractors
{
    private static readonly Lazy<(StatementExtractor Extractor, string Classifier)> Default = new(Create);

    public static StatementExtractor Shared => Default.Value.Extractor;

    /// <summary>"model" or "cues".</summary>
    public static string SharedClassifier => Default.Value.Classifier;

    private static (StatementExtractor, string) Create()
    {
        var path = StatementModel.Resolve();
        return File.Exists(path)
            ? (new StatementExtractor(StatementModel.Load(path)), "model")
            : (new StatementExtractor(CueClassifier.Instance), "cues");
    }
}
