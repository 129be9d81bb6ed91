namespace Pipeline.Commitments.Classifying;

/// <summary>Decides what one sentence of a reply does: commitment, claim, refusal or none.</summary>
/// <remarks>Implementations are thread-safe.</remarks>
public interface IStatementClassifier
{
    /// <summary>One prediction per sentence, in order.</summary>
    IReadOnlyList<StatementPrediction> Classify(IReadOnlyList<string> sentences);
}
