using System.Text;
using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Output;
using Pipeline.Core.Documents;
using Pipeline.Core.Json;
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
    /// Starts <paramref name="parallel"/> dedicated worker threads that take files in turn. Extraction blocks (it waits on
    /// its time-limited thread), so it must not run on thread-pool threads, which would starve the awaits writing the output.
    /// </summary>
    private static Task<ExtractionResult>[] Extract(List<string> files, DocumentExtractor extractor, ExtractionOptions options, int parallel, BatchProgress progress, CancellationToken cancellationToken)
    {
        var results = files.Select(_ => new TaskCompletionSource<ExtractionResult>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var next = -1;
        for (var worker = 0; worker < Math.Min(parallel, files.Count); worker++)
        {
            var thread = new Thread(() =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < files.Count)
                {
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

    private interface IExtractionSink : IAsyncDisposable
    {
        Task WriteAsync(ExtractionResult result);
    }

    private sealed class StdoutSink(bool json, bool asArray) : IExtractionSink
    {
        private readonly StreamWriter _out = new(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        private int _written;

        public async Task WriteAsync(ExtractionResult result)
        {
            if (json)
            {
                await _out.WriteAsync(_written == 0 ? (asArray ? "[\n" : "") : ",\n");
                await _out.WriteAsync(JsonSerializer.Serialize(ExtractionJson.From(result), PipelineJson.Indented));
            }
            else if (result.Document is { } document)
            {
                if (asArray)
                {
                    await _out.WriteLineAsync($"{(_written == 0 ? "" : "\n")}==> {document.Source} <==\n");
                }

                ExtractionText.Write(_out, document);
            }

            _written++;
        }

        public async ValueTask DisposeAsync()
        {
            if (json)
            {
                await _out.WriteLineAsync(asArray ? (_written == 0 ? "[]" : "\n]") : "");
            }

            await _out.DisposeAsync();
        }
    }

    private sealed class FolderSink : IExtractionSink
    {
        private readonly string _folder;
        private readonly bool _json;
        private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

        public FolderSink(string folder, bool json)
        {
            _folder = folder;
            _json = json;
            Directory.CreateDirectory(folder);
        }

        public async Task WriteAsync(ExtractionResult result)
        {
            if (!_json && result.Document is null)
            {
                return;
            }

            var name = Path.GetFileNameWithoutExtension(result.Source);
            if (!_names.Add(name))
            {
                // Two inputs with the same name (report.pdf, report.docx, or in two folders): keep both.
                name = Path.GetFileName(result.Source) + "-" + _names.Count;
                _names.Add(name);
            }

            var path = Path.Combine(_folder, name + (_json ? ".json" : ".txt"));
            await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            if (_json)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(ExtractionJson.From(result), PipelineJson.Indented));
            }
            else
            {
                ExtractionText.Write(writer, result.Document!);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
