namespace Pipeline.Reporting;

/// <summary>The file formats a comparison renders to.</summary>
public enum ComparisonFormat
{
    Csv,
    Xlsx,
    Json,
    Html,
}
