using System.Text;

namespace Pipeline.Reporting.Tests.Support;

/// <summary>
/// A strict RFC 4180 reader for checking what the renderer writes: records end with CRLF (or LF when asked, for
/// LibreOffice's output), a quote may only open a field, a quoted field ends with a quote followed by a comma or
/// a line end, and anything else is an error rather than a guess.
/// </summary>
internal static class StrictCsv
{
    public static List<string[]> Parse(string text, bool crlf = true)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("unterminated quoted field");
                    }

                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"quote inside an unquoted field at {i}");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            var end = crlf ? "\r\n" : "\n";
            if (string.CompareOrdinal(text, i, end, 0, end.Length) != 0)
            {
                throw new FormatException($"expected a comma or {(crlf ? "CRLF" : "LF")} at {i}");
            }

            i += end.Length;
            records.Add([.. fields]);
            fields.Clear();
        }

        return fields.Count == 0 ? records : throw new FormatException("the last record has no line end");
    }
}
