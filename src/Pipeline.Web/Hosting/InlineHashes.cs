using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Web.Hosting;

/// <summary>
/// A content security policy for a self-contained page of Reporting's (the campaign report): its inline script and
/// stylesheet are allowed by their SHA-256, nothing else inline. Only attribute-less &lt;script&gt; and &lt;style&gt;
/// elements count; the renderers encode every text from documents, so none can come from a reply.
/// </summary>
internal static partial class InlineHashes
{
    public static string PolicyFor(string html) =>
        $"default-src 'self'; script-src {Sources(Scripts(), html)}; style-src {Sources(Styles(), html)}; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static string Sources(Regex elements, string html)
    {
        var hashes = elements.Matches(html)
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'")
            .Distinct()
            .ToList();
        return hashes.Count == 0 ? "'none'" : string.Join(' ', hashes);
    }

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex Styles();
}
