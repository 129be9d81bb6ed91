using Pipeline.Extraction.Pdf.Text;
using UglyToad.PdfPig.Content;

namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>
/// One pass over a page's letters in content-stream order, cutting them into lines: a letter joins the line being built when it
/// sits on the same baseline close by, otherwise it starts a new line. Lighter than PdfPig's word extractors (no neighbour
/// search) and keeps the producer's order, which already reads table rows and columns correctly in most files.
/// </summary>
internal sealed class LineBuilder
{
    private readonly Dictionary<string, bool> _boldFonts = new(StringComparer.Ordinal);
    private readonly List<Glyph> _glyphs = new(256);
    private string? _lastFont;
    private bool _lastBold;

    /// <summary>The page's lines in stream order, text fixed; lines of spaces only are dropped.</summary>
    public List<TextLine> Build(IReadOnlyList<Letter> letters)
    {
        var lines = new List<TextLine>(Math.Max(4, letters.Count / 40));
        TextLine? current = null;
        var order = 0;
        foreach (var letter in letters)
        {
            var value = letter.Value;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var start = letter.StartBaseLine;
            var end = letter.EndBaseLine;
            var frame = TextFrames.Of(start.X, start.Y, end.X, end.Y);
            var isSpace = value.Length == 1 && TextNormaliser.IsSpace(value[0]);
            if (!isSpace && !TextNormaliser.IsPlain(value))
            {
                value = TextNormaliser.Glyph(value);
                if (value.Length == 0 || string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }
            }

            var (x0, y) = TextFrames.ToFrame(frame, start.X, start.Y);
            var (x1, _) = TextFrames.ToFrame(frame, end.X, end.Y);
            var size = letter.PointSize;
            if (!(size > 0.5) || size > 500)
            {
                size = Math.Clamp(letter.BoundingBox.Height, 4, 72);
            }

            var glyph = new Glyph(value, x0, x1, y, size, IsBold(letter.FontName), isSpace);
            if (current is not null && current.Accepts(frame, glyph))
            {
                current.Add(glyph);
            }
            else if (!isSpace)
            {
                Close(current, lines);
                current = new TextLine(frame, glyph, order++, _glyphs);
            }
        }

        Close(current, lines);
        return lines;
    }

    private static void Close(TextLine? line, List<TextLine> lines)
    {
        if (line is null)
        {
            return;
        }

        line.Finish();
        if (line.Text.Length > 0)
        {
            lines.Add(line);
        }
    }

    private bool IsBold(string? fontName)
    {
        if (fontName is null)
        {
            return false;
        }

        // Letters of one run share the font name instance: skip hashing it for every letter.
        if (ReferenceEquals(fontName, _lastFont))
        {
            return _lastBold;
        }

        if (!_boldFonts.TryGetValue(fontName, out var bold))
        {
            bold = fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase)
                || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                || fontName.Contains("Semibold", StringComparison.OrdinalIgnoreCase);
            _boldFonts[fontName] = bold;
        }

        (_lastFont, _lastBold) = (fontName, bold);
        return bold;
    }
}
