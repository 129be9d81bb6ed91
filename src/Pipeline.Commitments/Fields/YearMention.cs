namespace Pipeline.Commitments.Fields;

/// <summary>
/// Whether a text writes a year the way the dated deadline patterns need one: "19" or "20" and two more digits (any
/// decimal digits, as the patterns' <c>\d</c>). A sentence without one cannot match those patterns, so they are not run.
/// </summary>
internal static class YearMention
{
    public static bool In(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 3 < text.Length; i++)
        {
            var century = text[i] == '1' ? '9' : text[i] == '2' ? '0' : '\0';
            if (century != '\0' && text[i + 1] == century && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }
}
