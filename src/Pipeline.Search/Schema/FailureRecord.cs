using Lucene.Net.Documents;
using Pipeline.Core.Errors;
using Pipeline.Search.Indexing;

namespace Pipeline.Search.Schema;

/// <summary>Maps a <see cref="FailedReply"/> to its Lucene document and back.</summary>
/// <remarks>
/// It carries the reply key, so that indexing or removing the reply deletes it in the same operation, and a failure
/// key of its own, so that a new failure replaces the last one without touching an earlier good version of the reply.
/// </remarks>
internal static class FailureRecord
{
    public static Document ToLucene(FailedReply failure, string replyKey)
    {
        var document = new Document();
        document.AddKey(SegmentFields.Kind, SegmentFields.FailureKind);
        document.AddKey(SegmentFields.ReplyKey, replyKey);
        document.AddKey(SegmentFields.FailureKey, replyKey);
        document.AddKeyword(SegmentFields.Campaign, failure.CampaignId);
        document.AddKeyword(SegmentFields.Source, failure.SourcePath);
        document.AddKeyword(SegmentFields.File, failure.FileName);
        document.AddKeyword(SegmentFields.Company, failure.Company);
        document.Add(new StoredField(SegmentFields.ErrorCode, failure.Code.ToKebabCase()));
        document.Add(new StoredField(SegmentFields.ErrorMessage, failure.Message));
        document.Add(new Int64Field(SegmentFields.FailedAt, failure.FailedAt.ToUnixTimeMilliseconds(), Field.Store.YES));
        return document;
    }

    public static FailedReply FromLucene(Document document)
    {
        var code = Enum.GetValues<ErrorCode>().FirstOrDefault(c => c.ToKebabCase() == document.Get(SegmentFields.ErrorCode), ErrorCode.Internal);
        return new FailedReply(
            document.GetRequired(SegmentFields.Campaign),
            document.GetRequired(SegmentFields.Source),
            document.Get(SegmentFields.Company),
            code,
            document.Get(SegmentFields.ErrorMessage) ?? string.Empty,
            DateTimeOffset.FromUnixTimeMilliseconds(document.GetField(SegmentFields.FailedAt)?.GetInt64Value() ?? 0));
    }
}
