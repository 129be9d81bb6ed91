namespace Pipeline.Reporting.Tests.Support;

/// <summary>
/// A fact that needs an installed program, and optionally one of its components (a file beside the program's
/// real path, e.g. LibreOffice Calc's library); reported as skipped (not passed) when either is absent.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string program, string? component = null)
    {
        var path = ExternalTool.Find(program);
        if (path is null)
        {
            Skip = $"{program} is not installed (.ci/run installs it)";
        }
        else if (component is not null && !File.Exists(Path.Combine(Path.GetDirectoryName(ExternalTool.RealPath(path))!, component)))
        {
            Skip = $"{program} is installed without {component} (Debian: libreoffice-calc-nogui)";
        }
    }
}
