namespace Pipeline.Segmentation.Attribution;

/// <summary>
/// Letterheads often set the company name in capitals ("TARVIK AERIAL SYSTEMS OY"). To read the name and its legal
/// form from such a line, and to show it as the company writes it elsewhere, the words are put in title case and the
/// legal forms in their usual spelling ("Tarvik Aerial Systems Oy", "Obrelle Technologies", "Halvard GmbH").
/// </summary>
internal static class LetterCase
{
    private static readonly Dictionary<string, string> Forms = new(StringComparer.Ordinal)
    {
        ["OY"] = "Oy", ["OYJ"] = "Oyj", ["GMBH"] = "GmbH", ["LTD"] = "Ltd", ["LTD."] = "Ltd.", ["LIMITED"] = "Limited",
        ["INC"] = "Inc", ["INC."] = "Inc.", ["CORP"] = "Corp", ["CORP."] = "Corp.", ["CORPORATION"] = "Corporation",
        ["SPA"] = "SpA", ["SRL"] = "Srl", ["KGAA"] = "KGaA", ["APS"] = "ApS", ["PTY"] = "Pty", ["LTDA"] = "Ltda",
        ["SÀRL"] = "Sàrl", ["KFT"] = "Kft", ["AND"] = "and", ["UND"] = "und", ["ET"] = "et", ["OF"] = "of",
        ["DE"] = "de", ["DU"] = "du", ["DES"] = "des", ["VAN"] = "van", ["VON"] = "von", ["DER"] = "der", ["FÜR"] = "für",
        ["S.P.A."] = "S.p.A.", ["S.R.L."] = "S.r.l.", ["LDA"] = "Lda", ["LDA."] = "Lda.", ["LTDA."] = "Ltda.",
        ["SDN"] = "Sdn", ["SDN."] = "Sdn.", ["BHD"] = "Bhd", ["BHD."] = "Bhd.", ["PTE"] = "Pte", ["PTE."] = "Pte.", ["ZRT."] = "Zrt.", ["ZRT"] = "Zrt",
        ["SP."] = "Sp.", ["Z"] = "z", ["O.O."] = "o.o.", ["TBK"] = "Tbk",
    };

    /// <summary>Abbreviations kept in capitals (legal forms and the like).</summary>
    private static readonly HashSet<string> Capitals = new(StringComparer.Ordinal)
    {
        "AG", "SE", "KG", "SA", "SAS", "SASU", "SARL", "SNC", "AB", "AS", "ASA", "BV", "NV", "LLC", "LLP", "PLC", "JSC",
        "PJSC", "SAL", "WLL", "FZE", "FZCO", "A/S", "B.V.", "N.V.", "S.A.", "S.A.S.", "L.L.C.", "LLC.", "S.L.", "SL",
        "S.A.L.", "W.L.L.", "FZ-LLC", "PLC.", "SIA", "UAB", "PSC", "P.S.C.", "A.Ş.", "AŞ", "S.A.E.", "K.S.C.", "Q.S.C.",
        "B.S.C.", "SAOG", "SAOC", "EOOD", "OOD", "OOO", "OÜ", "S.R.L.",
    };

    /// <summary>Whether the line's letters are all capitals (at least two words of two letters or more).</summary>
    public static bool IsShouted(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 4 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2) >= 2;
    }

    /// <summary>The line in title case, legal forms and short abbreviations in their usual spelling.</summary>
    public static string Lower(string line) => string.Join(' ', line.Split(' ').Select(Word));

    private static string Word(string word)
    {
        if (word.Length == 0 || Capitals.Contains(word) || !word.Any(char.IsLetter))
        {
            return word;
        }

        if (Forms.TryGetValue(word, out var form))
        {
            return form;
        }

        // Each part of a hyphenated name in title case ("CASTELLANE-RUIZ" → "Castellane-Ruiz").
        return string.Join('-', word.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()));
    }
}
