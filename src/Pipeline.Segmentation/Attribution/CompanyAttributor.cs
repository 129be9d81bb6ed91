using System.Text.RegularExpressions;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Segmentation.Letter;

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

    /// <summary>How many of the body's first blocks may say whom the letter speaks for: letterhead, references, greeting and the first paragraphs.</summary>
    private const int OpeningBlocks = 12;

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

        // A subsidiary or office that signs for its parent ("Regional Director, Ferrovane Middle East FZE" / "on behalf of
        // Ferrovane Group N.V.") replies for the parent: the company a short line says the letter speaks for wins.
        // Short lines first; then the letter's opening paragraphs and a signature block the PDF ran into one long line
        // ("We act for Corvane Defence Systems Ltd …", "General Manager Cassiani Maghreb SARL, for Cassiani Difesa S.p.A.").
        var opening = document.Body.Take(OpeningBlocks).Select(b => b.Text);
        if ((lines.Where(l => !IsProse(l)).Select(SpeaksFor).OfType<string>().FirstOrDefault()
            ?? lines.Where(IsProse).Concat(opening).Select(SpeaksFor).OfType<string>().FirstOrDefault()) is { } principal)
        {
            return new(principal, AttributionSource.Letter, false);
        }

        // A name with a legal form, the one the letter gives most often (letterhead, signature, e-mail sender, body);
        // on a tie the one found first. A name that ends another one found ("Tarvik Aerial Systems Oy" in "Sales &
        // Marketing Tarvik Aerial Systems Oy", a signature's job title run into the name) stands for both.
        // Names in the letter's short lines (letterhead fields, signature, sender) come first: a name inside a paragraph
        // of prose is more often a subsidiary, a client or a partner the company writes about.
        var found = NamesIn([.. lines.Where(l => !IsProse(l))]);
        if (found.Count == 0)
        {
            found = NamesIn(lines);
        }

        var candidates = found.Select(name => found.Where(other => EndsWithName(name, other)).MinBy(other => other.Length) ?? name).ToList();
        var mentions = string.Join('\n', document.Body.Select(b => b.Text));
        if (candidates.Count == 0)
        {
            return LetterheadName(document, mentions) is { } letterhead ? new(letterhead, AttributionSource.Letter, false) : null;
        }

        var best = candidates
            .Select((name, order) => (Name: name, Order: order, Count: candidates.Count(c => SameName(c, name)) + Mentions(mentions, name)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Order)
            .First();
        return new(best.Name, AttributionSource.Letter, false);
    }

    /// <summary>
    /// A name without a legal form, set as the letter's first line and named again in its text ("Tavira Analytics" above
    /// the address, then "Tavira Analytics develops software …"): two to six capitalised words, no digits, none of the
    /// addressee's, none of a document's title ("Human Rights Policy", "Annual Report", "Response to the Questionnaire").
    /// Null otherwise — a first line the letter never repeats may be a brand, a division or a title.
    /// </summary>
    private static string? LetterheadName(ExtractedDocument document, string text)
    {
        var first = document.Body.FirstOrDefault()?.Text.Trim();
        if (first is null || !LetterheadLine().IsMatch(first) || DocumentTitleWord().IsMatch(first))
        {
            return null;
        }

        return Mentions(text, first) >= 2 ? first : null;
    }

    [GeneratedRegex(@"\b(?:Resource|Centre|Center|Policy|Policies|Statement|Report|Response|Reply|Letter|Annex|Appendix|Extract|Questionnaire|Survey|Code|Principles|Rights|Conduct|Ethics|Guidelines|Procedure|Standard|Summary|Introduction|Overview|Contents|Confidential|Draft|Memorandum|Notice|Subject|Dear|Politique|Déclaration|Rapport|Réponse|Lettre|Annexe|Richtlinie|Erklärung|Bericht|Antwort|Schreiben|Anlage|Stellungnahme|Menschenrechte)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentTitleWord();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.-]*|&|and|of|de|du|der|und)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|&|and|of|de|du|der|und)){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterheadLine();

    /// <summary>The name with a legal form that a line says the letter is signed for ("on behalf of …", "au nom de …", "im Namen der …", "Maghreb SARL, for … S.p.A."; a law firm's "We act for …"); null when it says none.</summary>
    private static string? SpeaksFor(string line)
    {
        var at = OnBehalfOf().Match(line);
        return at.Success ? LegalEntityNames.In(line[(at.Index + at.Length)..]).FirstOrDefault() : null;
    }

    [GeneratedRegex(@"\b(?:on behalf of|au nom de|pour le compte de|im (?:Namen|Auftrag) (?:der|des|von)|we act for|we represent|acting for|nous représentons|wir vertreten)\b|,\s+(?:for|pour|für)\s+(?=(?-i:\p{Lu}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnBehalfOf();

    private static List<string> NamesIn(List<string> lines) =>
        [.. lines.SelectMany(LegalEntityNames.In).Concat(lines.Zip(lines.Skip(1), LegalEntityNames.SplitAcross).OfType<string>())];

    /// <summary>A paragraph of prose rather than a letterhead, address or signature line: <see cref="ProseWords"/> words or more.</summary>
    private static bool IsProse(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= ProseWords;

    private const int ProseWords = 15;

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
            foreach (var part in Parts(block.Text))
            {
                yield return part;
            }
        }

        // The signature is the last of the reply's own letter, above any message it quotes below itself.
        var body = document.Body.ToList();
        body = body[..LetterParts.QuotedFrom([.. body.Select(b => b.Text)])];
        foreach (var block in body.Take(LetterheadBlocks).Concat(body.Skip(Math.Max(LetterheadBlocks, body.Count - SignatureBlocks))))
        {
            foreach (var part in Parts(block.Text))
            {
                yield return part;
            }
        }
    }

    /// <summary>
    /// A letterhead line set as fields between separators ("BRIGHTLANCE VISION INC. · 2200 Harbor Ridge Parkway · San
    /// Jose"), field by field: the name in capitals reads as a name only apart from the address beside it. A block of
    /// several lines (a signature set with line breaks: name, job title, company) is read line by line, so that a name
    /// never takes in the lines above it; a name broken over two lines is still found (<see cref="NamesIn"/>).
    /// </summary>
    private static string[] Parts(string line) =>
        line.Split(LetterheadSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly string[] LetterheadSeparators = [" · ", " | ", " • ", "\r\n", "\n", "\r"];

    private static bool SameName(string a, string b) => CompanyNames.Key(a).SequenceEqual(CompanyNames.Key(b));

    /// <summary>Whether <paramref name="name"/> is <paramref name="shorter"/> with words in front of it.</summary>
    private static bool EndsWithName(string name, string shorter)
    {
        var words = CompanyNames.Words(name);
        var tail = CompanyNames.Words(shorter);
        return tail.Length >= 2 && tail.Length < words.Length && words.AsSpan(words.Length - tail.Length).SequenceEqual(tail);
    }

    /// <summary>How often the body names the company without its legal form ("Veltra Systems has …").</summary>
    private static int Mentions(string body, string name)
    {
        var key = string.Join(' ', CompanyNames.Key(name));
        if (key.Length < 4)
        {
            return 0;
        }

        var folded = " " + string.Join(' ', CompanyNames.Words(body)) + " ";
        var count = 0;
        for (var at = folded.IndexOf(" " + key + " ", StringComparison.Ordinal); at >= 0; at = folded.IndexOf(" " + key + " ", at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
