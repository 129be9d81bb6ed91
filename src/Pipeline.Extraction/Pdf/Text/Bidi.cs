namespace Pipeline.Extraction.Pdf.Text;

/// <summary>Right-to-left scripts: detection, and turning a line laid out left to right on the page into logical (reading) order.</summary>
internal static class Bidi
{
    public static bool IsRightToLeft(char c) =>
        c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE');

    public static bool ContainsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (IsRightToLeft(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reorders the units of a right-to-left line given in visual order (leftmost first) into logical order:
    /// the line reads from the right, while runs of left-to-right text (Latin words, numbers) keep their own order.
    /// </summary>
    public static void VisualToLogical(List<string> units)
    {
        units.Reverse();
        ReverseRuns(units, IsLeftToRight, mirrorOutside: true);
    }

    /// <summary>
    /// Reorders a left-to-right line given in visual order that embeds right-to-left words: each right-to-left run
    /// (with the spaces and punctuation inside it) is reversed into logical order; the rest stays.
    /// </summary>
    public static void ReverseRightToLeftRuns(List<string> units) => ReverseRuns(units, ContainsRightToLeft, mirrorOutside: false);

    /// <summary>Whether most letters of the units are right-to-left, making right to left the line's base direction.</summary>
    public static bool IsMostlyRightToLeft(List<string> units)
    {
        var balance = 0;
        foreach (var unit in units)
        {
            var c = unit[0];
            balance += IsRightToLeft(c) && char.IsLetter(c) ? 1 : char.IsLetter(c) ? -1 : 0;
        }

        return balance >= 0;
    }

    /// <summary>
    /// Reverses each maximal run of units that are <paramref name="member"/>, neutrals (spaces, punctuation) included only
    /// between two members; neutrals outside the runs are mirrored when asked ("(" ↔ ")" in right-to-left text).
    /// </summary>
    private static void ReverseRuns(List<string> units, Func<string, bool> member, bool mirrorOutside)
    {
        var i = 0;
        while (i < units.Count)
        {
            if (!member(units[i]))
            {
                if (mirrorOutside && IsNeutral(units[i]))
                {
                    units[i] = Mirror(units[i]);
                }

                i++;
                continue;
            }

            var end = i;
            for (var j = i + 1; j < units.Count; j++)
            {
                if (member(units[j]))
                {
                    end = j;
                }
                else if (!IsNeutral(units[j]))
                {
                    break;
                }
            }

            units.Reverse(i, end - i + 1);
            i = end + 1;
        }
    }

    private static bool IsLeftToRight(string unit)
    {
        var c = unit[0];
        return char.IsDigit(c) || (char.IsLetter(c) && !IsRightToLeft(c));
    }

    private static bool IsNeutral(string unit) => !char.IsLetterOrDigit(unit[0]);

    private static string Mirror(string unit) => unit switch
    {
        "(" => ")",
        ")" => "(",
        "[" => "]",
        "]" => "[",
        "{" => "}",
        "}" => "{",
        "<" => ">",
        ">" => "<",
        "«" => "»",
        "»" => "«",
        _ => unit,
    };
}
