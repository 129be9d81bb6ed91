using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;

namespace Pipeline.Cli.Tests.Search;

/// <summary>A small index on disk (two replies to one campaign) for running the search and documents verbs by hand or in tests.</summary>
public sealed class DemoIndex : IDisposable
{
    public DemoIndex()
    {
        using var writer = SegmentIndexWriter.Open(Path);
        writer.Index(Reply("g4s-reply.pdf", "G4S", "f1", AnswerStatus.Answered,
            ("2d", Topic.GrievanceMechanism, 2, "Workers and members of the public can report concerns to our Speak Out hotline, an independent grievance mechanism available in 28 languages."),
            ("3", Topic.ExitAndRestrictions, 3, "G4S sold its security business in the region in 2021 and no longer supplies border surveillance services.")));
        writer.Index(Reply("irisguard-reply.pdf", "IrisGuard", "f2", AnswerStatus.Partial,
            ("1a", Topic.ProductsAndClients, 1, "IrisGuard provides iris recognition for cash assistance to refugees in Jordan, with the consent of each refugee."),
            ("2d", Topic.GrievanceMechanism, 2, "Refugees can raise complaints about iris recognition with the humanitarian agency operating the camp.")));
        writer.Commit();
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-cli-index-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static IndexedReply Reply(string file, string company, string hash, AnswerStatus status, params (string Question, Topic Topic, int Page, string Text)[] answers)
    {
        var id = hash.PadRight(64, '0');
        var document = new ExtractedDocument(id, "/replies/" + file, SourceFormat.Pdf, 3, [], [Diagnostic.Warning("pdf.ocr", "page 3 was read by OCR", 3)]);
        var segments = answers
            .Select(a => new Segment(id, [QuestionId.Parse(a.Question)], SegmentMethod.Marker, 0.9, [new Passage(a.Text, a.Page, 0)]) { Topic = a.Topic, TopicScore = 0.7 })
            .ToImmutableArray();
        var reply = new SegmentedReply(document, "mena-2022", new CompanyAttribution(company, AttributionSource.FileName, true), segments);
        return IndexedReply.From(reply, _ => status, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    }
}
