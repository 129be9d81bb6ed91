using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;

namespace Pipeline.Export.Tests.Fixtures;

/// <summary>
/// A real index on disk with every kind of segment an export must carry: English, French, German (no analyser of its
/// own) and Arabic answers, a structure-only segment (a bare label), a corrected one, one without a company, and two campaigns.
/// </summary>
public sealed class ExportIndex : IDisposable
{
    public const string Mena = "mena-2022";
    public const string Gulf = "gulf-2023";

    public ExportIndex()
    {
        using var writer = SegmentIndexWriter.Open(Path);
        writer.Index(Reply(Mena, "Thales", "thales-reply.pdf", "a1",
            Seg(["1a"], (1, "Thales supplies border surveillance radars and drones to government clients in Morocco and Egypt."), Topic.ProductsAndClients),
            Seg(["2d"], (2, "Any person can raise concerns through our whistleblowing hotline, a grievance mechanism open to external stakeholders."), Topic.GrievanceMechanism),
            Label("3")));
        writer.Index(Corrected(Reply(Mena, "IDEMIA", "idemia-reponse.pdf", "c1",
            Seg(["2a"], (1, "Notre processus de diligence raisonnable comprend une évaluation des risques avant chaque contrat avec les autorités frontalières."), Topic.DueDiligence),
            Seg(["2d"], (2, "Les plaintes peuvent être déposées par le biais de notre dispositif d'alerte, ouvert aux communautés affectées."), Topic.GrievanceMechanism))));
        writer.Index(Reply(Mena, "Hensoldt", "hensoldt-antwort.docx", "e1", "de",
            Seg(["1b"], (0, "Wir können keine Angaben zu einzelnen Kunden machen, da diese Informationen vertraulich sind."), Topic.ConfidentialityDecline)));
        writer.Index(Reply(Gulf, null, "unknown-letter.pdf", "f1",
            Seg(["1a"], (1, "نحن نورد أنظمة المراقبة إلى السلطات الحكومية وفقا لتراخيص التصدير."), Topic.ProductsAndClients)));
        writer.Commit();
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-export-" + Guid.NewGuid().ToString("N"));

    public SegmentIndex Open() => SegmentIndex.Open(Path);

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static IndexedReply Reply(string campaign, string? company, string file, string hash, params Segment[] segments) =>
        Reply(campaign, company, file, hash, null, segments);

    private static IndexedReply Reply(string campaign, string? company, string file, string hash, string? language, params Segment[] segments)
    {
        var id = hash.PadRight(64, '0');
        var document = new ExtractedDocument(id, "/replies/" + file, SourceFormat.Pdf, 2, [], []) { Language = language };
        var reply = new SegmentedReply(document, campaign, new CompanyAttribution(company, AttributionSource.FileName, company is not null), [.. segments.Select(s => s with { DocumentId = id })]);
        return IndexedReply.From(reply, q => q.Value == "2d" ? AnswerStatus.Answered : AnswerStatus.Partial, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    }

    // A researcher moved IDEMIA's 2a answer from the machine's 2b, with its topic.
    private static IndexedReply Corrected(IndexedReply reply) => reply with
    {
        Segments = [.. reply.Segments.Select(s => s.Ordinal == 0 ? s with { Correction = new CorrectionMark(["c-0001"], [QuestionId.Parse("2b")], Topic.Other) } : s)],
    };

    private static Segment Seg(string[] questions, (int Page, string Text) passage, Topic topic) =>
        new(string.Empty, [.. questions.Select(QuestionId.Parse)], SegmentMethod.Marker, 0.9, [new Passage(passage.Text, passage.Page, 0) { Topic = topic, TopicScore = 0.8 }])
        {
            Topic = topic,
            TopicScore = 0.8,
            Topics = [topic],
        };

    private static Segment Label(string question) =>
        new(string.Empty, [QuestionId.Parse(question)], SegmentMethod.Marker, 0.9, [new Passage(question + ")", 3, 0) { Role = PassageRole.Label }]);
}
