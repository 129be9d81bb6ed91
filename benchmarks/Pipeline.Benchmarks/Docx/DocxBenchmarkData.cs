namespace Pipeline.Benchmarks.Docx;

/// <summary>
/// The fixed DOCX set: the demo campaign's Word replies (corpus/campaigns/demo/replies, one to two pages each) and three
/// longer generated replies (<see cref="ReplyDocumentWriter"/>: 3, 12 and 40 answered questions), the same bytes on every run.
/// </summary>
public static class DocxBenchmarkData
{
    /// <summary>Generated replies in the fixed set: name and number of answered questions.</summary>
    private static readonly (string Name, int Sections)[] Generated = [("generated-short", 3), ("generated-medium", 12), ("generated-long", 40)];

    private static readonly string[] Companies =
    [
        "Arkwell Sensors", "Borealis Signal Systems", "Cindermoor Analytics", "Dunmore Vision", "Eskerline Defence", "Fallowmere Identity",
        "Graystone Telematics", "Harrowgate Photonics", "Ironvale Secure", "Juniper Reach Systems", "Kilnworth Border Tech", "Larchmont Optics",
    ];

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> Documents = new(Load);

    /// <summary>Every document of the set, replies first (file names), then the generated ones.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All => Documents.Value;

    public static IEnumerable<string> Names() => All.Select(d => d.Name);

    public static byte[] Bytes(string name) => All.First(d => d.Name == name).Bytes;

    /// <summary>
    /// Writes <paramref name="count"/> generated replies into <paramref name="folder"/>, from 1 to 12 answered questions
    /// (about 3 to 20 pages), the same files on every run.
    /// </summary>
    public static void WriteFolder(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var company = Companies[i % Companies.Length];
            var sections = 1 + (i * 7 % 12);
            File.WriteAllBytes(Path.Combine(folder, $"reply-{i + 1:000}.docx"), ReplyDocumentWriter.Write(seed: 1000 + i, sections, company));
        }
    }

    private static List<(string Name, byte[] Bytes)> Load()
    {
        var replies = Path.Combine(RepositoryPaths.Root, "corpus", "campaigns", "demo", "replies");
        var documents = Directory.EnumerateFiles(replies, "*.docx")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();
        for (var i = 0; i < Generated.Length; i++)
        {
            documents.Add((Generated[i].Name + ".docx", ReplyDocumentWriter.Write(seed: i + 1, Generated[i].Sections, Companies[i])));
        }

        return documents;
    }
}
