namespace Pipeline.SearchBenchmarks;

/// <summary>One query of the fixed set, written for each engine.</summary>
/// <param name="Name">Short name for the report.</param>
/// <param name="Lucene">Lucene classic syntax.</param>
/// <param name="Fts5">FTS5 MATCH expression; null when FTS5 has no equivalent (fuzzy).</param>
/// <param name="Company">Company filter applied by both engines; null for none.</param>
internal sealed record BenchQuery(string Name, string Lucene, string? Fts5, string? Company)
{
    /// <summary>Reads the tab-separated query file; lines starting with # are comments.</summary>
    public static List<BenchQuery> Read(string path) =>
        [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new BenchQuery(cells[0], cells[1], Cell(cells, 2), Cell(cells, 3)))];

    private static string? Cell(string[] cells, int index) =>
        cells.Length > index && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index] : null;
}
