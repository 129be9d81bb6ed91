using System.Collections.Frozen;

namespace Pipeline.Commitments.Fields;

/// <summary>English verb forms to their lemma ("suspended" → "suspend", "carried" → "carry"); other languages are kept as written.</summary>
internal static class Lemmas
{
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["made"] = "make", ["did"] = "do", ["done"] = "do", ["took"] = "take", ["taken"] = "take", ["began"] = "begin",
        ["begun"] = "begin", ["built"] = "build", ["sold"] = "sell", ["ran"] = "run", ["held"] = "hold", ["wrote"] = "write",
        ["written"] = "write", ["gave"] = "give", ["given"] = "give", ["brought"] = "bring", ["sent"] = "send", ["told"] = "tell",
        ["won"] = "win", ["chose"] = "choose", ["chosen"] = "choose", ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw",
        ["undertook"] = "undertake", ["undertaken"] = "undertake", ["met"] = "meet", ["paid"] = "pay", ["has"] = "have",
        ["had"] = "have", ["is"] = "be", ["are"] = "be", ["was"] = "be", ["were"] = "be", ["been"] = "be", ["set"] = "set",
        ["put"] = "put", ["cut"] = "cut", ["fitted"] = "fit", ["stopped"] = "stop", ["planned"] = "plan", ["committed"] = "commit",
        ["referred"] = "refer", ["shared"] = "share", ["used"] = "use", ["declined"] = "decline", ["provided"] = "provide",
        ["introduced"] = "introduce", ["released"] = "release", ["reviewed"] = "review", ["received"] = "receive",
        ["completed"] = "complete", ["updated"] = "update", ["engaged"] = "engage", ["closed"] = "close", ["continued"] = "continue",
        ["decided"] = "decide", ["issued"] = "issue", ["required"] = "require", ["ceased"] = "cease", ["raised"] = "raise",
        ["assessed"] = "assess", ["published"] = "publish", ["established"] = "establish", ["delivered"] = "deliver",
        ["does"] = "do", ["carried"] = "carry", ["applied"] = "apply", ["supplied"] = "supply", ["identified"] = "identify",
        ["certified"] = "certify", ["notified"] = "notify", ["verified"] = "verify",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (Irregular.TryGetValue(lower, out var lemma))
        {
            return lemma;
        }

        if (lower.Length > 5 && lower.EndsWith("ied", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && IsAscii(lower))
        {
            return lower[..^2];
        }

        return lower.Length > 4 && lower.EndsWith("es", StringComparison.Ordinal) && lower[^3] is 's' or 'x' or 'h' && IsAscii(lower)
            ? lower[..^2]
            : lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && IsAscii(lower) ? lower[..^1] : lower;
    }

    private static bool IsAscii(string word) => word.All(c => c < 128);
}
