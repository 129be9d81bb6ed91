using System.Text.RegularExpressions;

namespace Pipeline.Classification.Status;

/// <summary>
/// Counts given only as vague quantities: asked how many systems were distributed, an answer of "a handful of coastal
/// stations", "a number of projects … each involving several sensor sites", "plusieurs centaines de caméras" or "mehrere
/// Standorte", with no figure anywhere, addresses the question in general terms only — partial in the gold ("only
/// 'plusieurs centaines' over ten years, no breakdown"). An answer with any digit gives a figure, however approximate
/// ("around 300 units"), and is left to the other rules. On the development replies the gold marks all four answers this
/// finds partial and none answered.
/// </summary>
public static partial class VagueCounts
{
    /// <summary>Whether <paramref name="text"/> speaks of quantities only vaguely: a vague quantifier and not a single digit.</summary>
    public static bool Only(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Vague().IsMatch(text) && !text.Any(char.IsAsciiDigit);
    }

    [GeneratedRegex(
        @"\b(?:a\s+handful|a\s+few|several|a\s+(?:small\s+|limited\s+|certain\s+)?number\s+of|dozens|hundreds|plusieurs|quelques|mehrere|einige|Dutzende?|Hunderte?|Handvoll|wenige)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();
}
