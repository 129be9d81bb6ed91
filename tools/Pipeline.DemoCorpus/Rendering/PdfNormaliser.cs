using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.DemoCorpus.Rendering;

/// <summary>
/// Makes LibreOffice's PDF reproducible: its creation date, file identifier and document checksum change on every run. Both are
/// overwritten in place with values of the same length, so the cross-reference offsets stay valid.
/// </summary>
internal static partial class PdfNormaliser
{
    public static byte[] Normalise(byte[] pdf, DateOnly date, string seed)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = $"{date:yyyyMMdd}093000";
        text = PdfDate().Replace(text, m => m.Groups[1].Value + Pad(m.Groups[2].Value, stamp));
        var id = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
        text = FileId().Replace(text, m => "<" + Fit(id, m.Groups[1].Length) + ">");
        text = DocChecksum().Replace(text, m => "/DocChecksum /" + Fit(id, m.Groups[1].Length));
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>The fixed timestamp, keeping the original's length (it may carry a time-zone suffix).</summary>
    private static string Pad(string original, string stamp) =>
        original.Length <= stamp.Length ? stamp[..original.Length] : stamp + string.Concat(original[stamp.Length..].Select(c => char.IsAsciiDigit(c) ? '0' : c));

    private static string Fit(string hex, int length) => string.Concat(Enumerable.Repeat(hex, (length / hex.Length) + 1))[..length];

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)([0-9+\-Z']+)")]
    private static partial Regex PdfDate();

    [GeneratedRegex(@"/DocChecksum\s*/([0-9A-Fa-f]+)")]
    private static partial Regex DocChecksum();

    [GeneratedRegex(@"(?<=/ID\s*\[\s*(?:<[0-9A-Fa-f]+>\s*)?)<([0-9A-Fa-f]+)>")]
    private static partial Regex FileId();
}
