using System.Text;

namespace Pipeline.Extraction.Text;

/// <summary>
/// The one whitespace and invisible-character policy for block text from every non-PDF format: soft hyphens and
/// zero-width spaces removed, no-break and other fixed-width spaces and tabs made plain spaces, runs of spaces
/// collapsed, line breaks kept (one at a time, without surrounding spaces), ends trimmed.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text) => Normalize(text.AsSpan());

    public static string Normalize(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            switch (Classify(c))
            {
                case CharClass.Drop:
                    continue;
                case CharClass.Space:
                    pendingSpace = true;
                    continue;
                case CharClass.Break:
                    pendingBreak = true;
                    continue;
            }

            if (builder.Length > 0)
            {
                if (pendingBreak)
                {
                    builder.Append('\n');
                }
                else if (pendingSpace)
                {
                    builder.Append(' ');
                }
            }

            pendingSpace = pendingBreak = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static CharClass Classify(char c) => c switch
    {
        '\n' or '\u2028' or '\u2029' or '\v' or '\f' => CharClass.Break,
        ' ' or '\t' or '\r' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' => CharClass.Space,
        >= '\u2000' and <= '\u200A' => CharClass.Space,
        '\u00AD' or '\u200B' or '\uFEFF' or '\u2060' => CharClass.Drop,
        < ' ' => CharClass.Drop,
        _ => CharClass.Keep,
    };

    private enum CharClass
    {
        Keep,
        Space,
        Break,
        Drop,
    }
}
