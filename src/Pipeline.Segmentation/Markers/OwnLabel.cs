using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Pipeline.Segmentation.Markers;

/// <summary>
/// A label at the start of a paragraph or table cell, read by its shape alone before any meaning is given to it: an
/// optional word ("RQ", "Item", "Point", "§"), a first-level symbol (digits, a capital or a Roman numeral, perhaps in
/// brackets), and perhaps a second-level one after a separator ("A.1", "(i)(a)", "RQ 2.4", "Point 1-a"), then perhaps
/// more references joined to it ("B.2/B.3", "2.4 / 2.5", "Points 2-d & 2-e / Items 2-d & 2-e").
/// </summary>
/// <param name="Shape">What labels of one numbering system share: the word, the brackets, the kinds of symbol, the separator.</param>
/// <param name="Symbols">Each reference's first-level and second-level symbols (null when it has none), in order.</param>
/// <param name="Length">How many characters of the text the label spans, with what closes it.</param>
internal sealed partial record OwnLabel(string Shape, ImmutableArray<(string First, string? Second)> Symbols, int Length)
{
    /// <summary>The label at the start of <paramref name="text"/>; null when it does not start with one.</summary>
    public static OwnLabel? Read(string text)
    {
        var start = MarkerParser.SkipDecoration(text);
        var first = Reference().Match(text, start);
        if (!first.Success || first.Index != start)
        {
            return null;
        }

        var symbols = ImmutableArray.CreateBuilder<(string, string?)>();
        symbols.Add((first.Groups["l1"].Value, Second(first)));
        var end = first.Index + first.Length;
        for (var more = Joined().Match(text, end); more.Success && more.Index == end; more = Joined().Match(text, end))
        {
            symbols.Add((more.Groups["l1"].Success ? more.Groups["l1"].Value : symbols[^1].Item1, Second(more)));
            end = more.Index + more.Length;
        }

        var close = Close().Match(text, end);
        if (!close.Success || close.Index != end)
        {
            return null;
        }

        // "A new policy", "I am writing", "3 systems": a symbol alone is a label only with a bracket, a mark after it, a
        // section sign before it ("§3 No such plans.") or nothing else.
        var bare = symbols.Count == 1 && symbols[0].Item2 is null && !first.Groups["o1"].Success && !first.Groups["c1"].Success
            && !first.Groups["word"].Value.StartsWith('§');
        if (bare && close.Value.Trim().Length == 0 && close.Index + close.Length < text.Length)
        {
            return null;
        }

        return new OwnLabel(ShapeOf(first), symbols.ToImmutable(), close.Index + close.Length);
    }

    private static string? Second(Match m) => m.Groups["l2"].Success ? m.Groups["l2"].Value : null;

    private static string ShapeOf(Match m)
    {
        var word = m.Groups["word"].Value.Trim().TrimEnd('.').ToLowerInvariant().TrimEnd('s');
        var second = m.Groups["l2"].Success
            ? $"{m.Groups["sep"].Value.Trim()}{m.Groups["o2"].Value}{Kind(m.Groups["l2"].Value)}{m.Groups["c2"].Value}"
            : "";
        return $"{word}|{m.Groups["o1"].Value}{Kind(m.Groups["l1"].Value)}|{m.Groups["c1"].Value}{second}";
    }

    /// <summary>Digits, upper-case letters or numerals, lower-case letters or numerals: which of them is decided per letter (<see cref="OwnNumbering"/>).</summary>
    private static char Kind(string symbol) => char.IsAsciiDigit(symbol[0]) ? '9' : char.IsUpper(symbol[0]) ? 'A' : 'a';

    /// <summary>A word before the symbols ("RQ", "Item", "Point", "Q", "§"), never a numeral or a capital that may be one.</summary>
    private const string Word = @"(?![IVX]{1,4}(?![A-Za-z])|[ivx]{1,4}(?![A-Za-z]))(?:[^\W\d_]{2,12}(?![^\W\d_])|[JKLMNOPQRSTUWYZ](?=\d)|§)[.\-–:]?\s*";

    private const string FirstLevel = @"(?<o1>[(\[])?(?<l1>\d{1,2}(?!\d)|[A-H](?![A-Za-z])|(?:VIII|VII|VI|IV|IX|V|X|III|II|I)(?![A-Za-z])|(?:viii|vii|vi|iv|ix|v|x|iii|ii|i)(?![A-Za-z]))°?(?<c1>[)\]])?";
    private const string SecondLevel = @"(?<sep>\s*[—–\-,]?\s*" + PartWord + @"|\s?[.\-–/_:]\s?|\s|)(?<o2>[(\[])?(?<l2>" + SecondSymbol + @")(?<c2>[)\]])?";

    /// <summary>A part's symbol: a digit, a letter, a Roman numeral, or a Greek letter ("1(α)").</summary>
    private const string SecondSymbol = @"\d(?!\d)|[a-h](?![A-Za-z])|[A-H](?![A-Za-z])|(?:viii|vii|vi|iv|ix|v|x|iii|ii|i)(?![A-Za-z])|[α-θ](?![α-ω])";

    /// <summary>A word naming the part between the two levels: "Ziff. 1 lit. a", "Enquiry 1 — limb (i)", "Question 2, part (b)".</summary>
    private const string PartWord = @"(?:lit|let|limbs?|parts?|partie|sub|buchst|teil|letter|lettre|para)\.?\s*";

    [GeneratedRegex(@"\G(?<word>" + Word + ")?" + FirstLevel + "(?:" + SecondLevel + ")?", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>
    /// A further reference: a joint, then a full two-level reference ("/B.3"), a second-level symbol alone ("and (iii)",
    /// "und c"), or a first-level one alone — in that order, so that "limbs (ii) and (iii)" names parts, not question 3.
    /// </summary>
    [GeneratedRegex(@"\G\s*(?:/|,|&|\+|\band\b|\bund\b|\bet\b|\by\b|-|–|\bto\b|\bbis\b|\bà\b|(?=[\[(]))\s*(?:(?:" + Word + ")?" + FirstLevel + SecondLevel + "|(?<o2>[(\\[])?(?<l2>" + SecondSymbol + @")(?<c2>[)\]])?|(?:" + Word + ")?" + FirstLevel + ")", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    [GeneratedRegex(@"\G\s*[.):\-–—|]*(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Close();
}
