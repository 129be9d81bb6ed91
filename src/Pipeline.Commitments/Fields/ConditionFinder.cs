using System.Text.RegularExpressions;
using Pipeline.Commitments.Cues;
using Pipeline.Commitments.Sentences;

namespace Pipeline.Commitments.Fields;

/// <summary>
/// Finds the words that condition or hedge a statement ("where permitted by our contracts", "subject to customer
/// consent", "sous réserve de …", "soweit rechtlich zulässig"): from the cue to the next comma, semicolon or the end.
/// </summary>
internal static partial class ConditionFinder
{
    [GeneratedRegex(@"[,;:()–—]|\s-\s", RegexOptions.CultureInvariant)]
    private static partial Regex Stop();

    /// <returns>The condition as written, and where it is; null when the sentence has none.</returns>
    public static (string Text, int Start, int Length)? Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var original = sentence;
        sentence = PlainText.Of(sentence);
        var cue = StatementCues.Hedge().Match(sentence);
        if (!cue.Success)
        {
            return null;
        }

        var stop = Stop().Match(sentence, cue.Index + cue.Length);
        var end = stop.Success ? stop.Index : sentence.Length;
        var text = original[cue.Index..end].TrimEnd(' ', '.', '!', '?', '\u00A0');
        // A hedge verb ("we aim to publish …") is the hedge itself: the clause after it is the statement, not a condition.
        return text.Length == 0 ? null : (text, cue.Index, text.Length);
    }
}
