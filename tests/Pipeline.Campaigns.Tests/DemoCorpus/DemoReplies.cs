namespace Pipeline.Campaigns.Tests.DemoCorpus;

/// <summary>The generated demo replies and their gold files.</summary>
internal static class DemoReplies
{
    public static string RepliesFolder => Path.Combine(CampaignFiles.DemoFolder, "replies");

    public static string GoldFolder => Path.Combine(CampaignFiles.DemoFolder, "gold");

    public static IReadOnlyList<string> Files =>
        [.. Directory.GetFiles(RepliesFolder).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public static string GoldFor(string reply) => Path.Combine(GoldFolder, Path.GetFileNameWithoutExtension(reply) + ".gold.jsonl");

    /// <summary>Reply file names, as theory data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
