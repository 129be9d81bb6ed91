namespace Pipeline.Cli.Infrastructure;

/// <summary>Turns Ctrl+C into a cancellation for as long as it is held; disposing it unhooks the handler (runs in one process, as the tests do, must not pile handlers up on a static event).</summary>
internal sealed class CtrlC : IDisposable
{
    private readonly CancellationTokenSource _cancellation;

    private CtrlC(CancellationTokenSource cancellation)
    {
        _cancellation = cancellation;
        Console.CancelKeyPress += OnCancelKeyPress;
    }

    /// <summary>Cancels <paramref name="cancellation"/> on Ctrl+C instead of ending the process, so the verb can stop cleanly.</summary>
    public static CtrlC Cancels(CancellationTokenSource cancellation) => new(cancellation);

    public void Dispose() => Console.CancelKeyPress -= OnCancelKeyPress;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _cancellation.Cancel();
    }
}
