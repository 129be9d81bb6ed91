namespace Pipeline.Testing;

/// <summary>
/// A fact that needs installed programs (all of them on PATH), optionally a component of the first one (a file beside
/// its real path, e.g. LibreOffice Calc's library) and ../shared/real-docs; reported as skipped (not passed) when
/// anything it needs is absent, with the reason.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    private readonly string? _firstProgram;

    public ToolFactAttribute(params string[] programs)
    {
        var missing = programs.Where(program => InstalledProgram.Find(program) is null).ToList();
        if (missing.Count > 0)
        {
            Skip = $"{string.Join(" and ", missing)} not installed (.ci/run installs the Debian packages)";
        }

        _firstProgram = programs.Length > 0 ? InstalledProgram.Find(programs[0]) : null;
    }

    /// <summary>A file that must sit beside the first program's real path (a package installed without it skips).</summary>
    public string? Component
    {
        get => field;
        init
        {
            field = value;
            if (value is not null && _firstProgram is not null
                && !File.Exists(Path.Combine(Path.GetDirectoryName(InstalledProgram.RealPath(_firstProgram))!, value)))
            {
                Skip ??= $"{Path.GetFileName(_firstProgram)} is installed without {value}";
            }
        }
    }

    /// <summary>The test also reads ../shared/real-docs; skipped when it is absent.</summary>
    public bool NeedsRealDocs
    {
        get => field;
        init
        {
            field = value;
            if (value && RepoPaths.RealDocs is null)
            {
                Skip ??= RealDocsSkip.Reason;
            }
        }
    }
}
