using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Requests;

/// <summary>A whole number from a query parameter, within bounds; what is wrong with it said once, in the request's problem.</summary>
internal static class QueryNumber
{
    /// <param name="query">The query.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="fallback">Its value when absent or wrong.</param>
    /// <param name="min">The smallest value accepted.</param>
    /// <param name="max">The largest value accepted; null for no bound.</param>
    /// <param name="problem">Set, unless set already, when the value is not a whole number within the bounds.</param>
    /// <param name="hint">Added to that problem.</param>
    public static int Read(IQueryCollection query, string name, int fallback, int min, int? max, ref string? problem, string hint = "")
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= (max ?? int.MaxValue))
        {
            return value;
        }

        var range = max is { } top ? $"from {min} to {top}" : $"from {min}";
        problem ??= $"{name} must be a whole number {range}, not '{text}'{hint}";
        return fallback;
    }
}
