using System.Text.RegularExpressions;
using Pipeline.Commitments.Fields;
using Pipeline.Commitments.Sentences;

namespace Pipeline.Commitments.Cues;

/// <summary>The hand-written evidence about a sentence, as numbers the model weighs beside its words.</summary>
internal static partial class CueFeatures
{
    public const int Count = 24;

    [GeneratedRegex(@"\b\d[\d,.]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\W*(we|nous|wir|our|notre|unser\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartsFirstPerson();

    public static float[] Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        sentence = PlainText.Of(sentence);
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return
        [
            Flag(StatementCues.Commitment().IsMatch(sentence)),
            Flag(StatementCues.Refusal().IsMatch(sentence) || StatementCues.ReportedRefusal().IsMatch(sentence)),
            Flag(StatementCues.Claim().IsMatch(sentence)),
            Flag(StatementCues.Hedge().IsMatch(sentence)),
            Flag(StatementCues.FirstPerson().IsMatch(sentence)),
            Flag(StatementCues.Courtesy().IsMatch(sentence)),
            Flag(DeadlineFinder.Find(sentence) is { Deadline.Value: not null }),
            Flag(Number().IsMatch(sentence)),
            Flag(StartsFirstPerson().IsMatch(sentence)),
            Math.Min(words, 60) / 60f,
            Flag(StatementCues.Opinion().IsMatch(sentence)),
            Flag(StatementCues.Others().IsMatch(sentence)),
            Flag(StatementCues.Law().IsMatch(sentence)),
            Flag(StatementCues.Meta().IsMatch(sentence)),
            Flag(StatementCues.PolicyInForce().IsMatch(sentence)),
            Flag(StatementCues.ValuePledge().IsMatch(sentence)),
            Flag(StatementCues.Confidential().IsMatch(sentence)),
            Flag(StatementCues.CompanySubject().IsMatch(sentence)),
            Flag(StatementCues.Conditional().IsMatch(sentence)),
            Flag(StatementCues.Negation().IsMatch(sentence)),
            Flag(StatementCues.ReportedSpeech().IsMatch(sentence)),
            Flag(StatementCues.Rebuttal().IsMatch(sentence)),
            Flag(StatementCues.Expectation().IsMatch(sentence)),
            Flag(StatementCues.NamedSubjectFuture().IsMatch(sentence)),
        ];
    }

    private static float Flag(bool value) => value ? 1f : 0f;
}
