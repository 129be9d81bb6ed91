using Pipeline.Extraction.Conversion;

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
}
