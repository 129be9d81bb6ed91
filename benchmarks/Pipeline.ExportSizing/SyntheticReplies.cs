using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;

namespace Pipeline.ExportSizing;

/// <summary>
/// Replies made of the classifier's training passages (real reply language, English, French and German): a letterhead
/// segment, then one answer of one to three passages to each of the 9 questions of the MENA questionnaire, deterministically.
/// </summary>
internal static class SyntheticReplies
{
    private static readonly string[] Questions = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"];

    public static IEnumerable<IndexedReply> Generate(int count, string trainingFolder)
    {
        var passages = Directory.GetFiles(trainingFolder, "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (Topic: TopicLabels.Parse(e.GetProperty("label").GetString()!), Text: e.GetProperty("text").GetString()!))
            .ToArray();
        var random = new Random(17);
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var r = 0; r < count; r++)
        {
            var company = $"Company {r % 5_000:D4}";
            var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("reply " + r)));
            var segments = ImmutableArray.CreateBuilder<Segment>();
            segments.Add(Answer(id, QuestionId.General, SegmentMethod.None, [passages[random.Next(passages.Length)]], 1));
            foreach (var question in Questions)
            {
                var chosen = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => passages[random.Next(passages.Length)]).ToArray();
                segments.Add(Answer(id, QuestionId.Parse(question), SegmentMethod.Marker, chosen, 1 + random.Next(3)));
            }

            var document = new ExtractedDocument(id, $"/replies/sizing/{company} - reply {r}.pdf", SourceFormat.Pdf, 3, [], []);
            var reply = new SegmentedReply(document, "sizing", new CompanyAttribution(company, AttributionSource.FileName, true), segments.ToImmutable());
            yield return IndexedReply.From(reply, _ => AnswerStatus.Answered, at);
        }
    }

    private static Segment Answer(string id, QuestionId question, SegmentMethod method, (Topic Topic, string Text)[] passages, int page) =>
        new(id, [question], method, 0.9, [.. passages.Select((p, i) => new Passage(p.Text, page, i) { Topic = p.Topic, TopicScore = 0.8 })])
        {
            Topic = passages[0].Topic,
            TopicScore = 0.8,
            Topics = [.. passages.Select(p => p.Topic).Distinct()],
        };
}
