using System.Security.Cryptography;
using Pipeline.Core.Documents;
using Pipeline.Core.Errors;

namespace Pipeline.Extraction;

/// <summary>
/// Extracts any supported file: reads it once, detects the format, runs the matching extractor under a time limit,
/// and turns every failure into a typed <see cref="PipelineError"/> naming the file. Never throws for bad input. Thread-safe.
/// </summary>
public sealed class DocumentExtractor
{
    private readonly Dictionary<SourceFormat, IFormatExtractor> _byFormat = [];

    public DocumentExtractor(IEnumerable<IFormatExtractor> extractors)
    {
        foreach (var extractor in extractors)
        {
            foreach (var format in extractor.Formats)
            {
                _byFormat[format] = extractor;
            }
        }
    }

    /// <summary>An extractor for every format Pipeline reads. The first one made in a process also removes the tools' work folders that killed runs left in the temp folder.</summary>
    public static DocumentExtractor CreateDefault()
    {
        Processes.WorkFolders.RemoveStaleOnce();
        return new(ExtractorRegistry.All());
    }

    /// <summary>Extracts one file. Failures come back as <see cref="ExtractionResult.Error"/>, within <see cref="ExtractionOptions.Timeout"/>.</summary>
    public ExtractionResult ExtractFile(string path, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExtractionOptions.Default;
        try
        {
            return Extract(ReadInput(path, options), options, cancellationToken);
        }
        catch (PipelineException ex)
        {
            return ExtractionResult.Failure(path, ex.ToError());
        }
    }

    /// <summary>Extracts a file already in memory (an e-mail attachment); <paramref name="source"/> names it in the result and errors, and its extension counts as the file's.</summary>
    /// <remarks>The bytes are read in place, not copied: they must not change while the call runs (nor after a time-out, while an abandoned parser may still read them).</remarks>
    public ExtractionResult ExtractBytes(string source, ReadOnlyMemory<byte> bytes, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExtractionOptions.Default;
        try
        {
            if (bytes.Length > options.MaxFileBytes)
            {
                throw new PipelineException(ErrorCode.TooLarge, source, $"the content is {bytes.Length:N0} bytes, over the {options.MaxFileBytes:N0}-byte limit");
            }

            return Extract(CreateInput(source, bytes), options, cancellationToken);
        }
        catch (PipelineException ex)
        {
            return ExtractionResult.Failure(source, ex.ToError());
        }
    }

    private ExtractionResult Extract(ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var extractor = _byFormat.GetValueOrDefault(input.Format)
            ?? throw new PipelineException(ErrorCode.UnsupportedFormat, input.Path, $"no reader for '{Path.GetExtension(input.Path)}' files (supported: {string.Join(", ", FormatDetector.KnownExtensions)})");
        return ExtractionResult.Success(RunWithTimeout(extractor, input, options, cancellationToken));
    }

    /// <summary>The supported files under a folder (recursively, sorted), or the file itself.</summary>
    public static IReadOnlyList<string> FindFiles(string fileOrFolder)
    {
        if (File.Exists(fileOrFolder))
        {
            return [fileOrFolder];
        }

        if (!Directory.Exists(fileOrFolder))
        {
            throw new FileNotFoundException($"no such file or folder: {fileOrFolder}", fileOrFolder);
        }

        return [.. Directory.EnumerateFiles(fileOrFolder, "*", SearchOption.AllDirectories)
            .Where(f => FormatDetector.FromExtension(f) != SourceFormat.Unknown)
            .Order(StringComparer.Ordinal)];
    }

    private static ExtractionInput ReadInput(string path, ExtractionOptions options)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new PipelineException(ErrorCode.IoError, path, "file not found");
            }

            if (info.Length > options.MaxFileBytes)
            {
                throw new PipelineException(ErrorCode.TooLarge, path, $"file is {info.Length:N0} bytes, over the {options.MaxFileBytes:N0}-byte limit");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PipelineException(ErrorCode.IoError, path, ex.Message, ex);
        }

        return CreateInput(path, bytes);
    }

    private static ExtractionInput CreateInput(string path, ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw new PipelineException(ErrorCode.EmptyFile, path, "the file is empty (0 bytes)");
        }

        var format = FormatDetector.Detect(path, bytes.Span);
        var id = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        return new ExtractionInput(path, bytes, format, id);
    }

    private static ExtractedDocument RunWithTimeout(IFormatExtractor extractor, ExtractionInput input, ExtractionOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        ExtractedDocument? document = null;
        Exception? failure = null;

        // A dedicated thread, so that a parser stuck in a loop can be abandoned when the time is up.
        var thread = new Thread(() =>
        {
            // This thread stands in for the caller's, which only waits: it holds the file's core.
            var core = CoreBudget.Process.TakeUpTo(1);
            try
            {
                document = extractor.Extract(input, options, timeout.Token);
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                CoreBudget.Process.Return(core);
            }
        }, maxStackSize: 16 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "extract " + Path.GetFileName(input.Path),
        };
        thread.Start();
        if (!thread.Join(options.Timeout + TimeSpan.FromSeconds(1)))
        {
            throw new PipelineException(ErrorCode.Timeout, input.Path, $"extraction did not finish within {options.Timeout.TotalSeconds:0} s");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return failure switch
        {
            null => document!,
            PipelineException pe => throw pe,
            OperationCanceledException => throw new PipelineException(ErrorCode.Timeout, input.Path, $"extraction did not finish within {options.Timeout.TotalSeconds:0} s"),
            OutOfMemoryException => throw new PipelineException(ErrorCode.TooLarge, input.Path, "the file needs more memory than is available", failure),
            _ => throw new PipelineException(ErrorCode.Damaged, input.Path, $"unreadable {input.Format.ToString().ToUpperInvariant()}: {failure.Message}", failure),
        };
    }
}
