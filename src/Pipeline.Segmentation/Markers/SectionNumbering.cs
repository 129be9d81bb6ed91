using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Segmentation.Units;

namespace Pipeline.Segmentation.Markers;

/// <summary>
/// A letter that numbers the questionnaire's parts with symbols of its own: capital letters and digits ("A.1" … "A.3"
/// for 1a … 1c, "B.2/B.3" for 2b and 2c, "C." for question 3 as a whole), or lower-case Roman numerals and letters
/// ("(i)(a)", "(ii)(b)", "(iii)"). Read only in a reply that uses the style at least twice (<see cref="IsUsedBy"/>):
/// elsewhere "A.1" is an enclosed document's clause, "C." a sub-question's letter and "(iii)" an item of a list.
/// </summary>
internal static partial class SectionNumbering
{
    private const int LeastUses = 2;

    /// <summary>Whether at least two paragraphs open with a part and its item ("A.1", "B-4", "(ii)(b)").</summary>
    public static bool IsUsedBy(ImmutableArray<ReplyUnit> units) =>
        units.Count(u => !u.IsTablePart && (SectionItem().IsMatch(u.Head.Text.TrimStart()) || RomanItem().IsMatch(u.Head.Text.TrimStart()))) >= LeastUses;

    /// <summary>A part's marker at the start of <paramref name="text"/>: "B.2", "B.2/B.3", "A.1 bis A.3", "C.", "(ii)(b)", "(iii)"; null when none.</summary>
    public static RawMarker? Parse(string text)
    {
        var trimmed = text.TrimStart();
        var offset = text.Length - trimmed.Length;
        if (SectionItem().Match(trimmed) is { Success: true } item)
        {
            var first = new RawReference(Section(item.Groups["sec"].Value), Letter(item.Groups["item"].Value), false);
            if (!item.Groups["item2"].Success)
            {
                return new RawMarker(MarkerKind.Section, [first], offset + item.Length);
            }

            var range = item.Groups["joint"].Value.Trim() is "-" or "–" or "bis" or "to" or "à";
            var secondSection = item.Groups["sec2"].Success ? Section(item.Groups["sec2"].Value) : first.Number;
            return new RawMarker(MarkerKind.Section, [first, new RawReference(secondSection, Letter(item.Groups["item2"].Value), range)], offset + item.Length);
        }

        if (RomanItem().Match(trimmed) is { Success: true } roman && RomanNumerals.ToInt(roman.Groups["roman"].Value) is { } number)
        {
            char? letter = roman.Groups["let"].Success ? roman.Groups["let"].Value[0] : null;
            return new RawMarker(MarkerKind.Section, [new RawReference(number, letter, false)], offset + roman.Length);
        }

        return SectionAlone().Match(trimmed) is { Success: true } alone
            ? new RawMarker(MarkerKind.Section, [new RawReference(Section(alone.Groups["sec"].Value), null, false)], offset + alone.Length)
            : RomanAlone().Match(trimmed) is { Success: true } lone && RomanNumerals.ToInt(lone.Groups["roman"].Value) is { } whole
                ? new RawMarker(MarkerKind.Section, [new RawReference(whole, null, false)], offset + lone.Length)
                : null;
    }

    private static int Section(string capital) => capital[0] - 'A' + 1;

    /// <summary>The n-th sub-question's letter: 1 → a.</summary>
    private static char? Letter(string digits) => int.Parse(digits) is var n and >= 1 and <= 26 ? (char)('a' + n - 1) : null;

    [GeneratedRegex(@"^(?<sec>[A-H])[.\-–](?<item>[1-9])(?!\d)(?:\s*(?<joint>/|,|&|-|–|\band\b|\bund\b|\bet\b|\bbis\b|\bto\b|\bà\b)\s*(?:(?<sec2>[A-H])[.\-–])?(?<item2>[1-9])(?!\d))?[.):]?(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionItem();

    [GeneratedRegex(@"^(?<sec>[A-H])[.):](?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionAlone();

    [GeneratedRegex(@"^\((?<roman>i{1,3}|iv|vi{0,3}|ix|x)\)\s?\((?<let>[a-z])\)[.:]?(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RomanItem();

    [GeneratedRegex(@"^\((?<roman>i{1,3}|iv|vi{0,3}|ix|x)\)[.:]?(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RomanAlone();
}
