using System.Runtime.CompilerServices;

namespace Pipeline.Testing;

/// <summary>A fact over ../shared/real-docs; reported as skipped (not passed), with the reason in its name, when that folder is absent.</summary>
public sealed class RealDocsFactAttribute : FactAttribute
{
    public RealDocsFactAttribute([CallerMemberName] string test = "")
    {
        if (RepoPaths.RealDocs is null)
        {
            Skip = RealDocsSkip.Reason;
            DisplayName = SkippedTest.DisplayName(test, Skip);
        }
    }
}
