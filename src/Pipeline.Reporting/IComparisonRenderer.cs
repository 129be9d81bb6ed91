using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting;

/// <summary>Writes a comparison view in one file format.</summary>
public interface IComparisonRenderer
{
    /// <summary>Writes the whole file to <paramref name="output"/>, leaving it open.</summary>
    void Render(ComparisonView view, Stream output);
}
