namespace Pipeline.Testing;

/// <summary>A theory over ../shared/real-docs; reported as skipped (not passed) when that folder is absent.</summary>
public sealed class RealDocsTheoryAttribute : TheoryAttribute
{
    public RealDocsTheoryAttribute()
    {
        if (RepoPaths.RealDocs is null)
        {
            Skip = RealDocsSkip.Reason;
        }
    }
}
