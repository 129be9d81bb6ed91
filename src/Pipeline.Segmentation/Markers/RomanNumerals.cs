namespace Pipeline.Segmentation.Markers;

internal static class RomanNumerals
{
    private static readonly string[] Values = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

    /// <summary>1 to 10 for "I" to "X" (either case); null otherwise.</summary>
    public static int? ToInt(string roman)
    {
        var index = Array.IndexOf(Values, roman.ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }
}
