using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Commitments.Fields;

/// <summary>
/// The time frames that span a stretch rather than name a point: ranges between two dates, periods ended on a date,
/// lengths of time, and frames without a year. Only a quarter ended on a date (<c>the three months ended June 30, 2020</c>
/// → 2020-Q2) and a year ended on one (<c>the year ended 31 December 2022</c> → 2022) normalise to a value.
/// </summary>
internal static partial class DeadlineFinder
{
    /// <summary>A point a range or period is bounded by: a day, a month or a year, however it is written.</summary>
    private const string Point = @"(?:\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:" + Months.Pattern + @")\.?,?\s+(?:19|20)\d\d"
        + @"|(?:" + Months.Pattern + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
        + @"|(?:" + Months.Pattern + @")\.?\s+(?:19|20)\d\d"
        + @"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d)";

    /// <summary>How many, in words or figures, as lengths of time are counted in English, French and German.</summary>
    private const string Count = @"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|several|many|a few|a number of"
        + @"|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|dix-huit|vingt|plusieurs"
        + @"|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|achtzehn|zwanzig|mehreren|einigen|\d{1,3})";

    /// <summary>A stretch between two dated points: "between June 2014 and December 2016", "2013 through 2015", "du 1er janvier au 30 juin 2023" is not (its first point has no year).</summary>
    [GeneratedRegex(@"\b(?:between|from|zwischen|von|entre|de|du)\s+(?:the\s+)?" + Point + @"(?:\s*[–-]\s*|,?\s+(?:and|to|until|till|through|und|bis(?:\s+zum)?|et|à|au|jusqu'(?:au|à|en))\s+(?:the\s+)?)" + Point + @"\b"
        + @"|(?<=\()(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d(?=\))"
        + @"|\b(?:(?:in|during|en|im)\s+)?(?:19|20)\d\d\s+(?:through|thru|and|or|und|oder|et|ou)\s+(?:19|20)\d\d\b", Options)]
    private static partial Regex DateRange();

    /// <summary>A period counted back from the date it ended: "the quarter ended June 30, 2020", "the nine months ended September 30, 2011", "the twelve months to March 2014".</summary>
    [GeneratedRegex(@"\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?<length>quarter|three[- ]months?|(?:fiscal\s+|financial\s+)?year|" + Count + @"[- ]months?)(?:\s+period)?\s+(?:ended|ending|to)\s+(?<point>" + Point + @")\b", Options)]
    private static partial Regex PeriodEnded();

    /// <summary>A length of time or a frame with no calendar date: "for eight years", "in recent weeks", "eighteen months after the acquisition", "several weeks before the accident", "by mid-century".</summary>
    [GeneratedRegex(@"\b(?:for|pendant|für)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|some\s+|about\s+|around\s+|plus de\s+|mehr als\s+)?" + Count + @"\s+(?:days?|weeks?|months?|years?|decades?|jours|semaines|mois|ans|années|Tage|Wochen|Monate|Jahre|Jahrzehnte)\b"
        + @"|\bin recent (?:days|weeks|months|years)\b|\bin (?:den )?(?:letzten|vergangenen) (?:Tagen|Wochen|Monaten|Jahren)\b"
        + @"|\b" + Count + @"[- ](?:days?|weeks?|months?|years?)\s+(?:after|following|before|prior to|earlier|later)\b|\b" + Count + @"\s+(?:jours|semaines|mois|ans|années)\s+(?:après|avant|plus tôt|plus tard)\b|\b" + Count + @"\s+(?:Tage|Wochen|Monate|Jahre)\s+nach\b"
        + @"|\b" + Count + @"\s+(?:Tage|Wochen|Monate|Jahre|Jahrzehnte)\s+lang\b"
        + @"|\b(?:over|in|during|for)\s+the\s+(?:last|past|previous)\s+\w+\s+(?:or|to)\s+\w+\s+(?:days|weeks|months|years|decades)\b|\b(?:au cours des|ces|durant les|pendant les)\s+\w+\s+(?:ou|à)\s+\w+\s+(?:derniers|dernières)\s+(?:jours|semaines|mois|années|ans)\b"
        + @"|\b(?:for the (?:next|coming|following)|für die (?:nächsten|kommenden|folgenden)|pour les|durant les|pendant les)\s+(?:\w+\s+){0,2}?(?:days|weeks|months|years|jours|semaines|mois|ans|années|Tage|Wochen|Monate|Jahre)\b"
        + @"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})-(?:year|month|week|day)\b(?!\s+period)|\bd'(?:un|une)\s+(?:an|année|mois|semaine)\b|\b(?:ein|zwei|drei|vier|fünf|sechs|zehn)(?:jährig|monatig|wöchig)\w*"
        + @"|\b(?:from|as of|with effect from)\s+(?:today|this date)\b|\bwith immediate effect\b|\b(?:à compter|à partir) (?:de ce jour|d'aujourd'hui)\b|\bdès aujourd'hui\b|\bavec effet immédiat\b|\bab (?:sofort|heute)\b|\bmit sofortiger Wirkung\b"
        + @"|\b(?:(?:by|until|before)\s+)?(?:the\s+)?mid-?\s?century\b|\b(?:(?:d'ici|avant|jusqu'au)\s+)?(?:le\s+)?milieu du siècle\b|\b(?:(?:bis|vor)\s+)?(?:zur\s+)?Mitte des Jahrhunderts\b", Options)]
    private static partial Regex Length();

    /// <summary>
    /// A word of time every <see cref="Length"/> frame holds (a unit, "today", "immediate", "century" and their French and
    /// German words): a sentence without one is not searched for lengths, which cost most of the finder's time otherwise.
    /// </summary>
    [GeneratedRegex(@"day|week|month|year|decade|centur|today|this date|immedia|immédiat|jour|semaine|mois|\bans?\b|année|siècle|tage|woche|monat|jahr|jährig|sofort|heute|wirkung", Options)]
    private static partial Regex TimeWord();

    /// <summary>One fiscal year written short ("in FY24", "by FY2026"): that year; two or a split year ("FY21 and FY22", "FY2020/21") are spans.</summary>
    [GeneratedRegex(@"\b(?:(?:in|during|for|by|until|before|im|en)\s+)?(?<!FY\s?(?:20)?\d\d\s*(?:and|&|to|-|–|/)\s*)FY\s?(?:20)?(?<year>\d\d)\b(?!\s*(?:and|&|to|-|–|/)\s*(?:FY)?\s?\d)", Options)]
    private static partial Regex FiscalYear();

    /// <summary>A quarter without a year ("in the fourth quarter", "in Q4", "from this quarter onwards", "ab dem Dezemberquartal", "à partir de ce trimestre"): a frame without a date.</summary>
    [GeneratedRegex(@"\b(?:(?:in|during|from|since|for|by|as of|at the end of|im|ab|seit|au cours du|à partir du|à partir de|dès|depuis|au|pour)\s+)?(?:(?:the|dem|le|ce|this|that|diesem|dieses)\s+(?:" + QuarterOrdinal + @"\s+)?|" + QuarterOrdinal + @"\s+)(?:quarter|trimestre|Quartal)\b(?:\s+onwards)?(?!\s*(?:of\s+|de\s+|d'|des\s+Jahres\s+)?(?:19|20)\d\d)(?!\s+(?:ended|ending|to)\b)"
        + @"|\b(?:in\s+)?Q[1-4]\b(?!\s*(?:of\s+)?(?:19|20)?\d\d)|\b(?:(?:ab|seit|im)\s+)?(?:dem\s+)?(?:Dezember|März|Juni|September)quartal\b", Options)]
    private static partial Regex UndatedQuarter();

    private const string QuarterOrdinal = "(?:first|second|third|fourth|last|most recent|latest|current|previous|past|next|coming|same|December|March|June|September|premier|deuxième|troisième|quatrième|dernier|même|ersten|zweiten|dritten|vierten|letzten|laufenden|vorigen)";

    /// <summary>Whether a text has a quarter's word at all ("quarter", "Quartal", "trimestre", "Q1"…): what <see cref="UndatedQuarter"/> cannot match without.</summary>
    private static bool HasQuarterWord(string plain) =>
        plain.Contains("quarter", StringComparison.OrdinalIgnoreCase) || plain.Contains("quartal", StringComparison.OrdinalIgnoreCase)
        || plain.Contains("trimestre", StringComparison.OrdinalIgnoreCase) || QuarterCode().IsMatch(plain);

    [GeneratedRegex(@"\bQ[1-4]\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterCode();

    /// <summary>A day of a month without a year ("on 1 November", "from September 1", "à compter du 1er septembre"): a frame without a date.</summary>
    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+" + MonthAsWritten + @"\b(?![\s.,]*\d)|\b" + MonthAsWritten + @"\s+\d{1,2}(?:st|nd|rd|th)?\b(?![,\s]*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex UndatedDay();

    /// <summary>A quarter or year ended on a date is that quarter or year; a period of other months ended on one has no single value.</summary>
    private static string? PeriodEndedValue(Match m)
    {
        var length = m.Groups["length"].Value.ToLowerInvariant().Replace('-', ' ');
        var point = m.Groups["point"].Value;
        var year = YearIn(point);
        if (length.EndsWith("year", StringComparison.Ordinal))
        {
            return year;
        }

        var quarter = length == "quarter" || length.StartsWith("three month", StringComparison.Ordinal);
        return quarter && year is not null && MonthIn(point) is int month and > 0 ? $"{year}-Q{(month + 2) / 3}" : null;
    }

    private static string? YearIn(string point) => FourDigitYear().Match(point) is { Success: true } y ? y.Value : null;

    private static int? MonthIn(string point)
    {
        var named = MonthNamed().Match(point);
        if (named.Success)
        {
            return Months.Number(named.Value);
        }

        var numeric = NumericMonth().Match(point);
        return numeric.Success ? int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?:19|20)\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(Months.Pattern, Options)]
    private static partial Regex MonthNamed();

    /// <summary>The month of a numeric date, written day first or as ISO.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d\d-(?<month>\d\d)-\d\d|\d{1,2}[./](?<month>\d{1,2})[./])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonth();
}
