namespace Pipeline.Workflows.Comparison;

/// <summary>How <see cref="IndexedComparisonParts"/> reads a comparison.</summary>
public sealed record IndexedComparisonOptions
{
    /// <summary>With the commitments ledger, stamped with the time of reading, no reuse marks.</summary>
    public static IndexedComparisonOptions Default { get; } = new();

    /// <summary>What <c>pipeline compare</c> reads to write <paramref name="format"/>: the ledger for the workbook only (the costly part; only it shows the ledger), no reuse marks.</summary>
    public static IndexedComparisonOptions For(Reporting.ComparisonFormat format) => Default with { Ledger = format == Reporting.ComparisonFormat.Xlsx };

    /// <summary>Derive each company's part of the commitments ledger (default true; the expensive part of reading).</summary>
    public bool Ledger { get; init; } = true;

    /// <summary>When the comparison is made; the time of reading when null.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Mark the answers whose paragraphs are found elsewhere in the archive (<see cref="Archive.ReuseMarks"/>), as the report shows them (default false).</summary>
    public bool ReuseMarks { get; init; }
}
