using System.Text.Encodings.Web;
using System.Text.Unicode;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Html;

/// <summary>Encoding for text taken from documents: every piece of it goes through here before it reaches a page.</summary>
internal static class HtmlText
{
    // All ranges allowed so accented and Arabic text stays readable in the source; markup characters and quotes are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Text safe in element content and in quoted attribute values.</summary>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Encoder.Encode(XmlText.Clean(text));

    /// <summary>An http(s) link, or the encoded text alone for any other scheme (a javascript: URL in a campaign file stays inert).</summary>
    public static string Link(string url, string? label = null) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"<a href=\"{Encode(uri.AbsoluteUri)}\" rel=\"noopener noreferrer\">{Encode(label ?? url)}</a>"
            : Encode(label ?? url);
}
