namespace Pipeline.Testing;

/// <summary>A fact over ../shared/real-docs; reported as skipped (not passed) when that folder is absent.</summary>
public sealed class RealDocsFactAttribute : FactAttribute
{
    public RealDocsFactAttribute()
    {
        if (RepoPaths.RealDocs is null)
        {
            Skip = RealDocsSkip.Reason;
        }
    }
}
