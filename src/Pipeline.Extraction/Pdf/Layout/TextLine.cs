using System.Text;
using Pipeline.Extraction.Pdf.Text;

namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>
/// A run of glyphs on one baseline, as the content stream printed them, ended by a jump to another baseline or a wide gap.
/// Built by <see cref="LineBuilder"/>; its text is fixed by <see cref="Finish"/>.
/// </summary>
internal sealed class TextLine
{
    // Wider gaps than this (in font sizes) split a line: table cells, columns and side-by-side address blocks.
    internal const double SplitGap = 2.5;

    // A gap wider than this (in font sizes) between two glyphs is a word space.
    private const double SpaceGap = 0.12;

    private readonly List<Glyph> _glyphs;
    private bool _inOrder = true;
    private double _lastX1;

    /// <param name="glyphs">An empty list lent by the builder until <see cref="Finish"/>: one line is open at a time, so one
    /// buffer serves a whole page instead of a list per line, regrown and trimmed for every line.</param>
    public TextLine(TextFrame frame, Glyph first, int order, List<Glyph> glyphs)
    {
        _glyphs = glyphs;
        Frame = frame;
        Order = order;
        MinX = first.X0;
        MaxX = Math.Max(first.X0, first.X1);
        Baseline = first.Y;
        Size = first.Size;
        _lastX1 = first.X1;
        _glyphs.Add(first);
    }

    public TextFrame Frame { get; }

    /// <summary>Position in content-stream order on the page.</summary>
    public int Order { get; }

    public double MinX { get; private set; }

    public double MaxX { get; private set; }

    public double Baseline { get; }

    public double Size { get; private set; }

    public double Top => Baseline + (0.8 * Size);

    public double Bottom => Baseline - (0.25 * Size);

    public string Text { get; private set; } = "";

    /// <summary>The leading bold text (whole words), empty when the line does not start bold.</summary>
    public string BoldPrefix { get; private set; } = "";

    public bool AllBold { get; private set; }

    public bool IsRightToLeft { get; private set; }

    /// <summary>Glyphs whose font maps to no character (U+FFFD).</summary>
    public int Unmapped { get; private set; }

    /// <summary>Whether <paramref name="glyph"/> continues this line: same baseline (a smaller superscript may sit higher) and near it.</summary>
    public bool Accepts(TextFrame frame, in Glyph glyph)
    {
        if (frame != Frame)
        {
            return false;
        }

        var size = Math.Max(Size, glyph.Size);
        var rise = glyph.Y - Baseline;
        var level = Math.Abs(rise) <= 0.25 * size
            || (glyph.Size < 0.85 * Size && rise >= -0.3 * Size && rise <= 0.6 * Size);
        if (!level)
        {
            return false;
        }

        var reach = SplitGap * size;
        return glyph.X0 <= MaxX + reach && Math.Max(glyph.X0, glyph.X1) >= MinX - reach;
    }

    public void Add(in Glyph glyph)
    {
        if (glyph.X0 < _lastX1 - (0.3 * glyph.Size))
        {
            if (IsOverprint(glyph))
            {
                return;
            }

            _inOrder = false;
        }

        _glyphs.Add(glyph);
        _lastX1 = glyph.X1;
        if (glyph.IsSpace)
        {
            return;
        }

        MinX = Math.Min(MinX, glyph.X0);
        MaxX = Math.Max(MaxX, Math.Max(glyph.X0, glyph.X1));
        Size = Math.Max(Size, glyph.Size);
    }

    /// <summary>Fixes the line's text: glyphs in visual order with word spaces, right-to-left lines put in logical order.</summary>
    public void Finish()
    {
        if (!_inOrder)
        {
            // Stable: glyphs at the same position keep their stream order.
            var ordered = _glyphs.OrderBy(g => g.X0).ToArray();
            _glyphs.Clear();
            _glyphs.AddRange(ordered);
        }

        var text = new StringBuilder(_glyphs.Count + 8);
        var boldLength = -1;
        var hasRightToLeft = false;
        var previousEnd = double.NaN;
        foreach (var glyph in _glyphs)
        {
            if (SpaceBefore(glyph, previousEnd) && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }

            if (glyph.IsSpace)
            {
                continue;
            }

            if (boldLength < 0 && !glyph.Bold)
            {
                boldLength = text.Length;
            }

            text.Append(glyph.Value);
            previousEnd = glyph.X1;
            if (glyph.Value[0] >= '\u0590')
            {
                Unmapped += glyph.Value.Contains('\uFFFD', StringComparison.Ordinal) ? 1 : 0;
                hasRightToLeft |= Bidi.ContainsRightToLeft(glyph.Value);
            }
        }

        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        Text = text.ToString();
        if (hasRightToLeft)
        {
            Text = InLogicalOrder();
        }
        else
        {
            SetBoldPrefix(boldLength < 0 ? Text.Length : Math.Min(boldLength, Text.Length));
        }

        // Handed back to the builder for the next line.
        _glyphs.Clear();
    }

    private static bool SpaceBefore(in Glyph glyph, double previousEnd) =>
        glyph.IsSpace || (!double.IsNaN(previousEnd) && glyph.X0 - previousEnd > SpaceGap * glyph.Size);

    private string InLogicalOrder()
    {
        // Units are glyph texts and spaces: a multi-character glyph (lam-alef) must not be reversed inside.
        var units = new List<string>(_glyphs.Count + 8);
        var previousEnd = double.NaN;
        foreach (var glyph in _glyphs)
        {
            if (SpaceBefore(glyph, previousEnd) && units.Count > 0 && units[^1] != " ")
            {
                units.Add(" ");
            }

            if (!glyph.IsSpace)
            {
                units.Add(glyph.Value);
                previousEnd = glyph.X1;
            }
        }

        while (units.Count > 0 && units[^1] == " ")
        {
            units.RemoveAt(units.Count - 1);
        }

        IsRightToLeft = Bidi.IsMostlyRightToLeft(units);
        if (IsRightToLeft)
        {
            Bidi.VisualToLogical(units);
        }
        else
        {
            Bidi.ReverseRightToLeftRuns(units);
        }

        return string.Concat(units);
    }

    // Fake bold and shadows print the same text twice, a fraction of a point apart.
    private bool IsOverprint(in Glyph glyph)
    {
        var tolerance = 0.3 * glyph.Size;
        foreach (var other in _glyphs)
        {
            if (Math.Abs(other.X0 - glyph.X0) < tolerance && other.Value == glyph.Value && Math.Abs(other.Y - glyph.Y) < tolerance)
            {
                return true;
            }
        }

        return false;
    }

    private void SetBoldPrefix(int boldLength)
    {
        if (boldLength == 0)
        {
            return;
        }

        AllBold = boldLength == Text.Length;
        var end = boldLength;
        if (!AllBold && Text[end] != ' ' && Text[end - 1] != ' ')
        {
            // Keep whole words: "Question 2(b):" not "Question 2(b"
            end = Text.LastIndexOf(' ', end - 1) + 1;
        }

        BoldPrefix = Text[..end].Trim();
    }
}
