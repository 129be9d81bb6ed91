namespace Pipeline.Reporting.Tests.Support;

/// <summary>A fact that needs an installed program; reported as skipped (not passed) when it is absent.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string program)
    {
        if (ExternalTool.Find(program) is null)
        {
            Skip = $"{program} is not installed (Debian: .ci/run installs it)";
        }
    }
}
