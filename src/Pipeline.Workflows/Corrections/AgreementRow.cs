namespace Pipeline.Workflows.Corrections;

/// <summary>How many of some readings (cells, passages) a researcher changed: <see cref="Changed"/> of <see cref="Total"/>.</summary>
public sealed record AgreementRow(string Key, int Total, int Changed)
{
    /// <summary>Share changed by hand, 0 to 1; 0 when there is nothing.</summary>
    public double ShareChanged => Total == 0 ? 0 : (double)Changed / Total;

    /// <summary>Share the machine had right, 0 to 1; 1 when there is nothing.</summary>
    public double Agreement => 1 - ShareChanged;
}
