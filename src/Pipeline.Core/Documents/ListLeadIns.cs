namespace Pipeline.Core.Documents;

/// <summary>
/// A paragraph whose last sentence opens a list ("The main risks we identified are:"): the items that follow carry on
/// its sentence. Segmentation reads such items as part of the answer they complete, not as markers of their own; routing
/// sends them where the paragraph goes.
/// </summary>
public static class ListLeadIns
{
    /// <summary>Whether <paramref name="text"/> ends with a colon, trailing spaces aside.</summary>
    public static bool Opens(string text) => text.TrimEnd().EndsWith(':');
}
