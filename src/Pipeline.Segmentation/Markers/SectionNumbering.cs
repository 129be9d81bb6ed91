using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Core.Campaigns;
using Pipeline.Segmentation.Units;

namespace Pipeline.Segmentation.Markers;

/// <summary>
/// A letter that numbers the questionnaire's parts with symbols of its own (<see cref="SectionStyles"/>): capital
/// letters and digits ("A.1" … "A.3" for 1a … 1c, "B.2/B.3" for 2b and 2c, "C." for question 3 as a whole), lower-case
/// Roman numerals and letters ("(i)(a)", "(ii)(b)", "(iii)"), or decimals whose second digit counts the parts ("1.1" for
/// 1a, "RQ 2.4 / 2.5" for 2d and 2e, "3.0" for 3). A style is read only in a reply that uses it often enough, in
/// paragraphs or a table's first cells (<see cref="StylesOf"/>): elsewhere "A.1" is an enclosed document's clause,
/// "C." a sub-question's letter, "(iii)" an item of a list and "2.1" a section of a policy.
/// </summary>
internal static partial class SectionNumbering
{
    private const int LeastLetteredOrRoman = 2;
    private const int LeastDecimal = 3;

    /// <summary>The styles the reply uses: each at least twice (decimals three times, every one of them naming a part the questionnaire has).</summary>
    public static SectionStyles StylesOf(Campaign campaign, ImmutableArray<ReplyUnit> units)
    {
        var heads = units.Select(u => u.Head.Text.TrimStart()).ToArray();
        var styles = SectionStyles.None;
        if (heads.Count(h => SectionItem().IsMatch(h)) >= LeastLetteredOrRoman)
        {
            styles |= SectionStyles.Lettered;
        }

        if (heads.Count(h => RomanItem().IsMatch(h)) >= LeastLetteredOrRoman)
        {
            styles |= SectionStyles.Roman;
        }

        var decimals = heads.Select(h => Decimal().Match(h)).Where(m => m.Success).ToArray();
        if (decimals.Length >= LeastDecimal && decimals.All(m => InQuestionnaire(campaign, m)))
        {
            styles |= SectionStyles.Decimal;
        }

        return styles;
    }

    /// <summary>A part's marker in one of <paramref name="styles"/> at the start of <paramref name="text"/>; null when none.</summary>
    public static RawMarker? Parse(string text, SectionStyles styles)
    {
        var trimmed = text.TrimStart();
        var offset = text.Length - trimmed.Length;
        var marker = (styles.HasFlag(SectionStyles.Lettered) ? Lettered(trimmed) : null)
            ?? (styles.HasFlag(SectionStyles.Roman) ? Roman(trimmed) : null)
            ?? (styles.HasFlag(SectionStyles.Decimal) ? DecimalMarker(trimmed) : null);
        return marker is null ? null : marker with { Length = offset + marker.Length };
    }

    private static RawMarker? Lettered(string text)
    {
        if (SectionItem().Match(text) is { Success: true } item)
        {
            var first = new RawReference(Section(item.Groups["sec"].Value), Letter(item.Groups["item"].Value), false);
            return Joined(first, item, item.Groups["sec2"].Success ? Section(item.Groups["sec2"].Value) : first.Number);
        }

        return SectionAlone().Match(text) is { Success: true } alone
            ? new RawMarker(MarkerKind.Section, [new RawReference(Section(alone.Groups["sec"].Value), null, false)], alone.Length)
            : null;
    }

    private static RawMarker? Roman(string text)
    {
        var match = RomanItem().Match(text) is { Success: true } item ? item : RomanAlone().Match(text);
        if (!match.Success || RomanNumerals.ToInt(match.Groups["roman"].Value) is not { } number)
        {
            return null;
        }

        char? letter = match.Groups["let"].Success ? match.Groups["let"].Value[0] : null;
        return new RawMarker(MarkerKind.Section, [new RawReference(number, letter, false)], match.Length);
    }

    private static RawMarker? DecimalMarker(string text)
    {
        var match = Decimal().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = int.Parse(match.Groups["num"].Value);
        return Joined(new RawReference(number, Letter(match.Groups["item"].Value), false), match, number);
    }

    /// <summary>The marker of a first reference and, when the match has one, a second ("B.2/B.3", "2.4 / 2.5", "A.1 bis A.3").</summary>
    private static RawMarker Joined(RawReference first, Match match, int? secondNumber)
    {
        if (!match.Groups["item2"].Success)
        {
            return new RawMarker(MarkerKind.Section, [first], match.Length);
        }

        var range = match.Groups["joint"].Value.Trim() is "-" or "–" or "bis" or "to" or "à";
        return new RawMarker(MarkerKind.Section, [first, new RawReference(secondNumber, Letter(match.Groups["item2"].Value), range)], match.Length);
    }

    /// <summary>Whether a decimal marker names a part the questionnaire has: "2.4" under a question 2 of five parts, "3.0" or "3.1" for a question 3 without parts.</summary>
    private static bool InQuestionnaire(Campaign campaign, Match decimalMarker)
    {
        var number = decimalMarker.Groups["num"].Value;
        var parts = campaign.Questions.Count(q => q.Id.Number == number && q.Id.Value != number);
        var whole = campaign.Questions.Any(q => q.Id.Value == number);
        return new[] { decimalMarker.Groups["item"], decimalMarker.Groups["item2"] }
            .Where(g => g.Success)
            .Select(g => int.Parse(g.Value))
            .All(item => item <= parts || (whole && item <= 1));
    }

    private static int Section(string capital) => capital[0] - 'A' + 1;

    /// <summary>The n-th sub-question's letter: 1 → a; none for 0 (the question as a whole, "3.0").</summary>
    private static char? Letter(string digits) => int.Parse(digits) is var n and >= 1 and <= 26 ? (char)('a' + n - 1) : null;

    [GeneratedRegex(@"^(?<sec>[A-H])[.\-–](?<item>[1-9])(?!\d)(?:\s*(?<joint>/|,|&|-|–|\band\b|\bund\b|\bet\b|\bbis\b|\bto\b|\bà\b)\s*(?:(?<sec2>[A-H])[.\-–])?(?<item2>[1-9])(?!\d))?[.):]?(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionItem();

    /// <summary>A capital alone: "C." opening a paragraph, or a table cell that is nothing but "C".</summary>
    [GeneratedRegex(@"^(?<sec>[A-H])(?:[.):](?:\s+|$)|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionAlone();

    [GeneratedRegex(@"^\((?<roman>i{1,3}|iv|vi{0,3}|ix|x)\)\s?\((?<let>[a-z])\)[.:]?(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RomanItem();

    [GeneratedRegex(@"^\((?<roman>i{1,3}|iv|vi{0,3}|ix|x)\)[.:]?(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RomanAlone();

    /// <summary>"1.1", "RQ 2.1 —", "Q 2.4 / 2.5:", "§ 3.0": an optional short label, then the question's number and the part's.</summary>
    [GeneratedRegex(@"^(?:(?:[A-Z]{1,4}|§|Item|Point|Punkt|Ref)\.?\s*)?(?<num>[1-9])\.(?<item>\d)(?!\d)(?:\s*(?<joint>/|,|&|-|–|\band\b|\bto\b)\s*(?:\k<num>\.)?(?<item2>[1-9])(?!\d))?\s*(?:[.):\-–—]+(?:\s+|$)|\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();
}
