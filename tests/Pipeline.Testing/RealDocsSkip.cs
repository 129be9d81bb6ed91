namespace Pipeline.Testing;

internal static class RealDocsSkip
{
    public const string Reason = "../shared/real-docs is absent (set PIPELINE_REAL_DOCS to run the real-document sweep)";
}
