using System.Diagnostics;
using Pipeline.Testing;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>A running `pipeline serve` this test started; killed on dispose if a failed test left it running.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    public ServeProcess(params string[] args) => _process = PipelineProcess.StartInterruptible(["serve", .. args]);

    /// <summary>The process id, to read its memory from /proc.</summary>
    public int Id => _process.Id;

    /// <summary>The next line it prints on standard output; fails when it ends first.</summary>
    public async Task<string> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        return line ?? throw new InvalidOperationException("serve ended before printing its line: " + await _process.StandardError.ReadToEndAsync());
    }

    /// <summary>Presses Ctrl+C (SIGINT) and waits for it to end: its exit code and standard error.</summary>
    public async Task<(int ExitCode, string Stderr)> StopAsync()
    {
        PipelineProcess.Interrupt(_process);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, await _process.StandardError.ReadToEndAsync());
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
