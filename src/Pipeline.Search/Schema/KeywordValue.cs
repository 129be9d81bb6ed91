namespace Pipeline.Search.Schema;

/// <summary>How keyword values are indexed: lower-cased, so that filters and <c>field:value</c> ignore case.</summary>
internal static class KeywordValue
{
    public static string Normalise(string value) => value.Trim().ToLowerInvariant();
}
