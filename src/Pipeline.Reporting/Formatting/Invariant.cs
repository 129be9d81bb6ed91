using System.Globalization;

namespace Pipeline.Reporting.Formatting;

/// <summary>Numbers and dates as every output prints them, whatever the machine's culture.</summary>
internal static class Invariant
{
    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>"28 September 2022".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2022-09-28 14:05 UTC".</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
