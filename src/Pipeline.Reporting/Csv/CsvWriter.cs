namespace Pipeline.Reporting.Csv;

/// <summary>Writes RFC 4180 records: CRLF after each, a field quoted when it holds a comma, quote, CR or LF, quotes doubled.</summary>
internal sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public void WriteRow(params IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(Field)));
        writer.Write("\r\n");
    }

    private static string Field(string value) =>
        value.IndexOfAny(NeedsQuotes) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
