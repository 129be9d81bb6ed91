namespace Pipeline.Reporting.Formatting;

/// <summary>Small English phrasing helpers for computed sentences.</summary>
internal static class Phrases
{
    /// <summary>"1 company", "3 companies".</summary>
    public static string Count(int n, string singular, string plural) => $"{n} {(n == 1 ? singular : plural)}";

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }

    /// <summary>Whole percent, rounded half away from zero: 5 of 24 → "21%".</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : $"{Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero)}%";

    /// <summary>A plural verb phrase made singular by its first word: "describe a policy" → "describes a policy".</summary>
    public static string ThirdPersonSingular(string pluralPhrase)
    {
        var space = pluralPhrase.IndexOf(' ');
        var verb = space < 0 ? pluralPhrase : pluralPhrase[..space];
        var rest = space < 0 ? string.Empty : pluralPhrase[space..];
        var ending = verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith("sh") || verb.EndsWith("ch") ? "es" : "s";
        return verb + ending + rest;
    }
}
