using System.Runtime.CompilerServices;

namespace Pipeline.Testing;

/// <summary>
/// A fact that needs installed programs (all of them on PATH), optionally a component of the first one (a file beside
/// its real path, e.g. LibreOffice Calc's library) and ../shared/real-docs; reported as skipped (not passed) when
/// anything it needs is absent, with the reason (in its name too, so that `dotnet test` shows it).
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    private readonly string? _firstProgram;
    private readonly string _test;

    public ToolFactAttribute(string program, string? andProgram = null, [CallerMemberName] string test = "")
    {
        _test = test;
        string[] programs = andProgram is null ? [program] : [program, andProgram];
        var missing = programs.Where(p => InstalledProgram.Find(p) is null).ToList();
        if (missing.Count > 0)
        {
            SkipBecause($"{string.Join(" and ", missing)} not installed (.ci/run installs the Debian packages)");
        }

        _firstProgram = InstalledProgram.Find(program);
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
                SkipBecause($"{Path.GetFileName(_firstProgram)} is installed without {value}");
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
                SkipBecause(RealDocsSkip.Reason);
            }
        }
    }

    /// <summary>The first reason found is the one given.</summary>
    private void SkipBecause(string reason)
    {
        if (Skip is null)
        {
            Skip = reason;
            DisplayName = SkippedTest.DisplayName(_test, reason);
        }
    }
}
