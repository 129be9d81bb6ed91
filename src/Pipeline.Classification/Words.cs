namespace Pipeline.Classification;

/// <summary>Word counting shared by routing and the answer-status rules: whitespace-separated tokens.</summary>
internal static class Words
{
    public static int Count(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
