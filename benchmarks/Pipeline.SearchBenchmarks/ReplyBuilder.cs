using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Search.Schema;

namespace Pipeline.SearchBenchmarks;

/// <summary>Groups consecutive segments of one campaign, file and company into replies, as ingest will hand them to the index; a seed without file names gets one reply per company.</summary>
internal static class ReplyBuilder
{
    public static List<IndexedReply> Build(IEnumerable<SeedSegment> segments, string folder)
    {
        var ingestedAt = DateTimeOffset.UtcNow;
        return [.. segments
            .ChunkBy(s => (s.Campaign, s.File, s.Company))
            .Select(group => ToReply(group, folder, ingestedAt))];
    }

    private static IndexedReply ToReply(List<SeedSegment> group, string folder, DateTimeOffset ingestedAt)
    {
        var first = group[0];
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.Campaign + first.File + string.Concat(group.Select(s => s.Text)))));
        var file = first.File.Length > 0 ? first.File : first.Company.ToLowerInvariant().Replace(' ', '-') + "-reply.pdf";
        var document = new ExtractedDocument(id, Path.Combine(folder, first.Campaign, file), SourceFormat.Pdf, group.Max(s => s.Page), [], []);
        var segments = group.Select(s =>
            new Segment(id, [.. s.Questions.Select(QuestionId.Parse)], SegmentMethod.Marker, 0.9, [new Passage(s.Text, s.Page, 0)])
            {
                Topic = TopicLabels.TryParse(s.Topic, out var topic) ? topic : null,
                TopicScore = 0.8,
            });
        var statuses = group
            .Where(s => s.Status is not null)
            .GroupBy(s => s.Questions[0])
            .ToDictionary(g => g.Key, g => SnakeCaseLabels.TryParse<AnswerStatus>(g.First().Status, out var status) ? status : (AnswerStatus?)null);
        var reply = new SegmentedReply(document, first.Campaign, new CompanyAttribution(first.Company, AttributionSource.FileName, true), [.. segments]);
        return IndexedReply.From(reply, q => statuses.GetValueOrDefault(q.Value), ingestedAt);
    }

    private static IEnumerable<List<T>> ChunkBy<T, TKey>(this IEnumerable<T> items, Func<T, TKey> key)
    {
        var chunk = new List<T>();
        foreach (var item in items)
        {
            if (chunk.Count > 0 && !EqualityComparer<TKey>.Default.Equals(key(chunk[0]), key(item)))
            {
                yield return chunk;
                chunk = [];
            }

            chunk.Add(item);
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
