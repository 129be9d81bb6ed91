using System.Collections.Immutable;
using System.Text.Json;
using Lucene.Net.Documents;
using Pipeline.Core.Documents;
using Pipeline.Core.Json;
using Pipeline.Search.Indexing;

namespace Pipeline.Search.Schema;

/// <summary>Maps an <see cref="IndexedDocument"/> to its Lucene document and back.</summary>
internal static class DocumentRecord
{
    public static Document ToLucene(IndexedDocument record, string replyKey)
    {
        var document = new Document();
        document.AddKey(SegmentFields.Kind, SegmentFields.DocumentKind);
        document.AddKey(SegmentFields.ReplyKey, replyKey);
        document.AddKeyword(SegmentFields.Campaign, record.CampaignId);
        document.AddKeyword(SegmentFields.Document, record.DocumentId);
        document.AddKeyword(SegmentFields.Source, record.SourcePath);
        document.AddKeyword(SegmentFields.File, record.FileName);
        document.AddKeyword(SegmentFields.Company, record.Company);
        document.AddKeyword(SegmentFields.Format, record.Format.ToString().ToLowerInvariant());
        document.AddKeyword(SegmentFields.Language, record.Language);
        document.Add(new Int32Field(SegmentFields.Pages, record.Pages, Field.Store.YES));
        document.Add(new Int32Field(SegmentFields.Segments, record.SegmentCount, Field.Store.YES));
        document.Add(new StoredField(SegmentFields.Warnings, JsonSerializer.Serialize(record.Warnings, PipelineJson.Compact)));
        document.Add(new Int64Field(SegmentFields.IngestedAt, record.IngestedAt.ToUnixTimeMilliseconds(), Field.Store.YES));
        document.Add(new StoredField(SegmentFields.Processing, record.Processing));
        document.AddSchemaVersion();
        return document;
    }

    public static IndexedDocument FromLucene(Document document)
    {
        Enum.TryParse<SourceFormat>(document.Get(SegmentFields.Format), ignoreCase: true, out var format);
        var warnings = document.Get(SegmentFields.Warnings) is { } json
            ? JsonSerializer.Deserialize<ImmutableArray<Diagnostic>>(json, PipelineJson.Compact)
            : [];
        var ingestedAt = document.GetField(SegmentFields.IngestedAt)?.GetInt64Value() ?? 0;
        return new IndexedDocument(
            document.GetRequired(SegmentFields.Campaign),
            document.GetRequired(SegmentFields.Document),
            document.GetRequired(SegmentFields.Source),
            document.Get(SegmentFields.Company),
            format,
            document.GetInt32(SegmentFields.Pages),
            document.GetRequired(SegmentFields.Language),
            document.GetInt32(SegmentFields.Segments),
            warnings,
            DateTimeOffset.FromUnixTimeMilliseconds(ingestedAt))
        {
            Processing = document.Get(SegmentFields.Processing) ?? string.Empty,
            SchemaVersion = document.GetSchemaVersion(),
        };
    }
}
