using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Pipeline.Commitments.Sentences;

namespace Pipeline.Commitments.Fields;

/// <summary>
/// Finds actor, action and object by pattern over the clause: the subject before the first verb group ("we", "our
/// subsidiary X", "Aldercrest"), the main verb after modals, negation and verbs of intent ("we will, where permitted,
/// continue to publish" → publish), and the words after it up to the deadline, the condition or the clause's end.
/// </summary>
internal static partial class ActionFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int MaxObjectWords = 14;

    private static readonly FrozenSet<string> Company = new[] { "we", "i", "us", "nous", "je", "wir", "ich", "our company", "the company", "the group", "notre société", "notre entreprise", "notre groupe", "unser unternehmen", "das unternehmen" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<actor>\b(?:we|I|nous|wir|our (?:company|group|subsidiary|board|team|\w+ (?:team|department|committee))|the (?:company|group|board)|notre (?:société|entreprise|groupe)|unser(?:e)? (?:Unternehmen|Gruppe|Konzern)|das Unternehmen|(?-i:[A-Z][\w&-]+)(?:\s+(?-i:[A-Z][\w&.-]+)){0,3}))\s+(?:(?:ne|n')\s*)?(?:nous\s+)?(?:(?:will|shall|would|can|cannot|can't|could|do|does|did|have|has|had|are|is|was|were|must|may|might|'ll|'ve|werden|haben|hat|können|konnten|wurden|wird|sind|allons|avons|pouvons|sommes|engageons|prévoyons|comptons|entendons)\b\s*)*(?:(?:not|pas|nicht|also|further|therefore|however|already|now|aussi|auch|bereits)\b\s*)*(?:,[^,]{1,80},\s*)?(?:(?:be able to|continue to|commit to|committed to|undertake to|intend to|plan to|aim to|seek to|strive to|like to|decline to|able to|going to|unable to|in a position to|en mesure de|à|de|d')\s*)*(?<verb>(?-i:[a-zà-ÿ])[\p{L}'-]+)", Options)]
    private static partial Regex Clause();

    /// <param name="sentence">The sentence.</param>
    /// <param name="stops">Where the deadline and condition start: the object ends at the first of them after the verb.</param>
    public static ActionParts Find(string sentence, IReadOnlyList<int> stops)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var match = Clause().Match(PlainText.Of(sentence));
        if (!match.Success)
        {
            return new ActionParts(null, null, null);
        }

        var actorText = sentence.Substring(match.Groups["actor"].Index, match.Groups["actor"].Length);
        var actor = Company.Contains(actorText) ? "the company" : actorText;
        var verb = match.Groups["verb"];
        var from = verb.Index + verb.Length;
        var target = Target(sentence, from, stops.Where(s => s > from).DefaultIfEmpty(sentence.Length).Min());
        return new ActionParts(actor, Lemmas.Of(verb.Value), target);
    }

    private static string? Target(string sentence, int from, int stopAt)
    {
        var end = stopAt;
        var clauseEnd = sentence.IndexOfAny([',', ';', ':', '(', '–'], from);
        if (clauseEnd >= 0 && clauseEnd < end)
        {
            end = clauseEnd;
        }

        var words = sentence[from..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words.Take(MaxObjectWords)).Trim('.', ' ', '!', '?');
        return text.Length == 0 ? null : text;
    }
}
