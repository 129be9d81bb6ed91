using System.Globalization;

namespace Pipeline.Cli.Output;

/// <summary>Counts as a reader says them: "1 page", "12 pages".</summary>
internal static class Counted
{
    public static string Of(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>"3 pages, " for a paginated document; nothing for a Word or text file, whose pages are not known.</summary>
    public static string PagesPrefix(int pages) => pages > 0 ? Of(pages, "page") + ", " : string.Empty;
}
