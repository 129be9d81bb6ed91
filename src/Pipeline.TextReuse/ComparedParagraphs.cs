using System.Text.RegularExpressions;

namespace Pipeline.TextReuse;

/// <summary>
/// The paragraphs of an answer as two versions of it are compared: blank lines separate paragraphs, and so does a line
/// break after a finished sentence (the paragraphs of one Word table cell arrive joined by single line breaks); a
/// paragraph that stops mid-sentence and is followed by one starting in lower case is one paragraph cut by a page or
/// column break, and is joined again.
/// </summary>
public static partial class ComparedParagraphs
{
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = text.Split(["\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(p => SentenceBreak().Split(p))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0);
        var paragraphs = new List<string>();
        foreach (var piece in pieces)
        {
            if (paragraphs.Count > 0 && Unfinished(paragraphs[^1]) && char.IsLower(piece[0]))
            {
                paragraphs[^1] = paragraphs[^1] + " " + piece;
            }
            else
            {
                paragraphs.Add(piece);
            }
        }

        return paragraphs;
    }

    // A list's lead-in ends with a colon and an item with a semicolon: both are finished, so list items stay apart.
    private static bool Unfinished(string paragraph) => !".!?:;)\"”»".Contains(paragraph[^1], StringComparison.Ordinal);

    // A single line break after sentence-final punctuation, before a capital, digit, bracket or bullet.
    [GeneratedRegex(@"(?<=[.!?:;])[ \t]*\r?\n(?=[ \t]*[\p{Lu}\d(•\-–])")]
    private static partial Regex SentenceBreak();
}
