using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.TextReuse;

/// <summary>
/// Splits text into words the way two versions of one paragraph must agree on: line breaks and spacing ignored, a word
/// hyphenated across a line break joined ("surveil-\nlance" → "surveillance"), compatibility forms folded (ligatures,
/// non-breaking spaces), case and surrounding punctuation ignored for comparison.
/// </summary>
public static partial class Words
{
    public static ImmutableArray<Word> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var joined = LineBreakHyphen().Replace(text.Normalize(NormalizationForm.FormKC), "$1$2");
        var words = ImmutableArray.CreateBuilder<Word>();
        foreach (var token in joined.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var key = token.Trim(Punctuation).ToLower(CultureInfo.InvariantCulture);
            if (key.Length > 0)
            {
                words.Add(new Word(token, key));
            }
        }

        return words.ToImmutable();
    }

    /// <summary>The comparison keys of <paramref name="text"/>'s words.</summary>
    public static string[] Keys(string text) => [.. Of(text).Select(w => w.Key)];

    /// <summary>
    /// The comparison keys without a leading question label ("1c)", "Question 2(d):", "Q2b", "(c)"): a questionnaire
    /// renumbered between campaigns relabels an answer whose text did not change.
    /// </summary>
    public static string[] KeysWithoutLabel(string text)
    {
        var words = Of(text);
        return [.. words.Skip(LabelLength(words, whole: false)).Select(w => w.Key)];
    }

    /// <summary>True when <paramref name="text"/> is nothing but a question label ("1.", "Question 2(a):", "1 d.").</summary>
    public static bool IsLabel(string text)
    {
        var words = Of(text);
        return words.Length > 0 && LabelLength(words, whole: true) == words.Length;
    }

    // Words of the leading label; the last word is a label only when the whole text may be one.
    private static int LabelLength(ImmutableArray<Word> words, bool whole)
    {
        var last = whole ? words.Length : words.Length - 1;
        var skip = 0;
        if (skip < words.Length && LabelWord().IsMatch(words[skip].Text))
        {
            skip++;
        }

        // "1 d." is one label written as two words.
        for (var labels = 0; labels < 2 && skip < last && Label().IsMatch(words[skip].Text); labels++)
        {
            skip++;
        }

        return skip;
    }

    private static readonly char[] Punctuation = [.. ".,;:!?\"'()[]{}«»“”‘’„‚–—-…*•·/\\".ToCharArray()];

    [GeneratedRegex(@"^(?:question|questions|q|frage|réponse|answer)[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelWord();

    // "1c)", "1.a", "2(d):", "Q2b", "(c)", "c)", "d.", "(iii)", "iv.", "II(a)" — a single letter or a roman numeral only with
    // a bracket or full stop, so "A radar …" keeps its article; a bullet is punctuation and never a word.
    [GeneratedRegex(@"^(?:q?\(?\d{1,2}(?:[.(]?[a-z]\)?)?[.:)]*|\(?[a-z][.)][.:]?|\(?[ivx]{1,4}(?:\([a-z]\)[.:)]?|[.)][.:]?))$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    // A letter, a hyphen at the end of a line, then a lower-case letter: a word broken by the layout, not a compound.
    [GeneratedRegex(@"(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})")]
    private static partial Regex LineBreakHyphen();
}
