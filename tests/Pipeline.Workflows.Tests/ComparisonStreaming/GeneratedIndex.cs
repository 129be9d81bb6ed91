using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;

namespace Pipeline.Workflows.Tests.ComparisonStreaming;

/// <summary>
/// A generated campaign written straight into an index (no extraction, no model): three listed companies, one of them
/// replying under its alias too, an unlisted company with two replies, and a reply whose company is undetermined.
/// </summary>
public sealed class GeneratedIndex : IDisposable
{
    private static readonly string[] Sentences =
    [
        "We will publish our human rights policy by 31 December 2024.",
        "Our products are sold to border agencies in Jordan and Egypt.",
        "We operate a grievance mechanism open to affected people.",
        "We cannot disclose our clients for reasons of confidentiality.",
    ];

    public GeneratedIndex()
    {
        Campaign = new Campaign(
            "generated",
            "A generated campaign",
            [.. new[] { "1a", "1b", "2a" }.Select(id => new Question(QuestionId.Parse(id), id[..1], $"Question {id}?", Topic.DueDiligence))],
            [
                new Company("Alder Systems", ["Alder"], "France", ResponseStatus.Responded),
                new Company("Birch Analytics", [], null, ResponseStatus.Responded),
                new Company("Cedar Robotics", [], null, ResponseStatus.NoResponse),
            ]);
        using var writer = SegmentIndexWriter.Open(Index);
        var replies = new (string? Company, string File)[]
        {
            ("Alder Systems", "alder-1.pdf"), ("Alder", "alder-2.pdf"), ("alder systems", "alder-3.docx"),
            ("Birch Analytics", "birch-1.pdf"), ("Birch Analytics", "birch-2.txt"),
            ("Dogwood Sensors", "dogwood-1.pdf"), ("Dogwood Sensors", "dogwood-2.pdf"),
            (null, "unknown.pdf"),
        };
        for (var r = 0; r < replies.Length; r++)
        {
            writer.Index(Reply(r, replies[r].Company, replies[r].File));
        }

        writer.Commit();
        DocumentIds = [.. Enumerable.Range(0, replies.Length).Select(DocumentId)];
    }

    public Campaign Campaign { get; }

    public string Index { get; } = Path.Combine(Path.GetTempPath(), "pipeline-generated-" + Guid.NewGuid().ToString("N"));

    /// <summary>Every reply's document id.</summary>
    public ImmutableArray<string> DocumentIds { get; }

    public void Dispose()
    {
        Directory.Delete(Index, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static string DocumentId(int reply) => $"{reply:x2}".PadLeft(64, 'a');

    private IndexedReply Reply(int reply, string? company, string file)
    {
        var questions = Campaign.Questions;
        var segments = Enumerable.Range(0, 4).Select(s => new IndexedSegment(
            Campaign.Id,
            DocumentId(reply),
            s,
            company,
            [questions[(reply + s) % questions.Length].Id],
            $"{Sentences[(reply + s) % Sentences.Length]}\n\nReply {reply}, paragraph {s}.",
            [1 + (s / 2)],
            SegmentMethod.Marker,
            0.9,
            "en")
        {
            Topic = TopicLabels.All[(reply + s) % TopicLabels.All.Length],
            TopicScore = 0.5 + (s / 10.0),
            Topics = [TopicLabels.All[(reply + s) % TopicLabels.All.Length]],
            FileName = file,
        });
        var document = new IndexedDocument(Campaign.Id, DocumentId(reply), Path.Combine(Index, "replies", file), company, SourceFormat.Pdf, 2, "en", 4, [], DateTimeOffset.UnixEpoch);
        return new IndexedReply(document, [.. segments]);
    }
}
