using Pipeline.Core.Documents;
using Pipeline.Core.Errors;
using Spectre.Console;

namespace Pipeline.Cli.Output;

/// <summary>
/// Progress of a batch on stderr: a Spectre.Console progress bar when stderr is a terminal, one plain line per file
/// otherwise (logs, CI). Failures are always reported as one line naming the file. Thread-safe.
/// </summary>
internal sealed class BatchProgress
{
    private readonly int _total;
    private readonly bool _perFile;
    private readonly Lock _gate = new();
    private int _done;
    private ProgressTask? _bar;

    private BatchProgress(int total, bool perFile)
    {
        _total = total;
        _perFile = perFile;
    }

    /// <summary>Runs <paramref name="work"/> while showing progress over <paramref name="total"/> files; a single file shows none.</summary>
    public static async Task RunAsync(int total, Func<BatchProgress, Task> work)
    {
        if (total <= 1 || Console.IsErrorRedirected)
        {
            await work(new BatchProgress(total, perFile: total > 1));
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var progress = new BatchProgress(total, perFile: false) { _bar = context.AddTask("extracting", maxValue: total) };
                await work(progress);
            });
    }

    public void Completed(ExtractionResult result)
    {
        lock (_gate)
        {
            _done++;
            _bar?.Increment(1);
            if (result.Error is { } error)
            {
                Console.Error.WriteLine(Line(error));
            }
            else if (_perFile)
            {
                Console.Error.WriteLine($"[{_done}/{_total}] ok {result.Source} ({Counted.PagesPrefix(result.Document!.Pages)}{Counted.Of(result.Document.Blocks.Length, "block")})");
            }

            foreach (var warning in result.Document?.Warnings ?? [])
            {
                Console.Error.WriteLine($"warning ({warning.Code}): {result.Source}: {warning.Message}");
            }
        }
    }

    private string Line(PipelineError error) =>
        _perFile ? $"[{_done}/{_total}] error ({error.Code.ToKebabCase()}): {error.Message}" : $"error ({error.Code.ToKebabCase()}): {error.Message}";
}
