using System.Diagnostics;
using Pipeline.Workflows.Ingest;
using Spectre.Console;

namespace Pipeline.Cli.Output;

/// <summary>
/// Ingest progress on stderr: a bar with files done/total, pages per second and failures so far when stderr is a
/// terminal; one plain line per file otherwise. Failures are always reported as one line naming the file. Thread-safe.
/// </summary>
internal sealed class IngestProgress : IIngestObserver
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ProgressTask? _bar;
    private int _total;
    private int _done;
    private int _pages;
    private int _failed;

    private IngestProgress(ProgressTask? bar) => _bar = bar;

    /// <summary>Runs <paramref name="work"/> while showing its progress.</summary>
    public static async Task<T> RunAsync<T>(Func<IngestProgress, T> work)
    {
        if (Console.IsErrorRedirected)
        {
            return work(new IngestProgress(null));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context =>
            {
                var progress = new IngestProgress(context.AddTask("ingesting", maxValue: 1));
                result = work(progress);
                return Task.CompletedTask;
            });
        return result;
    }

    // Called once per campaign when several are run in a row (`run --all`): each counts from zero.
    public void Started(int files)
    {
        lock (_gate)
        {
            _total = files;
            _done = 0;
            if (_bar is not null)
            {
                _bar.MaxValue = Math.Max(1, files);
                _bar.Value = 0;
            }
        }
    }

    public void Completed(IngestedFile file)
    {
        lock (_gate)
        {
            _done++;
            _pages += file.Pages;
            _failed += file.Error is null ? 0 : 1;
            var rate = _pages / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            if (_bar is not null)
            {
                _bar.Increment(1);
                _bar.Description = $"{_done}/{_total} files, {rate:0} pages/s, {_failed} failed";
            }
            else
            {
                Console.Error.WriteLine($"[{_done}/{_total}] {Describe(file)}");
            }

            if (_bar is not null && file.Error is { } error)
            {
                Console.Error.WriteLine($"failed {error}");
            }
        }
    }

    private static string Describe(IngestedFile file) => file.Action switch
    {
        IngestAction.Failed => $"failed {file.Error}",
        IngestAction.Unchanged => $"unchanged {file.Path}",
        _ => $"{file.Action.ToString().ToLowerInvariant()} {file.Path} ({file.Company ?? "company undetermined"}, {Counted.PagesPrefix(file.Pages)}{Counted.Of(file.Segments, "segment")}{(file.Attachments.IsEmpty ? string.Empty : ", " + Counted.Of(file.Attachments.Length, "attachment"))})",
    };
}
