using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Pipeline.Segmentation.Markers;

/// <summary>
/// Reads a question marker at the start of a paragraph, a table cell or a list label, in the styles replies use:
/// "1a)", "1(a)", "1.a", "1 a.", "Q1a", "Question 1(a):", "Q2b –", "Item 1–B", "(b)", "Point (d):", "II.", "II-e.", and lead-ins such as
/// "In response to questions 1a to 1c". Dates ("1 July"), section numbers ("2.1") and years are not markers.
/// </summary>
internal static partial class MarkerParser
{
    /// <summary>A question number, then its letter: in parentheses, after an optional separator, or after ". " before a closing mark.</summary>
    private const string QuestionNumber = @"(?<num>\d{1,2})(?!\d)°?";
    private const string LetterInParentheses = @"(?:[.\s]|" + PartWord + @")?\((?<let>[a-z])\)";
    private const string SeparatedLetter = @"(?<let>[a-z])(?![a-z0-9])|\.\s(?<let>[a-z])(?=[.)])";

    /// <summary>What may stand between a question number and its letter in parentheses: "Question 2, part (b)".</summary>
    private const string PartWord = @",?\s*(?:" + PartNames + @"|letter|lettre|buchstabe)\s*";

    /// <summary>Words that name a sub-question: "part (b)", "Sub-question (b)", "Teilfrage (b)".</summary>
    private const string PartNames = "part|partie|teil|sub-?question|sous-question|teilfrage";
    private const string LoneLetter = @"\((?<let>[a-z])\)|(?<let>[a-z])(?![a-z0-9])";
    private const string Reference = QuestionNumber + "(?:" + LetterInParentheses + @"|[.\s/]?" + SeparatedLetter + ")?";
    private const string Joint = @"\s*(?<joint>,|&|/|-|–|—|\band\b|\bto\b|\bthrough\b|\bet\b|\bà\b|\bau\b|\bor\b|\bund\b|\bbis\b|\boder\b)\s*";
    private const string FollowingReference = @"(?:(?:questions?|q\.?[\-–]?|fragen?)\s*)?(?:" + Reference + "|" + LoneLetter + ")";

    /// <summary>A reference after a keyword, where a dash may also join the number and its letter ("Item 1–B").</summary>
    private const string KeywordReference = QuestionNumber + "(?:" + LetterInParentheses + @"|[.\s\-–/]?" + SeparatedLetter + ")?";
    private const string FollowingKeywordReference = @"(?:(?:questions?|q\.?[\-–]?|fragen?|items?)\s*)?(?:" + KeywordReference + "|" + LoneLetter + ")";

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "janvier", "fevrier", "février", "mars", "avril", "mai", "juin", "juillet", "aout", "août", "septembre", "octobre", "novembre", "decembre", "décembre",
    ];

    /// <summary>Parses a marker at the very start of <paramref name="text"/>; null when there is none.</summary>
    public static RawMarker? Parse(string text)
    {
        var start = SkipDecoration(text);
        var s = text[start..];
        return TryLeadIn(s, start) ?? TryKeyword(s, start) ?? TryBare(s, start) ?? TryRoman(s, start) ?? TryLetterOnly(s, start);
    }

    /// <summary>Parses a Word auto-numbering label ("2.", "a)", "2(b)", "(iii)") as a whole.</summary>
    public static RawMarker? ParseLabel(string label)
    {
        var trimmed = label.Trim();
        var marker = TryBare(trimmed + " ", 0) ?? TryRoman(trimmed + " ", 0) ?? TryLetterOnly(trimmed + " ", 0);
        if (marker is null && ReferenceOnly().Match(trimmed) is { Success: true } m && m.Length == trimmed.Length)
        {
            marker = new RawMarker(MarkerKind.Bare, [ToReference(m)], trimmed.Length);
        }

        return marker is null ? null : marker with { Kind = MarkerKind.ListLabel };
    }

    /// <summary>
    /// Where a paragraph's text starts after spaces and bullet or emphasis marks ("* ", "• ", "– ", "## ", and any
    /// symbol set as a bullet: "□ Question 1", "○ 1-A :", "► 2b", "✓").
    /// </summary>
    public static int SkipDecoration(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '*' or '•' or '–' or '—' or '-' or '#' or '>' or '_' or '·' || IsBulletSymbol(text[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>A symbol (not a letter, digit, bracket or currency sign) that a writer puts before a line as its bullet.</summary>
    private static bool IsBulletSymbol(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.MathSymbol
        && c is not ('°' or '+' or '=' or '<' or '|' or '~');

    private static RawMarker? TryLeadIn(string s, int offset)
    {
        var m = LeadIn().Match(s);
        if (!m.Success)
        {
            return null;
        }

        // "As for 3 of our systems" is a quantity: a lead-in needs the word "question" or a sub-question letter, or to be
        // the whole line ("Zu 3.", "Regarding 2:" as a heading)
        var references = References(m);
        return m.Groups["kw"].Success || references.Any(r => r.Letter is not null) || m.Length == s.TrimEnd().Length
            ? new RawMarker(MarkerKind.LeadIn, references, offset + m.Length)
            : null;
    }

    private static RawMarker? TryKeyword(string s, int offset)
    {
        var m = Keyword().Match(s);
        return m.Success && !FollowedByUnitOrYear(s, m.Length)
            ? new RawMarker(MarkerKind.Keyword, References(m), offset + m.Length)
            : null;
    }

    private static RawMarker? TryBare(string s, int offset)
    {
        var m = Bare().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var references = References(m);
        var numberOnly = references.All(r => r.Letter is null);
        var terminator = m.Groups["term"].Value;
        if (numberOnly && terminator.Trim().Length == 0 && !m.Groups["open"].Success)
        {
            return null; // "12 July", "3 systems": a number followed by a space is a quantity, not a marker; "(3) " is one
        }

        // "1 b) 57 radar units": a number with its letter and a terminator is a marker whatever follows it.
        var strong = !numberOnly && terminator.Trim().Length > 0;
        if (FollowedByMonth(s, m.Length) || (!strong && FollowedByUnitOrYear(s, m.Length)))
        {
            return null;
        }

        return new RawMarker(MarkerKind.Bare, references, offset + m.Length);
    }

    private static RawMarker? TryLetterOnly(string s, int offset)
    {
        var m = LetterOnly().Match(s);
        return m.Success
            ? new RawMarker(MarkerKind.LetterOnly, [new RawReference(null, char.ToLowerInvariant(m.Groups["let"].Value[0]), false)], offset + m.Length)
            : null;
    }

    private static RawMarker? TryRoman(string s, int offset)
    {
        var m = Roman().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var number = RomanNumerals.ToInt(m.Groups["roman"].Value);
        char? letter = m.Groups["let"].Success ? char.ToLowerInvariant(m.Groups["let"].Value[0]) : null;
        if (number is null)
        {
            return null;
        }

        // "II-b / II-c.": a second reference joined to the first
        var second = m.Groups["roman2"].Success ? RomanNumerals.ToInt(m.Groups["roman2"].Value) : null;
        ImmutableArray<RawReference> references = second is null
            ? [new RawReference(number, letter, false)]
            : [new RawReference(number, letter, false), new RawReference(second, char.ToLowerInvariant(m.Groups["let2"].Value[0]), false)];
        return new RawMarker(MarkerKind.Roman, references, offset + m.Length);
    }

    private static bool FollowedByMonth(string s, int at)
    {
        var rest = s[at..].TrimStart();
        return Months.Any(month => rest.StartsWith(month, StringComparison.OrdinalIgnoreCase)
            && (rest.Length == month.Length || !char.IsLetter(rest[month.Length])));
    }

    private static bool FollowedByUnitOrYear(string s, int at) => UnitOrYear().IsMatch(s[at..]);

    private static ImmutableArray<RawReference> References(Match m)
    {
        var builder = ImmutableArray.CreateBuilder<RawReference>();
        var nums = m.Groups["num"].Captures;
        var lets = m.Groups["let"].Captures;
        var joints = m.Groups["joint"].Captures;

        // Rebuild the reference sequence from capture positions: each reference starts at a number or a lone letter.
        var items = new List<(int Index, int? Number, char? Letter)>();
        foreach (Capture n in nums)
        {
            items.Add((n.Index, Number(n.Value), null));
        }

        foreach (Capture l in lets)
        {
            var owner = items.FindLastIndex(i => i.Number is not null && i.Index < l.Index && IsAttached(m.Value, i.Index, l.Index));
            if (owner >= 0 && items[owner].Letter is null)
            {
                items[owner] = (items[owner].Index, items[owner].Number, char.ToLowerInvariant(l.Value[0]));
            }
            else
            {
                items.Add((l.Index, null, char.ToLowerInvariant(l.Value[0])));
            }
        }

        items.Sort((a, b) => a.Index.CompareTo(b.Index));
        for (var k = 0; k < items.Count; k++)
        {
            var isRange = k > 0 && joints.Any(j => j.Index > items[k - 1].Index && j.Index < items[k].Index && IsRangeJoint(j.Value));
            builder.Add(new RawReference(items[k].Number, items[k].Letter, isRange));
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The value of a run of decimal digits in any script: <c>\d</c> matches Arabic-Indic "٢" as well as "2", and a
    /// reply in Arabic numbers its questions so; <see cref="int.Parse(string)"/> would throw on it.
    /// </summary>
    private static int Number(string digits) => digits.Aggregate(0, (value, digit) => (value * 10) + (int)char.GetNumericValue(digit));

    private static bool IsAttached(string marker, int numberIndex, int letterIndex) =>
        AttachedLetter().IsMatch(marker[numberIndex..letterIndex]);

    private static bool IsRangeJoint(string joint) => joint.Trim() is "-" or "–" or "—" or "to" or "through" or "à" or "au" or "bis";

    private static RawReference ToReference(Match m) =>
        new(Number(m.Groups["num"].Value), m.Groups["let"].Success ? char.ToLowerInvariant(m.Groups["let"].Value[0]) : null, false);

    [GeneratedRegex(@"^(?:(?:finally|lastly|first(?:ly)?|second(?:ly)?|third(?:ly)?|next|then|also|and|enfin|ensuite|puis)\s*,?\s+)?(?:in\s+(?:response|reply|answer)\s+to|on|regarding|with\s+(?:regard|respect)\s+to|as\s+(?:regards|to|for)|concerning|turning\s+to|to|re[:.]?|responses?\s+to|answers?\s+to|en\s+r[ée]ponse\s+(?:à|aux)|concernant|en\s+ce\s+qui\s+concerne|pour|sur|s'agissant\s+de|quant\s+(?:à|aux)|zu[rm]?|ad|was|bezüglich|hinsichtlich|betreffend|antwort\s+(?:zu|auf))\s+(?:(?:your|the|vos|votre|le|la|les|ihrer|ihren|der|den|die)\s+)?(?<kw>questions?|q\.?|points?|punkte?|items?|ziffer|fragen?)?\s*(?:n[°ºo]\.?\s*)?" + Reference + @"\)?(?:" + Joint + FollowingReference + @"\)?)*(?:\s+betrifft)?\s*[,:.;)\-–—]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^(?:(?:your|our|votre|ihre)\s+)?(?:questions?|q\.?|qn\.?|points?|punkte?|ziffer|items?|fragen?|ad|no\.|nr\.|answers?|responses?|r[ée]ponses?|antwort|réponse\s+à\s+la\s+question|(?:ال)?سؤال(?:\s+رقم)?)\s*(?:n[°ºo]\.?\s*)?[#:.\-–]?\s*\(?" + KeywordReference + @"\)?(?:" + Joint + FollowingKeywordReference + @"\)?)*\s*(?:[.:)\-–—]+|(?=\s)|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^(?<open>[(\[])?" + Reference + @"(?:(?(open)|\)?)" + Joint + FollowingReference + @")*(?(open)[)\]])(?<term>\s*[.):\-–—]+(?:\s+|$)|\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^(?:(?:point|item|punkt|" + PartNames + @")\s+)?\((?<let>[a-z])\)[.:]?\s*|^(?<let>[a-z])[.)]\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LetterOnly();

    [GeneratedRegex(@"^(?<roman>I{1,3}|IV|VI{0,3}|IX|X)(?:[.):]\s+|\s?\((?<let>[a-z])\)[.:]?\s+|[.\-–](?<let>[a-z])(?:\s*(?:/|,|&|and|und|et)\s*(?<roman2>I{1,3}|IV|VI{0,3}|IX|X)[.\-–](?<let2>[a-z]))?[.):]?\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex Roman();

    [GeneratedRegex(@"^" + Reference + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceOnly();

    /// <summary>What joins a number to its own letter: "2b", "2.(b)", "2 (b)", "2/b", "2–b", "2, part (b)".</summary>
    [GeneratedRegex(@"^\d+°?(?:[.\s(\-–/)]|" + PartWord + ")*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttachedLetter();

    [GeneratedRegex(@"^\s*(?:\d{2,4}\b|%|per\s?cent|percent|million|billion|units?\b|systems?\b|years?\b|months?\b|days?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitOrYear();
}
