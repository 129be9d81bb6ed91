namespace Pipeline.Workflows.Batch;

/// <summary>
/// Runs blocking work over a list on a bounded number of dedicated threads, the longest items first when sizes are
/// known, and hands back one task per item in input order, so output does not depend on which item finished first.
/// </summary>
/// <remarks>
/// Extraction blocks (it waits on a time-limited thread), so it must not run on thread-pool threads, where it would
/// starve the awaits that write results.
/// </remarks>
public static class ParallelBatch
{
    public static IReadOnlyList<Task<TResult>> Start<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int parallel,
        Func<TItem, TResult> work,
        Func<TItem, long>? size = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        var results = items.Select(_ => new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var order = Enumerable.Range(0, items.Count).ToArray();
        if (size is not null)
        {
            // Largest first, so that one big file does not start last and leave a core idle at the end.
            var sizes = items.Select(size).ToArray();
            order = [.. order.OrderByDescending(i => sizes[i])];
        }

        var next = -1;
        for (var worker = 0; worker < Math.Clamp(parallel, 1, Math.Max(1, items.Count)); worker++)
        {
            var thread = new Thread(() =>
            {
                int k;
                while ((k = Interlocked.Increment(ref next)) < order.Length)
                {
                    var i = order[k];
                    if (cancellationToken.IsCancellationRequested)
                    {
                        results[i].SetCanceled(cancellationToken);
                        continue;
                    }

                    try
                    {
                        results[i].SetResult(work(items[i]));
                    }
                    catch (Exception ex)
                    {
                        results[i].SetException(ex);
                    }
                }
            })
            {
                IsBackground = true,
                Name = "batch worker " + worker,
            };
            thread.Start();
        }

        return [.. results.Select(r => r.Task)];
    }

    /// <summary>The file's length, 0 when it cannot be read (the work will report why).</summary>
    public static long FileSize(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
