using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>Maps page coordinates into a text frame (where the text reads left to right) and back.</summary>
internal static class TextFrames
{
    /// <summary>The frame of a glyph whose baseline runs from (x0,y0) to (x1,y1); zero-width glyphs count as horizontal.</summary>
    public static TextFrame Of(double x0, double y0, double x1, double y1)
    {
        var dx = x1 - x0;
        var dy = y1 - y0;
        if (Math.Abs(dx) >= Math.Abs(dy))
        {
            return dx < 0 ? TextFrame.Flipped : TextFrame.Horizontal;
        }

        return dy > 0 ? TextFrame.Up : TextFrame.Down;
    }

    public static (double X, double Y) ToFrame(TextFrame frame, double x, double y) => frame switch
    {
        TextFrame.Up => (y, -x),
        TextFrame.Down => (-y, x),
        TextFrame.Flipped => (-x, -y),
        _ => (x, y),
    };

    /// <summary>The page rectangle covering the frame rectangle [x0,x1]×[y0,y1].</summary>
    public static BoundingBox ToPage(TextFrame frame, double x0, double y0, double x1, double y1)
    {
        var (ax, ay) = FromFrame(frame, x0, y0);
        var (bx, by) = FromFrame(frame, x1, y1);
        return new BoundingBox(
            Math.Round(Math.Min(ax, bx), 2),
            Math.Round(Math.Min(ay, by), 2),
            Math.Round(Math.Max(ax, bx), 2),
            Math.Round(Math.Max(ay, by), 2));
    }

    private static (double X, double Y) FromFrame(TextFrame frame, double x, double y) => frame switch
    {
        TextFrame.Up => (-y, x),
        TextFrame.Down => (y, -x),
        TextFrame.Flipped => (-x, -y),
        _ => (x, y),
    };
}
