using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Errors;
using Pipeline.Search;
using Pipeline.Search.Reading;

namespace Pipeline.Cli.Commands;

/// <summary>Opens the index a verb names, turning "no index yet" into a usage error that says what to run, and "may not write here" into one clear line.</summary>
internal static class IndexOpener
{
    public static SegmentIndex OpenForReading(IndexSettings settings, IndexAccessPattern access = IndexAccessPattern.Random)
    {
        var path = IndexLocation.Resolve(settings.Index);
        return SegmentIndex.Exists(path)
            ? SegmentIndex.Open(path, access)
            : throw new UsageException($"no index at {path}: run `pipeline ingest <folder> --campaign <campaign.yaml>` first, or give --index DIR");
    }

    /// <summary>
    /// Creates the index folder when absent and checks that this user may write in it, before any reply is processed:
    /// a read-only index then says "permission denied" (Lucene alone would report that its write.lock is held).
    /// </summary>
    /// <exception cref="PipelineException">The folder cannot be created or written (exit 3).</exception>
    public static void EnsureWritable(IndexSettings settings)
    {
        var path = IndexLocation.Resolve(settings.Index);
        var existed = Directory.Exists(path);
        try
        {
            Directory.CreateDirectory(path);
            using var probe = new FileStream(Path.Combine(path, $".write-check-{Environment.ProcessId}"), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new PipelineException(ErrorCode.IoError, path, existed
                ? "permission denied: this user may not write in the index folder (give --index DIR to use another)"
                : "permission denied: the index folder cannot be created here (give --index DIR to use another)", ex);
        }
        catch (IOException ex)
        {
            throw new PipelineException(ErrorCode.IoError, path, $"the index folder cannot be written: {ex.Message}", ex);
        }
    }
}
