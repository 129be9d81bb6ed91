namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>The direction text runs on the page. Layout works in a frame where every text reads left to right, top to bottom.</summary>
internal enum TextFrame
{
    Horizontal,
    Up,
    Down,
    Flipped,
}
