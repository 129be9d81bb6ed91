using System.Text.RegularExpressions;

namespace Pipeline.Segmentation.Attribution;

/// <summary>
/// Finds company names that carry a legal form ("Veltra Systems AG", "Société Nordique de Détection SAS",
/// "Kestrel Ridge Analytics Pty Ltd") in the lines of a letter, for replies from companies the campaign does not list.
/// Words that introduce a name rather than belong to it ("Department", "On behalf of", "Dear", "Re:") are left out.
/// </summary>
internal static partial class LegalEntityNames
{
    private static readonly HashSet<string> Introducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "department", "dept", "office", "division", "directorate", "secretariat", "team", "unit", "function", "legal",
        "compliance", "sustainability", "corporate", "affairs", "communications", "responsibility", "ethics", "from",
        "to", "dear", "re", "subject", "ref", "reference", "our", "your", "cc", "attn", "att", "for", "and", "on",
        "behalf", "of", "by", "signed", "sincerely", "regards", "the", "at", "with", "via", "per", "pp", "in", "name",
        "yours", "faithfully", "kind", "best", "general", "counsel", "head", "chief", "officer", "director", "manager",
        "president", "vice", "ceo", "cfo", "coo", "vp", "svp", "evp", "registered", "copy", "response", "reply",
        "letter", "abteilung", "direction", "service", "pour", "le", "la", "les", "de", "des", "du", "im", "auftrag", "namens",
        "der", "die", "das", "und", "et", "mit", "freundlichen", "grüßen", "cordialement", "group",
    };

    /// <summary>Words that end a department's name, which a signature or letterhead may run into the company's.</summary>
    private static readonly HashSet<string> Departments = new(StringComparer.OrdinalIgnoreCase)
    {
        "affairs", "relations", "communications", "department", "abteilung",
    };

    /// <summary>Job titles that end a signer's line and never begin a company's name (not "General", "Legal", "Partner": "General Dynamics", "Legal &amp; General", "Partner Communications").</summary>
    private static readonly HashSet<string> JobTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "counsel", "officer", "manager", "director", "president", "ceo", "cfo", "coo", "cto", "vp", "svp", "evp",
        "secretary", "chairman", "chairwoman", "chairperson", "geschäftsführer", "geschäftsführerin", "directeur", "directrice",
    };

    /// <summary>Every name with a legal form in <paramref name="line"/>, introducers stripped, in order of appearance.</summary>
    public static IEnumerable<string> In(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        foreach (Match match in Entity().Matches(LetterCase.IsShouted(line) ? LetterCase.Lower(line) : line))
        {
            var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            // A signature run into one line puts the signer and the job title before the name ("Marielle Dufresne-Kerr
            // Senior Counsel Halcyon Ridge Technologies Inc."): the name starts after the last title word.
            var title = words.FindLastIndex(w => JobTitles.Contains(w.TrimEnd(':', ',', '.')));
            if (title >= 0 && title < words.Count - 1)
            {
                words.RemoveRange(0, title + 1);
            }

            while (words.Count > 0 && (Introducers.Contains(words[0].TrimEnd(':', ',', '.')) || words[0] == "&"))
            {
                words.RemoveAt(0);
            }

            // A department named before the company ("Public Affairs Oriel Geospatial Ltd", "Investor Relations …"):
            // the name starts after its last word.
            var department = words.Take(3).ToList().FindLastIndex(w => Departments.Contains(w.TrimEnd(':', ',', '.')));
            if (department >= 0 && department < words.Count - 1)
            {
                words.RemoveRange(0, department + 1);
            }

            // "Group" belongs to a name when it follows other words ("Halvard Group AB"), not when it leads a department line.
            if (words.Count > 0 && char.IsUpper(words[0][0]))
            {
                yield return string.Join(' ', words) + " " + match.Groups["form"].Value.Trim();
            }
        }
    }

    /// <summary>
    /// A letterhead that gives the name on one line and the legal form at the start of the next, as French and other
    /// company letterheads do ("OBRELLE TECHNOLOGIES" / "SAS au capital de 850 000 € – …"): the name and its form, or
    /// null. The name line must be short, capitalised and free of digits; the form must lead the next line and be
    /// followed by more words (the share capital, the registered office), not end it.
    /// </summary>
    public static string? SplitAcross(string nameLine, string nextLine)
    {
        ArgumentNullException.ThrowIfNull(nameLine);
        ArgumentNullException.ThrowIfNull(nextLine);
        var form = LeadingForm().Match(nextLine);
        var name = nameLine.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!form.Success || words.Length is 0 or > 5 || name.Any(char.IsDigit)
            || !words.All(w => char.IsUpper(w[0]) || w == "&") || Introducers.Contains(words[0].TrimEnd(':', ',', '.')))
        {
            return null;
        }

        return (LetterCase.IsShouted(name) ? LetterCase.Lower(name) : name) + " " + form.Groups["form"].Value;
    }

    [GeneratedRegex(@"^\s*(?<form>SAS|SASU|SA|SARL|SNC|SCA|GmbH|AG|SE|S\.A\.S\.|S\.A\.|S\.à r\.l\.|Ltd|Limited|plc|Oy|AB|AS|BV|NV|SpA|Srl)\s*[,–—-]?\s+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingForm();

    [GeneratedRegex(
        @"(?<name>(?:\p{Lu}[\p{L}\p{N}&'’\-\.]*|&|and|und|et|de|du|des|di|della|van|von|der|für|for|of)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’\-\.]*|&|and|und|et|de|du|des|di|della|van|von|der|für|for|of)){0,6})\s*,?\s+(?<form>GmbH\s*&\s*Co\.?\s*KG|GmbH|AG|KGaA|KG|SE|S\.?A\.?S\.?|S\.A\.|SA|S\.?à\s?r\.?l\.?|SARL|Sàrl|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|S\.L\.?|SL|B\.V\.?|BV|N\.V\.?|NV|A/S|ApS|ASA|AS|AB|Oyj|Oy|\(?Pty\)?\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Private\s+Limited|Sdn\.?\s+Bhd\.?|Bhd\.?|Co\.,?\s+Ltd\.?|Ltd\.?\s+[ŞS]ti\.?|Ltd\.?|Limited|LLP|LLC|L\.L\.C\.|Inc\.?|Incorporated|plc|PLC|Corporation|Corp\.?|Ltda\.?|Lda\.?|Kft\.?|K\.K\.|S\.A\.L\.?|W\.L\.L\.?|WLL|FZE|FZ-LLC|FZCO|JSC|PJSC|SAL|d\.o\.o\.?|d\.d\.|s\.r\.o\.?|a\.s\.|[Ss]p\.\s?z\s?o\.\s?o\.?|A\.[ŞS]\.|AŞ|SIA|UAB|OÜ|AS|Zrt\.?|Nyrt\.?|EOOD|OOD|OOO|PSC|P\.S\.C\.|S\.A\.E\.?|K\.S\.C\.?|Q\.S\.C\.?|B\.S\.C\.?|SAOG|SAOC|Tbk\.?|S\.R\.L\.)(?=[\s,.;:)]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Entity();
}
