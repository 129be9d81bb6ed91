using System.Collections.Immutable;
using Pipeline.Commitments.Classifying;
using Pipeline.Commitments.Fields;
using Pipeline.Commitments.Sentences;
using Pipeline.Core.Commitments;

namespace Pipeline.Commitments;

/// <summary>
/// The commitments stage: splits a passage into sentences, classifies each that could be a statement (<see cref="IStatementClassifier"/>), and for
/// each commitment, claim or refusal finds its deadline, condition, actor, action and object by pattern.
/// </summary>
/// <remarks>Thread-safe when its classifier is. The quoted text of every statement is a verbatim substring of the passage.</remarks>
public sealed class StatementExtractor(IStatementClassifier classifier)
{
    private readonly IStatementClassifier _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));

    /// <summary>The statements of one passage, in reading order.</summary>
    public ImmutableArray<Statement> Extract(string passage, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(passage);
        var spans = SentenceSplitter.Split(passage);
        var sentences = spans.Select(s => s.Of(passage)).ToList();
        // Only a sentence that can be a statement is classified: whatever its kind, no other is ever listed (issue 17).
        var candidates = Enumerable.Range(0, sentences.Count).Where(i => SentenceGuard.IsCandidate(sentences[i])).ToList();
        var predictions = _classifier.Classify([.. candidates.Select(i => sentences[i])]);
        var statements = ImmutableArray.CreateBuilder<Statement>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var i = candidates[k];
            if (predictions[k].Kind != StatementKind.None)
            {
                statements.Add(Describe(predictions[k].Kind, sentences[i], spans[i].Start, predictions[k].Score, language));
            }
        }

        return statements.ToImmutable();
    }

    /// <summary>A statement of a known kind with its fields found by pattern.</summary>
    public static Statement Describe(StatementKind kind, string sentence, int start, double confidence, string language)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var deadline = kind == StatementKind.Commitment ? DeadlineFinder.FindForCommitment(sentence) : DeadlineFinder.Find(sentence);
        var condition = ConditionFinder.Find(sentence);
        var stops = new[] { deadline?.Start, condition?.Start }.Where(s => s is not null).Select(s => s!.Value).ToList();
        var parts = ActionFinder.Find(sentence, stops);
        return new Statement(kind, sentence, start, confidence)
        {
            Actor = parts.Actor,
            Action = parts.Action,
            Target = parts.Target,
            Deadline = deadline?.Deadline,
            Condition = condition?.Text,
            Hedged = condition is not null,
            Language = language,
        };
    }
}
