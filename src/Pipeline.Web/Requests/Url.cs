using System.Text;

namespace Pipeline.Web.Requests;

/// <summary>Builds app URLs with query strings; every value is percent-encoded, blank ones are left out.</summary>
internal static class Url
{
    public static string Build(string path, params IEnumerable<(string Name, string? Value)> parameters)
    {
        var url = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return url.ToString();
    }

    /// <summary>The page of a document, scrolled to a segment when <paramref name="ordinal"/> is given.</summary>
    public static string Document(string documentId, string? campaign, int? ordinal = null) =>
        Build("/documents/" + Uri.EscapeDataString(documentId), ("campaign", campaign)) + (ordinal is { } o ? $"#s{o}" : string.Empty);
}
