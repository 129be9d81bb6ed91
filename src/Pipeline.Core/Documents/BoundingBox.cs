namespace Pipeline.Core.Documents;

/// <summary>A rectangle on a PDF page in points, origin bottom-left (PDF user space).</summary>
public readonly record struct BoundingBox(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;

    public double Height => Y1 - Y0;

    public double[] ToArray() => [X0, Y0, X1, Y1];
}
