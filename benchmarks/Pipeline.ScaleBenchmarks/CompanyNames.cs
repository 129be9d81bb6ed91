namespace Pipeline.ScaleBenchmarks;

/// <summary>Distinct invented company names ("Karovin Sensors"): two made-up syllable words never shared by two companies, so attribution by file name is unambiguous.</summary>
internal static class CompanyNames
{
    private static readonly string[] Starts = ["Ka", "Lo", "Mer", "Tar", "Vel", "Os", "Bri", "Zen", "Hal", "Cor", "Dra", "Fen", "Gal", "Ist", "Jor", "Nev", "Pra", "Quil", "Rho", "Sul"];
    private static readonly string[] Middles = ["ro", "va", "li", "den", "mar", "tho", "ne", "su", "ki", "bra"];
    private static readonly string[] Ends = ["vin", "tex", "dor", "lis", "mon", "rak", "sen", "tal", "vor", "wyn"];
    private static readonly string[] Sectors = ["Systems", "Sensors", "Security", "Photonics", "Analytics", "Defence", "Technologies", "Biometrics"];

    public static List<string> Make(int count, Random random)
    {
        var capacity = Starts.Length * Middles.Length * Ends.Length;
        if (count > capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"at most {capacity} companies");
        }

        var words = (from s in Starts from m in Middles from e in Ends select s + m + e).OrderBy(_ => random.Next()).Take(count);
        return [.. words.Select(w => $"{w} {SentenceBank.Pick(Sectors, random)}")];
    }
}
