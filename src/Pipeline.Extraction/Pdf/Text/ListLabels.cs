using System.Text.RegularExpressions;

namespace Pipeline.Extraction.Pdf.Text;

/// <summary>The label that starts a list item as printed: a bullet, "1.", "2)", "a)", "(iv)".</summary>
internal static partial class ListLabels
{
    /// <summary>The label at the start of <paramref name="text"/> (without the space after it), or null.</summary>
    public static string? Match(string text)
    {
        if (text.Length < 3)
        {
            return null;
        }

        var match = Label().Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^([•·▪◦‣●○■□➢►–\-\*]|\d{1,2}[.)]|[a-z][.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|[ivx]{1,4}[.)])\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
