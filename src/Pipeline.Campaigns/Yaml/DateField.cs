using System.Globalization;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Reads a date written YYYY-MM-DD, or YYYY-MM when only the month is published (read as its first day).</summary>
internal static class DateField
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM"];

    public static DateOnly? Read(MappingView map, string key, IssueList issues)
    {
        var text = map.String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        issues.Add(map.Get(key)!, map.FieldOf(key), $"'{text}' is not a date (expected YYYY-MM-DD, or YYYY-MM when only the month is known)");
        return null;
    }
}
