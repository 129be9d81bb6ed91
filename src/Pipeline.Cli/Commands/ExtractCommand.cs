using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Documents;
using Pipeline.Extraction;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline extract`: files or folders → text in reading order (or JSON), several files at once, failures reported per file.</summary>
internal sealed class ExtractCommand : PipelineCommand<ExtractSettings>
{
    protected override async Task<int> RunAsync(ExtractSettings settings, CancellationToken cancellationToken)
    {
        var files = FindFiles(settings.Paths);
        var options = new ExtractionOptions
        {
            Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            Ocr = !settings.NoOcr,
            Password = settings.Password,
        };
        var extractor = DocumentExtractor.CreateDefault();
        var sink = settings.Out is null
            ? (IExtractionSink)new StdoutSink(settings.Json, asArray: files.Count > 1 || settings.Paths.Any(Directory.Exists))
            : new FolderSink(settings.Out, settings.Json);
        var failed = 0;
        await using (sink)
        {
            await BatchProgress.RunAsync(files.Count, async progress =>
            {
                var results = Extract(files, extractor, options, settings.Parallel ?? Environment.ProcessorCount, progress, cancellationToken);

                // Written in input order, so the output does not depend on which file finished first.
                foreach (var pending in results)
                {
                    var result = await pending;
                    failed += result.Succeeded ? 0 : 1;
                    await sink.WriteAsync(result);
                }
            });
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    /// <summary>
    /// Starts <paramref name="parallel"/> dedicated worker threads that take files in turn, largest first. Extraction blocks (it waits on
    /// its time-limited thread), so it must not run on thread-pool threads, which would starve the awaits writing the output.
    /// </summary>
    private static Task<ExtractionResult>[] Extract(List<string> files, DocumentExtractor extractor, ExtractionOptions options, int parallel, BatchProgress progress, CancellationToken cancellationToken)
    {
        var results = files.Select(_ => new TaskCompletionSource<ExtractionResult>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();

        // Largest files first: a long report started last would leave the other cores idle at the end.
        var queue = Enumerable.Range(0, files.Count).OrderByDescending(i => SizeOf(files[i])).ToArray();
        var next = -1;
        for (var worker = 0; worker < Math.Min(parallel, files.Count); worker++)
        {
            var thread = new Thread(() =>
            {
                int taken;
                while ((taken = Interlocked.Increment(ref next)) < files.Count)
                {
                    var i = queue[taken];
                    if (cancellationToken.IsCancellationRequested)
                    {
                        results[i].SetCanceled(cancellationToken);
                        continue;
                    }

                    var result = extractor.ExtractFile(files[i], options, cancellationToken);
                    progress.Completed(result);
                    results[i].SetResult(result);
                }
            })
            {
                IsBackground = true,
                Name = "extract worker " + worker,
            };
            thread.Start();
        }

        return [.. results.Select(r => r.Task)];
    }

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static List<string> FindFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"no such file or folder: {path}");
            }

            var found = DocumentExtractor.FindFiles(path);
            if (found.Count == 0)
            {
                throw new UsageException($"no PDF, Word, text, HTML or e-mail files under {path}");
            }

            files.AddRange(found);
        }

        return files;
    }
}
