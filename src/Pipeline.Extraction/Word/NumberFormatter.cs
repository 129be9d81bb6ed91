using System.Globalization;
using System.Text;

namespace Pipeline.Extraction.Word;

/// <summary>Renders a list counter in a WordprocessingML number format (ECMA-376 §17.18.59 ST_NumberFormat), as Word displays it.</summary>
internal static class NumberFormatter
{
    private const string ArabicAlpha = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private const string ArabicAbjad = "ابجدهوزحطيكلمنسعفصقرشتثخذضظغ";
    private const string HebrewLetters = "אבגדהוזחטיכלמנסעפצקרשת";
    private const string RussianLetters = "абвгдежзиклмнопрстуфхцчшщэюя";
    private const string Chicago = "*†‡§";
    private const string IdeographDigits = "〇一二三四五六七八九";

    private static readonly string[] Ones =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The counter as text; bullets and "none" give an empty string (they show no number inside a label).</summary>
    /// <param name="customFormat">For <c>custom</c>: the sample sequence (<c>w:format</c>, e.g. "001, 002, 003, ..." or "α, β, γ, ...").</param>
    public static string Format(int value, string format, string? customFormat = null) => format switch
    {
        "bullet" or "none" => string.Empty,
        "decimalZero" => value is >= 0 and < 10 ? "0" + Invariant(value) : Invariant(value),
        "upperRoman" => Roman(value, upper: true),
        "lowerRoman" => Roman(value, upper: false),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "ordinal" => Invariant(value) + OrdinalSuffix(value),
        "cardinalText" => Capitalise(Words(value)),
        "ordinalText" => Capitalise(OrdinalWords(value)),
        "hex" => value.ToString("X", CultureInfo.InvariantCulture),
        "chicago" => value <= 0 ? Invariant(value) : new string(Chicago[(value - 1) % 4], ((value - 1) / 4) + 1),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => Enclosed(value, '\u2460'),
        "decimalEnclosedParen" => Enclosed(value, '\u2474'),
        "decimalEnclosedFullstop" => Enclosed(value, '\u2488'),
        "decimalFullWidth" or "decimalFullWidth2" => Digits(value, '\uFF10'),
        "hindiNumbers" or "arabicIndic" => Digits(value, '\u0660'),
        "thaiNumbers" => Digits(value, '\u0E50'),
        "ideographDigital" => string.Concat(Invariant(value).Select(d => char.IsAsciiDigit(d) ? IdeographDigits[d - '0'] : d)),
        "arabicAlpha" => Alphabet(value, ArabicAlpha),
        "arabicAbjad" => Alphabet(value, ArabicAbjad),
        "hebrew2" => Alphabet(value, HebrewLetters),
        "hebrew1" => HebrewNumeral(value),
        "russianLower" => Alphabet(value, RussianLetters),
        "russianUpper" => Alphabet(value, RussianLetters).ToUpperInvariant(),
        "custom" => Custom(value, customFormat),
        _ => Invariant(value),
    };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Roman(int value, bool upper)
    {
        if (value is <= 0 or >= 4000)
        {
            return Invariant(value);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            for (; value >= values[i]; value -= values[i])
            {
                builder.Append(symbols[i]);
            }
        }

        return upper ? builder.ToString() : builder.ToString().ToLowerInvariant();
    }

    /// <summary>Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated, not a base-26 number).</summary>
    private static string Letters(int value, char first) =>
        value <= 0 ? Invariant(value) : new string((char)(first + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    private static string Alphabet(int value, string letters) =>
        value <= 0 ? Invariant(value) : new string(letters[(value - 1) % letters.Length], ((value - 1) / letters.Length) + 1);

    private static string Enclosed(int value, char one) => value is >= 1 and <= 20 ? ((char)(one + value - 1)).ToString() : Invariant(value);

    private static string Digits(int value, char zero) =>
        string.Concat(Invariant(value).Select(d => char.IsAsciiDigit(d) ? (char)(zero + d - '0') : d));

    private static string OrdinalSuffix(int value) => (value % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    private static string Words(int value) => value switch
    {
        < 0 => Invariant(value),
        < 20 => Ones[value],
        < 100 => Tens[value / 10] + (value % 10 == 0 ? string.Empty : "-" + Ones[value % 10]),
        < 1000 => Ones[value / 100] + " hundred" + (value % 100 == 0 ? string.Empty : " " + Words(value % 100)),
        < 1_000_000 => Words(value / 1000) + " thousand" + (value % 1000 == 0 ? string.Empty : " " + Words(value % 1000)),
        _ => Invariant(value),
    };

    private static string OrdinalWords(int value)
    {
        var words = Words(value);
        string[][] irregular = [["one", "first"], ["two", "second"], ["three", "third"], ["five", "fifth"], ["eight", "eighth"], ["nine", "ninth"], ["twelve", "twelfth"]];
        foreach (var pair in irregular)
        {
            if (words.EndsWith(pair[0], StringComparison.Ordinal))
            {
                return words[..^pair[0].Length] + pair[1];
            }
        }

        return words.EndsWith('y') ? words[..^1] + "ieth" : words + "th";
    }

    private static string Capitalise(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    private static string HebrewNumeral(int value)
    {
        if (value is <= 0 or >= 1000)
        {
            return Invariant(value);
        }

        var builder = new StringBuilder();
        for (var hundreds = value / 100; hundreds > 0; hundreds -= Math.Min(hundreds, 4))
        {
            builder.Append("קרשת"[Math.Min(hundreds, 4) - 1]);
        }

        var rest = value % 100;
        if (rest is 15 or 16)
        {
            return builder.Append('ט').Append(rest == 15 ? 'ו' : 'ז').ToString();
        }

        if (rest >= 10)
        {
            builder.Append("יכלמנסעפצ"[(rest / 10) - 1]);
        }

        if (rest % 10 > 0)
        {
            builder.Append("אבגדהוזחט"[(rest % 10) - 1]);
        }

        return builder.ToString();
    }

    /// <summary>Word 2010 custom formats: a zero-padded sample ("001, 002") pads to its width; a one-character sample ("α, β") counts on from that character.</summary>
    private static string Custom(int value, string? sample)
    {
        var first = sample?.Split(',')[0].Trim() ?? string.Empty;
        if (first.Length > 1 && first.All(char.IsAsciiDigit))
        {
            return Invariant(value).PadLeft(first.Length, '0');
        }

        return first.Length == 1 && value >= 1 && first[0] + value - 1 <= char.MaxValue ? ((char)(first[0] + value - 1)).ToString() : Invariant(value);
    }
}
