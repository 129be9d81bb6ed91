using System.Text.RegularExpressions;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;

namespace Pipeline.Segmentation.Attribution;

/// <summary>
/// Decides who a reply is from: the file name, then its folder, matched against the campaign's names and aliases;
/// else the letter itself (letterhead, signature, e-mail sender); else the name given on the command line.
/// A company not on the campaign's list is kept under the name found and marked unlisted; when nothing
/// identifies the company the attribution is <see cref="CompanyAttribution.Unknown"/>, never a guess. Thread-safe.
/// </summary>
public static partial class CompanyAttributor
{
    private const int LetterheadBlocks = 6;
    private const int SignatureBlocks = 10;

    public static CompanyAttribution Attribute(ExtractedDocument document, Campaign campaign, string? commandLineName = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(campaign);

        return FromPath(document.Source, campaign)
            ?? FromLetter(document, campaign)
            ?? FromCommandLine(campaign, commandLineName)
            ?? CompanyAttribution.Unknown;
    }

    /// <summary>
    /// The listed company a file's name, else its folder's, names; null when neither does. Needs no reading of the
    /// file, so it also tells whose reply a file is that could not be read.
    /// </summary>
    public static CompanyAttribution? FromPath(string source, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(campaign);
        var fileName = Path.GetFileNameWithoutExtension(source);
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(source)) ?? string.Empty);
        return FindListed(campaign, fileName) is { } byFile ? new(byFile.Name, AttributionSource.FileName, true)
            : FindListed(campaign, folder) is { } byFolder ? new(byFolder.Name, AttributionSource.Folder, true)
            : null;
    }

    /// <summary>The listed company whose name or alias occurs in <paramref name="text"/>; the longest name wins.</summary>
    public static Company? FindListed(Campaign campaign, string text)
    {
        var words = CompanyNames.Words(text);
        return campaign.Companies
            .SelectMany(c => c.AllNames.SelectMany(CompanyNames.Keys).Select(key => (Company: c, Key: key)))
            .Where(x => CompanyNames.Occurs(x.Key, words))
            .OrderByDescending(x => x.Key.Sum(k => k.Length))
            .Select(x => x.Company)
            .FirstOrDefault();
    }

    private static CompanyAttribution? FromLetter(ExtractedDocument document, Campaign campaign)
    {
        var lines = LetterLines(document).ToList();
        foreach (var line in lines)
        {
            if (FindListed(campaign, line) is { } listed)
            {
                return new(listed.Name, AttributionSource.Letter, true);
            }
        }

        foreach (var line in lines)
        {
            if (LegalEntity().Match(line) is { Success: true } entity)
            {
                return new(entity.Value.Trim(), AttributionSource.Letter, false);
            }
        }

        return null;
    }

    private static CompanyAttribution? FromCommandLine(Campaign campaign, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return FindListed(campaign, name) is { } listed
            ? new(listed.Name, AttributionSource.CommandLine, true)
            : new(name.Trim(), AttributionSource.CommandLine, false);
    }

    /// <summary>Where a letter names its sender: e-mail From, Word headers and footers, the letterhead, the signature.</summary>
    private static IEnumerable<string> LetterLines(ExtractedDocument document)
    {
        foreach (var (key, value) in document.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (key.Contains("from", StringComparison.OrdinalIgnoreCase) || key.Contains("header", StringComparison.OrdinalIgnoreCase)
                || key.Contains("footer", StringComparison.OrdinalIgnoreCase) || key.Contains("author", StringComparison.OrdinalIgnoreCase))
            {
                yield return value;
            }
        }

        foreach (var block in document.Blocks.Where(b => !b.IsBody))
        {
            yield return block.Text;
        }

        var body = document.Body.ToList();
        foreach (var block in body.Take(LetterheadBlocks).Concat(body.Skip(Math.Max(LetterheadBlocks, body.Count - SignatureBlocks))))
        {
            yield return block.Text;
        }
    }

    [GeneratedRegex(@"\b(?:[A-Z][\w&'\-]*\s+){1,4}(?:Ltd\.?|Limited|Inc\.?|LLC|plc|PLC|GmbH|AG|S\.A\.S?\.?|SAS|S\.p\.A\.|SpA|S\.r\.l\.|B\.V\.|N\.V\.|Corporation|Corp\.)(?=\W|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LegalEntity();
}
