using System.Text.RegularExpressions;

namespace Pipeline.Classification.Routing;

/// <summary>
/// A company's legal particulars in a letterhead or footer ("SAS au capital de 1 500 000 € · 8, avenue …",
/// "Société anonyme … RCS Toulouse 512 884 019", "Registered in England No. 0123456", "Amtsgericht München HRB 12345"):
/// it reads as prose to a word count, but its numbers and words say nothing about any question.
/// </summary>
internal static partial class RegisterLine
{
    public static bool Is(string text) => text.Length < 300 && Particulars().IsMatch(text);

    [GeneratedRegex(@"\b(?:au\s+capital\s+(?:social\s+)?de|capital\s+social|share\s+capital|stammkapital|grundkapital|RCS\s+\p{L}+|SIRE[NT]|registered\s+in\s+(?:england|scotland|ireland|wales)|registered\s+office|company\s+(?:no|number|reg)|handelsregister|amtsgericht|HRB\s*\d|USt-?IdNr|TVA\s+intracommunautaire)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Particulars();
}
