using Pipeline.Extraction.Conversion;
using Pipeline.Testing;

namespace Pipeline.Extraction.Tests.Fixtures;

/// <summary>A fact that needs LibreOffice; reported as skipped (not passed) when soffice is not on PATH.</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public SofficeFactAttribute()
    {
        if (LibreOfficeConverter.FromPath().Executable is null)
        {
            Skip = "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui";
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
                Skip ??= "../shared/real-docs is absent";
            }
        }
    }
}
