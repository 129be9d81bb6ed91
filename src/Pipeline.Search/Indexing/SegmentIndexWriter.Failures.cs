using Lucene.Net.Index;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Indexing;

/// <summary>The failure records: reply files that could not be read or indexed (see <see cref="FailedReply"/>).</summary>
public sealed partial class SegmentIndexWriter
{
    /// <summary>Every failure in the index as this writer sees it, including what it recorded and has not yet committed.</summary>
    public IReadOnlyCollection<FailedReply> Failures => [.. _failures.Values];

    /// <summary>
    /// Records that a file could not be read or indexed, replacing the failure recorded for it before. An earlier good
    /// version of the reply, if any, stays indexed: a failure on another machine (a converter missing) must not erase
    /// what was read once.
    /// </summary>
    public void RecordFailure(FailedReply failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var key = ReplyKey.For(failure.CampaignId, failure.SourcePath);
        _writer.UpdateDocument(new Term(SegmentFields.FailureKey, key), FailureRecord.ToLucene(failure, key));
        _failures[key] = failure;
        CountChange();
    }

    /// <summary>Forgets the failure recorded for a file (it is read now, or unchanged since it was); false when there was none.</summary>
    public bool ClearFailure(string campaignId, string sourcePath)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var key = ReplyKey.For(campaignId, sourcePath);
        if (!_failures.TryRemove(key, out _))
        {
            return false;
        }

        _writer.DeleteDocuments(new Term(SegmentFields.FailureKey, key));
        CountChange();
        return true;
    }
}
