using Pipeline.Reporting.Csv;
using Pipeline.Reporting.Html;
using Pipeline.Reporting.Json;
using Pipeline.Reporting.Xlsx;

namespace Pipeline.Reporting;

/// <summary>The renderer for each <see cref="ComparisonFormat"/>. Renderers are stateless and thread-safe.</summary>
public static class ComparisonRenderers
{
    public static IComparisonRenderer For(ComparisonFormat format) => format switch
    {
        ComparisonFormat.Csv => new CsvComparisonRenderer(),
        ComparisonFormat.Xlsx => new XlsxComparisonRenderer(),
        ComparisonFormat.Json => new JsonComparisonRenderer(),
        ComparisonFormat.Html => new HtmlComparisonRenderer(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown comparison format"),
    };

    /// <summary>The format a file name's extension names (".csv", ".xlsx", ".json", ".html"/".htm"); null for any other.</summary>
    public static ComparisonFormat? FromFileName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ComparisonFormat.Csv,
        ".xlsx" => ComparisonFormat.Xlsx,
        ".json" => ComparisonFormat.Json,
        ".html" or ".htm" => ComparisonFormat.Html,
        _ => null,
    };
}
