using Pipeline.Core.Errors;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Search.Reading;

/// <summary>
/// One long-lived reader per index folder, shared by every request of a server: <see cref="Acquire"/> hands out the
/// current <see cref="SegmentIndex"/> (its caches — passage vectors, counts — warm across requests), first moving to the
/// index's newest commit when an ingest has made one, so a request sees what was committed before it started. Views
/// handed out earlier stay valid until their holders dispose them. Thread-safe.
/// </summary>
public sealed class SharedSegmentIndex(string directory) : IDisposable
{
    private readonly System.Threading.Lock _gate = new();
    private LuceneDirectory? _directory;
    private SegmentIndex? _current;
    private bool _disposed;

    /// <summary>The index folder (full path).</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(directory);

    /// <summary>True once a view has been opened: an index exists there (unless deleted since, which the next <see cref="Acquire"/> reports).</summary>
    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _current is not null;
            }
        }
    }

    /// <summary>The index as of its newest commit; dispose it (once) when done.</summary>
    /// <exception cref="PipelineException">No index exists there yet, or it cannot be read.</exception>
    public SegmentIndex Acquire()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _current = _current is null ? OpenFirst() : Refreshed(_current);
            _current.AddReference();
            return _current;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _current?.Dispose();
            _directory?.Dispose();
        }
    }

    private SegmentIndex OpenFirst()
    {
        if (!SegmentIndex.Exists(Path))
        {
            // Nothing is held open: the next request tries again, and finds the index once the first ingest has committed.
            throw SegmentIndex.Missing(Path);
        }

        // Requests search and page through the index from many threads at once.
        _directory ??= IndexDirectories.Open(Path, IndexAccessPattern.Random);
        try
        {
            return SegmentIndex.OpenShared(Path, IndexAccessPattern.Random, _directory);
        }
        catch (Exception ex) when (ex is IOException or Lucene.Net.Index.CorruptIndexException)
        {
            throw new PipelineException(ErrorCode.IoError, Path, $"the index cannot be read: {ex.Message}", ex);
        }
    }

    private SegmentIndex Refreshed(SegmentIndex current)
    {
        SegmentIndex? newer;
        try
        {
            newer = current.OpenIfChanged();
        }
        catch (Exception ex) when (ex is IOException or Lucene.Net.Index.CorruptIndexException)
        {
            // The folder was deleted or damaged since: said as when it cannot be opened at all.
            throw new PipelineException(ErrorCode.IoError, Path, $"the index cannot be read: {ex.Message}", ex);
        }

        if (newer is null)
        {
            return current;
        }

        // The server's own reference to the old view goes; requests still reading it keep it open until they finish.
        current.Dispose();
        return newer;
    }
}
