using Pipeline.Core.Documents;

namespace Pipeline.Extraction.Pdf.Layout;

/// <summary>Lines of one paragraph-like block on a page, top to bottom, before the document-wide passes give it a kind and its final text.</summary>
internal sealed class PageBlock
{
    private readonly List<TextLine> _lines = [];

    public PageBlock(TextLine first)
    {
        Frame = first.Frame;
        Order = first.Order;
        MinX = first.MinX;
        MaxX = first.MaxX;
        Top = first.Top;
        Bottom = first.Bottom;
        Add(first);
    }

    public TextFrame Frame { get; }

    /// <summary>Stream position of the first line: the producer's reading order.</summary>
    public int Order { get; }

    /// <summary>Stream position of the latest line added.</summary>
    public int LastOrder { get; private set; }

    public IReadOnlyList<TextLine> Lines => _lines;

    public TextLine Last => _lines[^1];

    public double MinX { get; private set; }

    public double MaxX { get; private set; }

    public double Top { get; private set; }

    public double Bottom { get; private set; }

    /// <summary>Baseline distance between the last two lines; 0 for a one-line block.</summary>
    public double Pitch => _lines.Count < 2 ? 0 : _lines[^2].Baseline - _lines[^1].Baseline;

    public double Width => MaxX - MinX;

    public void Add(TextLine line)
    {
        if (_lines.Count > 0)
        {
            MinX = Math.Min(MinX, line.MinX);
            MaxX = Math.Max(MaxX, line.MaxX);
            Top = Math.Max(Top, line.Top);
            Bottom = Math.Min(Bottom, line.Bottom);
        }

        _lines.Add(line);
        LastOrder = line.Order;
    }

    public double HorizontalOverlap(double minX, double maxX) => Math.Min(MaxX, maxX) - Math.Max(MinX, minX);

    public bool OverlapsVertically(PageBlock other) => Math.Min(Top, other.Top) > Math.Max(Bottom, other.Bottom);

    public BoundingBox ToPageBox() => TextFrames.ToPage(Frame, MinX, Bottom, MaxX, Top);
}
