using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Pipeline.Core.Errors;
using Pipeline.Search.Analysis;
using Pipeline.Search.Codecs;
using Pipeline.Search.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Search.Indexing;

/// <summary>
/// Adds, replaces and removes replies in the index on disk, creating it when absent. One writer per index at a time
/// (a second one fails to open while the first holds the lock); its methods are thread-safe, for parallel ingest.
/// </summary>
/// <remarks>
/// Crash safety: a reply's segments and its document record are written as one block, replacing the reply's previous
/// block in the same operation, so a reader never sees half a reply or a reply twice. Commits are atomic and happen
/// every <see cref="SegmentIndexWriterOptions.CommitEvery"/> replies and on <see cref="Commit"/>; <see cref="Dispose"/>
/// without <see cref="Commit"/> discards what was written since the last commit, exactly as a killed process would,
/// and the next run redoes those replies because their hashes are not in the index.
/// </remarks>
public sealed partial class SegmentIndexWriter : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SegmentIndexWriterOptions _options;
    private readonly ConcurrentDictionary<string, IndexedDocument> _documents;
    private readonly ConcurrentDictionary<string, FailedReply> _failures;
    private readonly System.Threading.Lock _commitGate = new();
    private int _uncommitted;
    private bool _disposed;

    private SegmentIndexWriter(LuceneDirectory directory, IndexWriter writer, SegmentIndexWriterOptions options, ConcurrentDictionary<string, IndexedDocument> documents, ConcurrentDictionary<string, FailedReply> failures)
    {
        _directory = directory;
        _writer = writer;
        _options = options;
        _documents = documents;
        _failures = failures;
    }

    /// <summary>The index folder.</summary>
    public required string Path { get; init; }

    /// <summary>Every reply in the index as this writer sees it, including what it wrote and has not yet committed.</summary>
    public IReadOnlyCollection<IndexedDocument> Documents => [.. _documents.Values];

    /// <summary>The reply indexed for this file under the campaign, as this writer sees it; null when none is. A lookup by key, not a scan.</summary>
    public IndexedDocument? Find(string campaignId, string sourcePath) =>
        _documents.GetValueOrDefault(ReplyKey.For(campaignId, sourcePath));

    /// <summary>Opens the index in <paramref name="directory"/>, creating the folder and an empty index when absent.</summary>
    /// <exception cref="PipelineException">The index is locked by another writer, or cannot be read.</exception>
    public static SegmentIndexWriter Open(string directory, SegmentIndexWriterOptions? options = null)
    {
        options ??= SegmentIndexWriterOptions.Default;
        var path = System.IO.Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(path);
        PipelineCodec.Register();
        var luceneDirectory = FSDirectory.Open(path);
        try
        {
            var config = new IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.PerField)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = options.RamBufferMegabytes,
                Codec = new PipelineCodec(),
            };
            var writer = new IndexWriter(luceneDirectory, config);
            var (documents, failures) = LoadRecords(writer);
            return new SegmentIndexWriter(luceneDirectory, writer, options, documents, failures) { Path = path };
        }
        catch (LockObtainFailedException ex)
        {
            luceneDirectory.Dispose();
            throw new PipelineException(ErrorCode.IoError, path, "the index is being written by another process (its write.lock is held)", ex);
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException)
        {
            luceneDirectory.Dispose();
            throw new PipelineException(ErrorCode.IoError, path, $"the index cannot be opened: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// True when the file at <paramref name="sourcePath"/> is indexed under the campaign with this content hash, was
    /// processed the same way (<see cref="IndexedDocument.Processing"/>) and written under the current field layout
    /// (<see cref="IndexSchema.Version"/>), so ingest can skip it before extracting.
    /// </summary>
    public bool IsCurrent(string campaignId, string sourcePath, string documentId, string processing = "") =>
        _documents.TryGetValue(ReplyKey.For(campaignId, sourcePath), out var known) && IsSame(known, documentId, processing);

    /// <summary>Indexes a reply, replacing any earlier version of the same file under the same campaign; a no-op when the content hash and the processing stamp are unchanged.</summary>
    /// <exception cref="ArgumentException">A segment belongs to another campaign or document than the record.</exception>
    public IndexOutcome Index(IndexedReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var record = reply.Document;
        if (reply.Segments.Any(s => s.CampaignId != record.CampaignId || s.DocumentId != record.DocumentId))
        {
            throw new ArgumentException($"every segment of {record.SourcePath} must carry campaign {record.CampaignId} and document {record.DocumentId}", nameof(reply));
        }

        var key = ReplyKey.For(record.CampaignId, record.SourcePath);
        var previous = _documents.GetValueOrDefault(key);
        if (previous is not null && IsSame(previous, record.DocumentId, record.Processing))
        {
            ClearFailure(record.CampaignId, record.SourcePath);
            return IndexOutcome.Unchanged;
        }

        // The document record goes last in the block: whoever sees it sees all of the reply's segments. Replacing by the
        // reply key also deletes a failure recorded for the file, in the same operation.
        var block = reply.Segments.Select(s => SegmentRecord.ToLucene(s, key))
            .Append(DocumentRecord.ToLucene(record with { SegmentCount = reply.Segments.Length }, key));
        _writer.UpdateDocuments(new Term(SegmentFields.ReplyKey, key), block);
        _documents[key] = record with { SegmentCount = reply.Segments.Length, SchemaVersion = IndexSchema.Version };
        _failures.TryRemove(key, out _);
        CountChange();
        return previous is null ? IndexOutcome.Added : IndexOutcome.Replaced;
    }

    /// <summary>Removes a reply, its segments and any failure recorded for it; false when none of them was in the index.</summary>
    public bool Remove(string campaignId, string sourcePath)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var key = ReplyKey.For(campaignId, sourcePath);
        var indexed = _documents.TryRemove(key, out _);
        if (!_failures.TryRemove(key, out _) && !indexed)
        {
            return false;
        }

        _writer.DeleteDocuments(new Term(SegmentFields.ReplyKey, key));
        CountChange();
        return true;
    }

    /// <summary>Removes the campaign's replies whose file <paramref name="isGone"/> says has disappeared (ingest's --prune); returns them.</summary>
    public IReadOnlyList<IndexedDocument> Prune(string campaignId, Func<string, bool> isGone)
    {
        ArgumentNullException.ThrowIfNull(isGone);
        var gone = _documents.Values
            .Where(d => KeywordValue.Normalise(d.CampaignId) == KeywordValue.Normalise(campaignId) && isGone(d.SourcePath))
            .OrderBy(d => d.SourcePath, StringComparer.Ordinal)
            .ToList();
        gone.ForEach(d => Remove(d.CampaignId, d.SourcePath));
        return gone;
    }

    /// <summary>Makes everything written so far durable and visible to new readers, atomically.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_commitGate)
        {
            _writer.Commit();
            _uncommitted = 0;
        }
    }

    /// <summary>Closes the writer, discarding what was written since the last <see cref="Commit"/>.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Rollback();
        _directory.Dispose();
    }

    private static bool IsSame(IndexedDocument known, string documentId, string processing) =>
        known.DocumentId == documentId && known.Processing == processing && known.SchemaVersion == IndexSchema.Version;

    private void CountChange()
    {
        if (Interlocked.Increment(ref _uncommitted) >= _options.CommitEvery)
        {
            Commit();
        }
    }

    private static (ConcurrentDictionary<string, IndexedDocument>, ConcurrentDictionary<string, FailedReply>) LoadRecords(IndexWriter writer)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var searcher = new IndexSearcher(reader);
        var documents = new ConcurrentDictionary<string, IndexedDocument>(StringComparer.Ordinal);
        foreach (var record in Records(searcher, reader, SegmentFields.DocumentKind).Select(DocumentRecord.FromLucene))
        {
            documents[ReplyKey.For(record.CampaignId, record.SourcePath)] = record;
        }

        var failures = new ConcurrentDictionary<string, FailedReply>(StringComparer.Ordinal);
        foreach (var failure in Records(searcher, reader, SegmentFields.FailureKind).Select(FailureRecord.FromLucene))
        {
            failures[ReplyKey.For(failure.CampaignId, failure.SourcePath)] = failure;
        }

        return (documents, failures);
    }

    private static IEnumerable<Lucene.Net.Documents.Document> Records(IndexSearcher searcher, DirectoryReader reader, string kind) =>
        searcher.Search(new TermQuery(new Term(SegmentFields.Kind, kind)), Math.Max(1, reader.MaxDoc)).ScoreDocs.Select(h => searcher.Doc(h.Doc));
}
