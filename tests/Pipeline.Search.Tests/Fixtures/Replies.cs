using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Search.Tests.Fixtures;

/// <summary>Hand-made replies modelled on the MENA 2022 outreach: two companies in English, one in French, and a second campaign.</summary>
internal static class Replies
{
    public const string Mena = "mena-2022";
    public const string Gulf = "gulf-2023";

    public static readonly string Folder = Path.Combine(Path.GetTempPath(), "pipeline-fixture-replies");

    /// <summary>Thales, PDF, three pages, English; its 2d answer names a whistleblowing hotline.</summary>
    public static SegmentedReply Thales(string hash = "a1") => Reply(Mena, "Thales", "thales-reply.pdf", hash, SourceFormat.Pdf, 3,
        Seg([], SegmentMethod.None, Topic.Other, (1, "Dear Sir or Madam, thank you for your letter of 14 July 2022 regarding our activities in the Middle East and North Africa.")),
        Seg(["1a"], SegmentMethod.Marker, Topic.ProductsAndClients, (1, "Thales supplies border surveillance radars and drones to government clients in Morocco and Egypt, under export licences granted by the French authorities.")),
        Seg(["2a", "2c"], SegmentMethod.Marker, Topic.DueDiligence,
            (2, "Our human rights due diligence process identifies the risks of misuse before any sale."),
            (3, "Facial recognition systems are subject to an enhanced review by the ethics committee.")),
        Seg(["2d"], SegmentMethod.Marker, Topic.GrievanceMechanism, (3, "Any person can raise concerns through our whistleblowing hotline, a grievance mechanism open to external stakeholders.")));

    /// <summary>Airbus, Word, no pages, English; declines 1a citing confidentiality and mentions drones twice in 3.</summary>
    public static SegmentedReply Airbus(string hash = "b1") => Reply(Mena, "Airbus", "airbus-reply.docx", hash, SourceFormat.Docx, 0,
        Seg(["1a"], SegmentMethod.Restated, Topic.ConfidentialityDecline, (0, "Airbus does not disclose the identity of its clients for reasons of confidentiality and national security.")),
        Seg(["2d"], SegmentMethod.Marker, Topic.GrievanceMechanism, (0, "Complaints may be submitted through the OpenLine channel, which any employee or third party can use anonymously.")),
        Seg(["3"], SegmentMethod.Marker, Topic.ExitAndRestrictions, (0, "We suspended deliveries of surveillance drones to one country in 2021. Drones remain subject to case-by-case review.")));

    /// <summary>IDEMIA, PDF, two pages, French.</summary>
    public static SegmentedReply Idemia() => Reply(Mena, "IDEMIA", "idemia-reponse.pdf", "c1", SourceFormat.Pdf, 2,
        Seg(["2a"], SegmentMethod.Marker, Topic.DueDiligence, (1, "Notre processus de diligence raisonnable en matière de droits humains comprend une évaluation des risques avant chaque contrat avec les autorités frontalières.")),
        Seg(["2d"], SegmentMethod.Marker, Topic.GrievanceMechanism, (2, "Les plaintes peuvent être déposées par le biais de notre dispositif d'alerte, ouvert aux communautés affectées et aux migrants.")));

    /// <summary>Thales again, for a second campaign: the same company in two campaigns must stay apart.</summary>
    public static SegmentedReply ThalesGulf() => Reply(Gulf, "Thales", "thales-gulf.pdf", "d1", SourceFormat.Pdf, 1,
        Seg(["1a"], SegmentMethod.Marker, Topic.ProductsAndClients, (1, "Thales provides facial recognition cameras to airport authorities in the Gulf region.")));

    /// <summary>
    /// A reply whose only word on its grievance channel closes an answer on its code of conduct (labelled
    /// policy_commitment), beside an answer on its products.
    /// </summary>
    public static SegmentedReply Leonardo() => Reply(Mena, "Leonardo", "leonardo-reply.pdf", "e1", SourceFormat.Pdf, 1,
        Seg(["1a"], SegmentMethod.Marker, Topic.ProductsAndClients, (1, "Leonardo supplies coastal radars and drones to border agencies.")),
        Seg(["2e"], SegmentMethod.Marker, Topic.PolicyCommitment, (1, "Our code of conduct commits every employee to respect human rights in every market we serve. Concerns may be raised in confidence through our whistleblowing service.")));

    /// <summary>Answer statuses as classification would give them, per company.</summary>
    public static Func<QuestionId, AnswerStatus?> StatusesOf(string company) => question => (company, question.Value) switch
    {
        ("Thales", "1a") => AnswerStatus.Answered,
        ("Thales", "2a") => AnswerStatus.Partial,
        ("Thales", "2d") => AnswerStatus.Answered,
        ("Airbus", "1a") => AnswerStatus.Declined,
        ("Airbus", "2d") => AnswerStatus.Answered,
        _ => null,
    };

    /// <summary>A reply of one single-passage answer to 1a per text (for indexes of many vectors).</summary>
    public static SegmentedReply OfTexts(string company, string file, string hash, IEnumerable<string> texts) => Reply(Mena, company, file, hash, SourceFormat.Docx, 0,
        [.. texts.Select(text => Seg(["1a"], SegmentMethod.Marker, Topic.ProductsAndClients, (0, text)))]);

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    private static SegmentedReply Reply(string campaign, string company, string file, string hash, SourceFormat format, int pages, params Segment[] segments)
    {
        var id = hash.PadRight(64, '0');
        var blocks = segments.SelectMany(s => s.Passages)
            .Select((p, i) => new Block(i, BlockKind.Paragraph, p.Text, p.Page))
            .ToImmutableArray();
        var document = new ExtractedDocument(id, PathOf(file), format, pages, blocks,
            format == SourceFormat.Pdf ? [Diagnostic.Warning("pdf.no-text-layer", "page has no text layer", pages)] : []);
        var withIds = segments.Select(s => s with { DocumentId = id }).ToImmutableArray();
        return new SegmentedReply(document, campaign, new CompanyAttribution(company, AttributionSource.FileName, true), withIds);
    }

    private static Segment Seg(string[] questions, SegmentMethod method, Topic topic, params (int Page, string Text)[] passages) =>
        new(string.Empty, [.. questions.Select(QuestionId.Parse)], method, method == SegmentMethod.None ? 0.2 : 0.9,
            [.. passages.Select((p, i) => new Passage(p.Text, p.Page, i) { Topic = topic, TopicScore = 0.8 })])
        {
            Topic = topic,
            TopicScore = 0.8,
            Topics = [topic],
        };
}
