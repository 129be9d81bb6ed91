namespace Pipeline.Reporting.Formatting;

/// <summary>Shortens text for a cell or tooltip, where the full answer is a click or a sheet away.</summary>
public static class Excerpt
{
    /// <summary>The text cut at a word boundary to at most <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1, Math.Min(max - 1, 40));
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : max - 1).TrimEnd(), "…");
    }
}
