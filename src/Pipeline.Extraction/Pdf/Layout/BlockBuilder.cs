using Pipeline.Extraction.Pdf.Text;

namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>
/// Groups a page's lines into blocks. A line joins a block when it sits just below the block's last line, overlaps it
/// horizontally and has a similar size; lines printed in between must lie level with that last line (two address blocks
/// printed line by line across the page) or with the new line, so a table printed cell by cell keeps its rows. A line
/// that stops short of the text's right edge where the next, full line's first word would have fit ends its paragraph
/// even without a gap below it ("Limassol, 11 August 2022" / "Dear Sir," / the letter's first paragraph, printed at one
/// line pitch): a word processor wraps a paragraph only when the next word does not fit.
/// </summary>
internal static class BlockBuilder
{
    // How many recent blocks a line may join; older blocks are finished in every layout seen.
    private const int OpenBlocks = 8;

    public static List<PageBlock> Build(List<TextLine> lines, bool layoutAnalysis)
    {
        var pitch = TypicalPitch(lines);
        var edges = RightEdges(lines);
        var blocks = new List<PageBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var target = layoutAnalysis ? FindBlock(blocks, lines, i, pitch, edges) : LastIfContinued(blocks, line, pitch, edges);
            if (target is null)
            {
                blocks.Add(new PageBlock(line));
            }
            else
            {
                target.Add(line);
            }
        }

        return layoutAnalysis ? ReadingOrder.Arrange(blocks) : blocks;
    }

    private static PageBlock? LastIfContinued(List<PageBlock> blocks, TextLine line, double pitch, Dictionary<TextFrame, double> edges) =>
        blocks.Count > 0 && Continues(blocks[^1], line, pitch, edges) ? blocks[^1] : null;

    private static PageBlock? FindBlock(List<PageBlock> blocks, List<TextLine> lines, int index, double pitch, Dictionary<TextFrame, double> edges)
    {
        var line = lines[index];
        for (var b = blocks.Count - 1; b >= Math.Max(0, blocks.Count - OpenBlocks); b--)
        {
            var block = blocks[b];
            if (Continues(block, line, pitch, edges) && OnlyLevelLinesBetween(block, lines, index))
            {
                return block;
            }
        }

        return null;
    }

    private static bool Continues(PageBlock block, TextLine line, double pitch, Dictionary<TextFrame, double> edges)
    {
        var last = block.Last;
        if (block.Frame != line.Frame)
        {
            return false;
        }

        var ratio = line.Size / last.Size;
        if (ratio is < 0.85 or > 1.18)
        {
            return false;
        }

        var drop = last.Baseline - line.Baseline;
        var allowed = block.Pitch > 0 ? (block.Pitch * 1.25) + 1 : line.Size * pitch * 1.3;
        if (drop < 0.5 * line.Size || drop > allowed)
        {
            return false;
        }

        var overlap = block.HorizontalOverlap(line.MinX, line.MaxX);
        if (overlap <= 0.3 * Math.Min(line.MaxX - line.MinX, block.Width))
        {
            return false;
        }

        if (edges.TryGetValue(line.Frame, out var edge) && EndedWithRoomToSpare(last, line, edge))
        {
            return false;
        }

        // A new bullet or number at the block's left edge starts a new list item.
        return line.MinX > block.MinX + line.Size || ListLabels.Match(line.Text) is null;
    }

    /// <summary>
    /// Whether <paramref name="last"/> ended a paragraph: <paramref name="next"/> reaches the text's right edge (body
    /// text, not a table cell or an address), and its first word, with two characters to spare, would have fit after
    /// <paramref name="last"/>, which leaves at least <see cref="ShortLine"/> of the line empty (a ragged right margin
    /// of proportional type leaves less, and an estimate of a word's width from average characters is rough). A
    /// hyphenated line never ends one.
    /// </summary>
    private static bool EndedWithRoomToSpare(TextLine last, TextLine next, double edge)
    {
        var text = next.Text.Trim();
        if (text.Length == 0 || last.Text.TrimEnd().EndsWith('-'))
        {
            return false;
        }

        var charWidth = (next.MaxX - next.MinX) / text.Length;
        var firstWord = text.Split(' ', 2)[0];
        var room = edge - last.MaxX;
        return next.MaxX >= edge - (3 * charWidth) && room > (firstWord.Length + 2) * charWidth && room > ShortLine * (edge - next.MinX);
    }

    /// <summary>
    /// Where each frame's text lines end on the right when full: the 90th percentile of their right ends, for frames
    /// of at least <see cref="LinesForAnEdge"/> lines (fewer say nothing about a margin).
    /// </summary>
    private static Dictionary<TextFrame, double> RightEdges(List<TextLine> lines) =>
        lines.GroupBy(l => l.Frame)
            .Where(g => g.Count() >= LinesForAnEdge)
            .ToDictionary(g => g.Key, g => g.Select(l => l.MaxX).Order().ElementAt(g.Count() * 9 / 10));

    private const int LinesForAnEdge = 6;

    /// <summary>Share of the line's width a line must leave empty to count as the end of a paragraph without a gap below it.</summary>
    private const double ShortLine = 0.3;

    private static bool OnlyLevelLinesBetween(PageBlock block, List<TextLine> lines, int index)
    {
        var (last, line) = (block.Last, lines[index]);
        for (var k = index - 1; k >= 0 && lines[k].Order > block.LastOrder; k--)
        {
            var baseline = lines[k].Baseline;
            if (Math.Abs(baseline - last.Baseline) > 0.3 * last.Size && Math.Abs(baseline - line.Baseline) > 0.3 * line.Size)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Baseline distance between consecutive lines of a paragraph, in font sizes (a low percentile, so paragraph gaps do not count).</summary>
    private static double TypicalPitch(List<TextLine> lines)
    {
        var ratios = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var (above, below) = (lines[i - 1], lines[i]);
            var drop = above.Baseline - below.Baseline;
            if (above.Frame == below.Frame && Math.Abs(above.Size - below.Size) < 0.1 * above.Size
                && drop > 0.8 * above.Size && drop < 3 * above.Size
                && Math.Min(above.MaxX, below.MaxX) > Math.Max(above.MinX, below.MinX))
            {
                ratios.Add(drop / above.Size);
            }
        }

        if (ratios.Count < 3)
        {
            return 1.2;
        }

        ratios.Sort();
        return Math.Clamp(ratios[ratios.Count * 3 / 10], 1.0, 2.5);
    }
}
