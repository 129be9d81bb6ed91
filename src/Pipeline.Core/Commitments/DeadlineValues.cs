using System.Globalization;

namespace Pipeline.Core.Commitments;

/// <summary>Reads the normalised deadline forms (<c>2023</c>, <c>2023-Q4</c>, <c>2023-H2</c>, <c>2023-06</c>, <c>2023-06-30</c>).</summary>
public static class DeadlineValues
{
    /// <summary>The last day of the period a value names; null when it is not one of the forms.</summary>
    public static DateOnly? LastDay(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return new DateOnly(year, 12, 31);
        }

        if (value.Length != 7 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year) || value[4] != '-')
        {
            return null;
        }

        var month = value[5] switch
        {
            'Q' when value[6] is >= '1' and <= '4' => (value[6] - '0') * 3,
            'H' when value[6] is '1' or '2' => (value[6] - '0') * 6,
            _ => int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0,
        };
        return month == 0 ? null : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }
}
