using System.Collections.Frozen;

namespace Pipeline.Commitments.Fields;

/// <summary>Month names in English, French and German (full and usual short forms) to their number.</summary>
internal static class Months
{
    public const string Pattern = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
        + "|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
        + "|januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember";

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["janvier"] = 1, ["januar"] = 1, ["jänner"] = 1,
        ["february"] = 2, ["feb"] = 2, ["février"] = 2, ["fevrier"] = 2, ["februar"] = 2,
        ["march"] = 3, ["mar"] = 3, ["mars"] = 3, ["märz"] = 3, ["maerz"] = 3,
        ["april"] = 4, ["apr"] = 4, ["avril"] = 4,
        ["may"] = 5, ["mai"] = 5,
        ["june"] = 6, ["jun"] = 6, ["juin"] = 6, ["juni"] = 6,
        ["july"] = 7, ["jul"] = 7, ["juillet"] = 7, ["juli"] = 7,
        ["august"] = 8, ["aug"] = 8, ["août"] = 8, ["aout"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["septembre"] = 9,
        ["october"] = 10, ["oct"] = 10, ["octobre"] = 10, ["oktober"] = 10,
        ["november"] = 11, ["nov"] = 11, ["novembre"] = 11,
        ["december"] = 12, ["dec"] = 12, ["décembre"] = 12, ["decembre"] = 12, ["dezember"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static int Number(string name) => Numbers.TryGetValue(name, out var n) ? n : 0;
}
