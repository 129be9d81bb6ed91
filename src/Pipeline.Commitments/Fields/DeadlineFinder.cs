using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Commitments;
using Pipeline.Commitments.Sentences;

namespace Pipeline.Commitments.Fields;

/// <summary>
/// Finds the time frame a sentence states and normalises it: a date (<c>by 31 December 2023</c> → 2023-12-31), the end
/// of a period (<c>by the end of 2023</c>, <c>d'ici fin 2023</c>, <c>bis Ende 2023</c> → 2023-12-31), a month, quarter,
/// or year (<c>in Q3 2024</c> → 2024-Q3); a half is a span like a range (<c>in the second half of 2024</c> keeps its words
/// without a date, as the labelling guidelines have no form for it) unless its end is meant (<c>by the end of the first
/// half of 2024</c> → 2024-06-30); a relative frame (<c>within six months</c>, <c>annually</c>) keeps its
/// words without a date. The most specific match wins.
/// </summary>
internal static partial class DeadlineFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Lead = @"(?:\b(?:by|before|until|no later than|not later than|in|during|from|as of|as from|starting|beginning|effective|on|at|within|for|since|d'ici|avant|jusqu'(?:au|à|a)|au plus tard|en|dès|à partir d[eu]|pour|depuis|le|bis(?: zum| spätestens)?|spätestens(?: bis)?|vor|ab|im|in|zum|seit|am)\s+){0,2}";
    private const string End = @"(?:(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+(?:the\s+)?|(?:la\s+)?fin\s+(?:de\s+l'année\s+|d[eu]\s+|de\s+)?|(?:le\s+)?début\s+(?:de\s+|d')?|Ende\s+(?:des\s+Jahres\s+|de[sr]\s+)?|Anfang\s+|Mitte\s+|mid-?\s*|year-end\s+|end-)?";

    /// <summary>
    /// A month's name as it is written — English and German capitalised, French in lower case — matched case-sensitively
    /// where no number follows to tell "May" from "may".
    /// </summary>
    private const string MonthAsWritten = "(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
        + "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)";

    [GeneratedRegex(Lead + End + @"(?<day>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?<month>" + Months.Pattern + @")\.?,?\s+(?<year>(?:19|20)\d\d)\b", Options)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(Lead + End + @"(?<month>" + Months.Pattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)\b", Options)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(Lead + @"(?<iso>(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)\b", Options)]
    private static partial Regex NumericDate();

    [GeneratedRegex(Lead + End + @"(?:the\s+)?(?:(?<q>Q[1-4])\s*(?:of\s+)?(?<year>(?:19|20)\d\d)|(?<ord>first|second|third|fourth|last|1st|2nd|3rd|4th|premier|deuxième|second|troisième|quatrième|dernier|ersten?|zweiten?|dritten?|vierten?|letzten?|[1-4]\.)\s+(?:quarter|trimestre|Quartal)\s+(?:of\s+|de\s+|d'|des\s+Jahres\s+)?(?<year>(?:19|20)\d\d))\b", Options)]
    private static partial Regex Quarter();

    [GeneratedRegex(Lead + End + @"(?:the\s+)?(?:(?<h>H[12])\s*(?<year>(?:19|20)\d\d)|(?<ord>first|second|premier|second|ersten?|zweiten?)\s+(?:half|semestre|Halbjahr|Jahreshälfte)\s+(?:of\s+|de\s+|d'|des\s+Jahres\s+)?(?<year>(?:19|20)\d\d))\b", Options)]
    private static partial Regex Half();

    [GeneratedRegex(Lead + End + @"(?:(?:le|au)\s+mois\s+d(?:e\s+|'))?(?<month>" + Months.Pattern + @")\.?\s+(?<year>(?:19|20)\d\d)\b", Options)]
    private static partial Regex MonthYear();

    [GeneratedRegex(Lead + End + @"(?:(?:the\s+)?(?:year|calendar year|financial year|fiscal year|l'année|l'exercice|Jahres|Geschäftsjahr(?:es)?)\s+)?(?<year>(?:19|20)\d\d)\b(?![-/.]\d)(?!\s*(?:employees|people|units|staff|Mitarbeiter|salariés))", Options)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:over|in|during|for)\s+(?:roughly\s+|about\s+|some\s+|nearly\s+|almost\s+)?the\s+(?:last|past|previous)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b|\b(?:in den letzten|in den vergangenen|seit)\s+\w+\s+(?:Tagen|Wochen|Monaten|Jahren|Jahrzehnten)\b|\b(?:au cours des|depuis|ces)\s+\w+\s+(?:dernières?\s+)?(?:jours|semaines|mois|ans|années)\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a few|many|\d{1,2})\s+(?:days?|weeks?|months?|years?|decades?)\s+ago\b|\b(?:schon |bereits )?vor (?:(?:einigen|mehreren|vielen|zwei|drei|vier|fünf|sechs|zehn|\d{1,2}|einem|einer)\s+)?(?:Tagen|Wochen|Monaten|Jahren|Jahrzehnten|Jahr|Monat|Woche|langer Zeit)\b|\bil y a (?:(?:quelques|plusieurs|deux|trois|quatre|cinq|dix|\d{1,2}|un|une)\s+)?(?:jours|semaines|mois|ans|années|an|longtemps)\b|\b(?:im vergangenen|im letzten|letztes|vergangenes) (?:Jahr|Monat|Quartal)\b|\b(?:l'année (?:dernière|passée)|l'an (?:dernier|passé)|le mois dernier|la semaine dernière)\b|\bfor decades\b|\bseit (?:vielen Jahren|Jahren|langem|Jahrzehnten)\b|\bdepuis (?:de nombreuses années|longtemps|plusieurs années|des années)\b|\b(?:to date|at present|so far|for many years|for years|from now on|afterwards|last (?:month|year|week)|this year|bis heute|derzeit|à ce jour|actuellement)\b", Options)]
    private static partial Regex Past();

    [GeneratedRegex(@"\b(?:within|in the next|over the next|in the coming|during the next|dans les|d'ici|au cours des|dans un délai de|innerhalb(?: von| der nächsten)?|in den (?:nächsten|kommenden)|im Laufe der (?:nächsten|kommenden)|dans les (?:prochains|prochaines)|over the coming|over a period of)\s+(?:\w+\s+){0,3}?(?:days?|weeks?|months?|years?|jours|semaines|mois|ans|années|Tage[n]?|Wochen|Monate[n]?|Jahre[n]?)\b(?:\s+à venir\b)?|\b(?:in diesem Jahr|im laufenden Jahr|en cours d'année|(?:earlier |later )?this (?:week|month)|earlier this year|seit Kurzem|vor Kurzem|cette semaine|diese Woche)\b|\b(?:(?:by|before|at|until)\s+)?the end of (?:the|this|next) (?:year|month|quarter)\b|\b(?:d'ici|avant) la fin de (?:l'année|ce mois|l'exercice)\b|\b(?:bis )?(?:zum )?Ende (?:dieses|des (?:laufenden|kommenden) )?(?:Jahres|Monats|Quartals)\b(?!\s+(?:19|20)\d\d)|\b(?:next year|this year|later this year|each year|every year|annually|once a year|yearly|in the (?:near|coming) (?:future|months|weeks)|l'année prochaine|cette année|chaque année|annuellement|nächstes Jahr|dieses Jahr|jährlich|jedes Jahr|im kommenden Jahr)\b", Options)]
    private static partial Regex Relative();

    /// <summary>A month without a year ("in mid-May", "Ende Juni", "d'ici fin mars"): a time frame without a date.</summary>
    [GeneratedRegex(@"\b(?:(?:in|by|until|before|from|since|im|bis|ab|seit|en|d'ici|jusqu'en|dès)\s+)?(?:(?:early|mid|late|the end of|Anfang|Mitte|Ende|début|fin|mi)[- ]\s*)?" + MonthAsWritten + @"\b(?![\s.,]+\d)(?<=(?:in|by|until|before|from|since|im|bis|ab|seit|en|d'ici|jusqu'en|dès|early|mid|late|of|Anfang|Mitte|Ende|début|fin|mi)[- ]\s*\w+)", Options)]
    private static partial Regex UndatedMonth();

    /// <summary>A period of a length or a split or short financial year, the other undated frames.</summary>
    [GeneratedRegex(@"\bover an? (?:\w+[- ])?(?:year|month|week)s? period\b|\b(?:(?:in|im|during|au cours de)\s+)?(?:(?:the\s+)?(?:FY|fiscal year|financial year|Geschäftsjahr|l'exercice|exercice)\s*)(?:19|20)?\d\d/\d{2,4}\b|\b(?:(?:in|during)\s+)?FY\s?\d\d(?:\s*(?:and|&|to|-|–)\s*FY\s?\d\d)?\b|\b(?:(?:in|during|im|en)\s+)?(?:19|20)\d\d\s*[–-]\s*\d\d\b(?![-–./]?\d)", Options)]
    private static partial Regex UndatedSpan();

    /// <summary>A month's name as written (English and German capitalised, French in lower case): what <see cref="UndatedMonth"/> cannot match without.</summary>
    [GeneratedRegex(MonthAsWritten, RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^(since|seit|depuis|over the (last|past)|in den letzten|au cours des)\b", Options)]
    private static partial Regex PastAnchor();

    /// <summary>What every month pattern holds: a month name and a number after it.</summary>
    [GeneratedRegex(@"(?:" + Months.Pattern + @")\.?,?\s+\d", Options)]
    private static partial Regex MonthAndNumber();

    /// <summary>
    /// The deadline of a commitment: of the time frames the sentence states, the one that ends last — a promise looks
    /// ahead, so in "after the audit we completed in March 2022 we will publish the results by the end of 2023" the
    /// deadline is the end of 2023 — and never one anchored in the past ("since 2020", "seit 2019"), which dates
    /// something the company already did. A relative frame when no date is stated.
    /// </summary>
    public static DeadlineMatch? FindForCommitment(string sentence)
    {
        var frames = FindAll(sentence).Where(f => !PastAnchor().IsMatch(PlainText.Of(f.Deadline.Text))).ToList();
        return frames.Where(f => f.Deadline.LastDay is not null).MaxBy(f => f.Deadline.LastDay) ?? frames.FirstOrDefault(f => f.Deadline.Value is null);
    }

    /// <summary>The most specific time frame the sentence states (the first of them when several are as specific).</summary>
    public static DeadlineMatch? Find(string sentence) => FindAll(sentence).FirstOrDefault();

    /// <summary>Every time frame the sentence states, the most specific kinds first; a frame inside a more specific one is left out.</summary>
    private static IEnumerable<DeadlineMatch> FindAll(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var plain = PlainText.Of(sentence);
        var hasYear = YearMention.In(plain);
        var hasMonth = hasYear && MonthAndNumber().IsMatch(plain);
        var hasMonthName = MonthName().IsMatch(plain);
        var hasDigitOrPeriod = plain.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || plain.Contains("period", StringComparison.OrdinalIgnoreCase);
        var taken = new List<DeadlineMatch>();
        foreach (var (regex, value, needs) in Kinds)
        {
            if (needs switch
            {
                Needs.Nothing => false,
                Needs.MonthName => !hasMonthName,
                Needs.QuarterWord => !HasQuarterWord(plain),
                Needs.TimeWord => !TimeWord().IsMatch(plain),
                Needs.DigitOrPeriod => !hasDigitOrPeriod,
                Needs.YearAndMonth => !hasMonth,
                _ => !hasYear,
            })
            {
                continue;
            }

            foreach (Match match in regex.Matches(plain))
            {
                var found = Of(match, sentence, value);
                if (!taken.Any(t => t.Start < found.Start + found.Length && found.Start < t.Start + t.Length))
                {
                    taken.Add(found);
                    yield return found;
                }
            }
        }
    }

    /// <summary>
    /// The patterns from the most specific to the least, each with how its match is normalised and what it cannot match
    /// without: a year (<see cref="YearMention"/>), a month name before a number, a month's name, a digit or the word
    /// "period". Most sentences have none of them, and
    /// the optional words these patterns start with make the regex engine try them at every word.
    /// </summary>
    private static readonly (Regex Regex, Func<Match, string?> Value, Needs Needs)[] Kinds =
    [
        (PeriodEnded(), PeriodEndedValue, Needs.Year),
        (DateRange(), _ => null, Needs.Year),
        (DayMonthYear(), m => Day(m.Groups["year"].Value, Months.Number(m.Groups["month"].Value), m.Groups["day"].Value), Needs.YearAndMonth),
        (MonthDayYear(), m => Day(m.Groups["year"].Value, Months.Number(m.Groups["month"].Value), m.Groups["day"].Value), Needs.YearAndMonth),
        (NumericDate(), m => Numeric(m.Groups["iso"].Value), Needs.Year),
        (Quarter(), m => IsEndOf(m.Value) ? LastDay(m, QuarterNumber(m) * 3) : $"{m.Groups["year"].Value}-Q{QuarterNumber(m)}", Needs.Year),
        (Half(), m => IsEndOf(m.Value) ? LastDay(m, HalfNumber(m) * 6) : null, Needs.Year),
        (MonthYear(), MonthValue, Needs.YearAndMonth),
        (Year(), YearValue, Needs.Year),
        (UndatedQuarter(), _ => null, Needs.QuarterWord),
        (Relative(), _ => null, Needs.Nothing),
        (Length(), _ => null, Needs.TimeWord),
        (UndatedDay(), _ => null, Needs.MonthName),
        (UndatedMonth(), _ => null, Needs.MonthName),
        (FiscalYear(), m => "20" + m.Groups["year"].Value, Needs.DigitOrPeriod),
        (UndatedSpan(), _ => null, Needs.DigitOrPeriod),
        (Past(), _ => null, Needs.Nothing),
    ];

    private enum Needs
    {
        Nothing,
        Year,
        YearAndMonth,
        MonthName,
        QuarterWord,
        TimeWord,
        DigitOrPeriod,
    }

    /// <summary>A match in the plain form, its words cut from the original.</summary>
    private static DeadlineMatch Of(Match match, string original, Func<Match, string?> value)
    {
        var text = original.Substring(match.Index, match.Length).Trim();
        return new DeadlineMatch(new Deadline(text, value(match)), match.Index, match.Length);
    }

    private static string? Day(string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, month)
            ? new DateOnly(y, month, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static string? Numeric(string text)
    {
        if (text.Contains('-', StringComparison.Ordinal))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? text : null;
        }

        // Letters to researchers in Europe write day first (31.12.2023, 31/12/2023).
        var parts = text.Split('.', '/');
        return Day(parts[2], int.Parse(parts[1], CultureInfo.InvariantCulture), parts[0]);
    }

    /// <summary>The last day of the quarter or half the words end ("by the end of Q3 2024" → 2024-09-30), given its last month.</summary>
    private static string LastDay(Match m, int lastMonth)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        return new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static int QuarterNumber(Match m) => m.Groups["q"].Success
        ? m.Groups["q"].Value[1] - '0'
        : m.Groups["ord"].Value.ToLowerInvariant() switch
        {
            "first" or "1st" or "premier" or "erste" or "ersten" or "1." => 1,
            "second" or "2nd" or "deuxième" or "zweite" or "zweiten" or "2." => 2,
            "third" or "3rd" or "troisième" or "dritte" or "dritten" or "3." => 3,
            _ => 4,
        };

    private static int HalfNumber(Match m) => m.Groups["h"].Success
        ? m.Groups["h"].Value[1] - '0'
        : m.Groups["ord"].Value.ToLowerInvariant() is "first" or "premier" or "erste" or "ersten" ? 1 : 2;

    private static string MonthValue(Match m)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = Months.Number(m.Groups["month"].Value);
        return IsEndOf(m.Value)
            ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{year:D4}-{month:D2}";
    }

    private static string YearValue(Match m)
    {
        var year = m.Groups["year"].Value;
        if (IsEndOf(m.Value))
        {
            return $"{year}-12-31";
        }

        return IsMiddleOf(m.Value) ? $"{year}-06-30" : year;
    }

    private static bool IsEndOf(string text) =>
        text.Contains("end", StringComparison.OrdinalIgnoreCase) || text.Contains("close of", StringComparison.OrdinalIgnoreCase)
        || text.Contains("fin ", StringComparison.OrdinalIgnoreCase) || text.Contains("Ende", StringComparison.Ordinal);

    private static bool IsMiddleOf(string text) =>
        text.Contains("mid", StringComparison.OrdinalIgnoreCase) || text.Contains("Mitte", StringComparison.Ordinal);
}
