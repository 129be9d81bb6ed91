using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Extraction;
using Pipeline.Workflows.Batch;

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
                var results = ParallelBatch.Start(files, settings.Parallel ?? Environment.ProcessorCount, file =>
                {
                    var result = extractor.ExtractFile(file, options, cancellationToken);
                    progress.Completed(result);
                    return result;
                }, ParallelBatch.FileSize, cancellationToken);

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
