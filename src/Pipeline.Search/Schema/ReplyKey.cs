namespace Pipeline.Search.Schema;

/// <summary>A reply's identity in the index: its campaign and the full path of its file. A changed file keeps its key and so replaces its old segments.</summary>
internal static class ReplyKey
{
    public static string For(string campaignId, string sourcePath) =>
        KeywordValue.Normalise(campaignId) + "\u001f" + Path.GetFullPath(sourcePath);
}
