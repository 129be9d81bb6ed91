using System.Diagnostics;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Conversion;

namespace Pipeline.Extraction.Tests.Conversion;

public sealed class LibreOfficeConverterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-fake-soffice-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Conversion_ThatHangs_IsATimeout_AndTheProcessIsKilled()
    {
        // Given a "soffice" that never finishes
        var soffice = FakeSoffice("sleep 30");
        var clock = Stopwatch.StartNew();

        // When converting with a one-second limit
        var error = Assert.Throws<PipelineException>(() => new LibreOfficeConverter(soffice).ConvertToDocx("reply.doc", new byte[] { 1 }, "doc", TimeSpan.FromSeconds(1), CancellationToken.None));

        // Then a typed timeout naming the file, well before the fake would have ended
        Assert.Equal(ErrorCode.Timeout, error.Code);
        Assert.Contains("reply.doc", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Conversion_ThatWritesNothing_IsConversionFailed_WithWhatLibreOfficeSaid()
    {
        // Given a "soffice" that complains and produces no file
        var soffice = FakeSoffice("echo 'Error: source file could not be loaded' >&2");

        // When
        var error = Assert.Throws<PipelineException>(() => new LibreOfficeConverter(soffice).ConvertToDocx("reply.rtf", new byte[] { 1 }, "rtf", TimeSpan.FromSeconds(30), CancellationToken.None));

        // Then
        Assert.Equal(ErrorCode.ConversionFailed, error.Code);
        Assert.Contains("source file could not be loaded", error.Message, StringComparison.Ordinal);
    }

    private string FakeSoffice(string body)
    {
        var path = Path.Combine(_folder, "soffice");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
