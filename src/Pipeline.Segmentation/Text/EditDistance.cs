namespace Pipeline.Segmentation.Text;

internal static class EditDistance
{
    /// <summary>True when one insertion, deletion or substitution (or none) turns <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a.AsSpan(Math.Min(i + 1, a.Length)).SequenceEqual(b.AsSpan(Math.Min(i + 1, b.Length)));
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }
}
