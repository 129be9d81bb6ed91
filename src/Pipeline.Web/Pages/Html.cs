using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Pipeline.Web.Pages;

/// <summary>Encoding for every piece of text that reaches a page: document text, names, query values, URLs.</summary>
internal static class Html
{
    // All ranges allowed so accented and Arabic text stays readable in the source; markup characters and quotes are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Text safe in element content and in double-quoted attribute values.</summary>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Encoder.Encode(text);

    /// <summary>Text as paragraphs: blank lines separate them, single line breaks are kept.</summary>
    public static string Paragraphs(string text) =>
        string.Concat(text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{string.Join("<br>", p.Split('\n').Select(line => Encode(line.TrimEnd('\r'))))}</p>"));

    /// <summary>A number with two decimals, whatever the machine's culture.</summary>
    public static string Decimal(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"p. 2", "pp. 2–3", or nothing where pages are unknown.</summary>
    public static string Pages(IReadOnlyList<int> pages) => pages.Count switch
    {
        0 => string.Empty,
        1 => $"p. {pages[0]}",
        _ => $"pp. {pages[0]}–{pages[^1]}",
    };

    /// <summary>"1 segment", "3 segments".</summary>
    public static string Count(int n, string singular, string plural) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? singular : plural)}";
}
