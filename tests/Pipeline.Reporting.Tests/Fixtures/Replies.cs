using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using static Pipeline.Core.Segments.AnswerStatus;
using static Pipeline.Core.Segments.SegmentMethod;
using static Pipeline.Core.Topics.Topic;
using static Pipeline.Reporting.Tests.Fixtures.ComparisonFixture;

namespace Pipeline.Reporting.Tests.Fixtures;

/// <summary>The fixture's replies, question by question (invented text in the style of real replies).</summary>
internal static class Replies
{
    private const string AquilaFile = "aquila-reply.pdf";
    private const string BorealisFile = "Borealis_reply_2022.pdf";
    private const string CastellanFile = "castellan-letter.docx";
    private const string CastellanBorderFile = "castellan-border-services.pdf";
    private const string DelphineFile = "delphine-réponse.pdf";
    private const string IrisGateFile = "IrisGate_Response.pdf";

    public static (string, AnswerStatus, AnswerExcerpt[])[] Aquila { get; } =
    [
        ("1a", Declined, [Answer("1a", AquilaFile, [1], Marker, 0.95, 0.93, "Due to contractual confidentiality obligations towards our government customers, we are not in a position to disclose client names or product lists.", ConfidentialityDecline)]),
        ("1b", Declined, [Answer("1b", AquilaFile, [1], Marker, 0.95, 0.88, "For the same reasons of confidentiality, we cannot share deployment figures.", ConfidentialityDecline)]),
        ("1c", Declined, [Answer("1c", AquilaFile, [1], Marker, 0.95, 0.71, "We do not intend to provide such lists in the future.", DisclosureCommitment)]),
        ("2a", Answered, [Answer("2a", AquilaFile, [2], Marker, 0.95, 0.91, "Aquila conducts a human rights risk assessment before every export to a government end user, covering the risk of unlawful surveillance, discrimination and arbitrary detention.", DueDiligence)]),
        ("2b", NotAddressed, []),
        ("2c", Answered, [Answer("2c", AquilaFile, [2], Marker, 0.95, 0.84, "Contracts include end-use clauses; we train distributors and audit high-risk deliveries.", Mitigation)]),
        ("2d", Answered, [Answer("2d", AquilaFile, [3], Marker, 0.95, 0.97, "Our Ethics Alert line is open to external stakeholders, including migrants, in 12 languages.", GrievanceMechanism)]),
        ("2e", Answered, [Answer("2e", AquilaFile, [3], Marker, 0.95, 0.9, "Our Human Rights Policy, approved by the Board in 2021, follows the UN Guiding Principles.", PolicyCommitment)]),
        ("3", Partial, [Answer("3", AquilaFile, [3], Marker, 0.9, 0.66, "We comply with the export-control decisions of EU member states and would stop a sale if a licence were refused.", ExportControl, ExitAndRestrictions)]),
    ];

    public static (string, AnswerStatus, AnswerExcerpt[])[] Borealis { get; } =
    [
        ("1a", Declined, [Answer("1a", BorealisFile, [1], Restated, 0.82, 0.9, "Borealis does not comment on specific customers, for reasons of confidentiality, national security and the safety of our staff.", ConfidentialityDecline)]),
        ("1b", NotAddressed, []),
        ("1c", NotAddressed, []),
        ("2a", Partial, [Answer("2a", BorealisFile, [2], Restated, 0.78, 0.62, "We screen every customer against sanctions lists; a human-rights review applies to \"high-risk\" countries only.", DueDiligence)]),
        ("2b", NotAddressed, []),
        ("2c", Answered, [Answer("2c", BorealisFile, [2, 3], Restated, 0.8, 0.77, InjectedAnswer, Mitigation)]),
        ("2d", NotAddressed, []),
        ("2e", Answered, [Answer("2e", BorealisFile, [3], Restated, 0.85, 0.88, "Our Ethical Sales Policy (2020) requires Board approval for sales to government agencies in high-risk countries.", PolicyCommitment)]),
        ("3", NotAddressed, []),
    ];

    public static (string, AnswerStatus, AnswerExcerpt[])[] Castellan { get; } =
    [
        ("1a", Answered, [Answer("1a", CastellanFile, [], Table, 0.9, 0.86, "Castellan supplies perimeter cameras and access-control systems to airport authorities in Morocco and Jordan; we do not supply refugee camps.", ProductsAndClients)]),
        ("1b", Partial, [Answer("1b", CastellanFile, [], Table, 0.9, 0.8, "Around 40 systems were installed at two border crossings between 2015 and 2020; we do not track later deployments.", DeploymentScale)]),
        ("1c", Declined, [Answer("1c", CastellanFile, [], Table, 0.9, 0.69, "We prefer not to commit to sharing client lists.", DisclosureCommitment)]),
        ("2a", Answered, [Answer("2a", CastellanFile, [], Table, 0.9, 0.9, "A due-diligence committee reviews each government contract against the country's human-rights record.", DueDiligence)]),
        ("2b", Partial, [Answer("2b", CastellanFile, [], Table, 0.9, 0.74, "We have met two NGOs working with refugees, but we have not consulted affected communities directly.", StakeholderEngagement)]),
        ("2c", Answered,
        [
            Answer("2c", CastellanFile, [], Table, 0.9, 0.83, "Contracts forbid use for mass surveillance.", Mitigation),
            Answer("2c", CastellanFile, [], Topic, 0.6, 0.58, "We run annual audits of our distributors, and we suspend deliveries, when needed, to customers under investigation.", Mitigation, ExitAndRestrictions),
        ]),
        ("2d", Answered, [Answer("2d", CastellanFile, [], Table, 0.9, 0.95, "A whistle-blowing hotline, run by an independent provider, accepts complaints from anyone, anonymously.", GrievanceMechanism)]),
        ("2e", Answered, [Answer("2e", CastellanFile, [], Table, 0.9, 0.87, "Our Code of Conduct commits us to the UN Guiding Principles.", PolicyCommitment)]),
        ("3", Answered, [Answer("3", CastellanFile, [], Table, 0.9, 0.81, "We stopped supplying one customer in 2021 after reports of misuse, and will not renew contracts with agencies under sanctions.", ExitAndRestrictions)]),
    ];

    public static (string, AnswerStatus, AnswerExcerpt[])[] CastellanBorder { get; } =
    [
        ("1a", Answered, [Answer("1a", CastellanBorderFile, [1], Marker, 0.92, 0.79, "We maintain radar towers for one coastguard in the region.", ProductsAndClients)]),
        ("1b", NotAddressed, []),
        ("1c", NotAddressed, []),
        ("2a", Partial, [Answer("2a", CastellanBorderFile, [1], Marker, 0.92, 0.7, "We rely on our parent company's due-diligence process.", DueDiligence)]),
        ("2b", NotAddressed, []),
        ("2c", Partial, [Answer("2c", CastellanBorderFile, [1], Marker, 0.92, 0.64, "Our staff are trained on misuse risks.", Mitigation)]),
        ("2d", Answered, [Answer("2d", CastellanBorderFile, [2], Marker, 0.92, 0.92, "Complaints can be sent to our parent's hotline.", GrievanceMechanism)]),
        ("2e", Answered, [Answer("2e", CastellanBorderFile, [2], Marker, 0.92, 0.85, "We follow our parent's Code of Conduct.", PolicyCommitment)]),
        ("3", NotAddressed, []),
    ];

    public static (string, AnswerStatus, AnswerExcerpt[])[] Delphine { get; } =
    [
        ("1a", Declined, [Answer("1a", DelphineFile, [1], Restated, 0.8, 0.89, "Pour des raisons de confidentialité vis-à-vis de nos clients étatiques, nous ne pouvons pas communiquer la liste de nos produits ni de nos clients.", ConfidentialityDecline)]),
        ("1b", NotAddressed, []),
        ("1c", NotAddressed, []),
        ("2a", Answered, [Answer("2a", DelphineFile, [2], Restated, 0.8, 0.86, "Delphine Systèmes applique une procédure de « due diligence » renforcée : évaluation des risques pays, contrôle de l'utilisateur final et avis du comité d'éthique.", DueDiligence)]),
        ("2b", NotAddressed, []),
        ("2c", Partial, [Answer("2c", DelphineFile, [2], Restated, 0.8, 0.72, FrenchAnswer, Mitigation)]),
        ("2d", NotAddressed, []),
        ("2e", Answered, [Answer("2e", DelphineFile, [2], Restated, 0.8, 0.84, "Notre charte éthique, publiée en 2019, s'applique à l'ensemble du groupe, y compris aux filiales.", PolicyCommitment)]),
        ("3", NotAddressed, []),
    ];

    public static (string, AnswerStatus, AnswerExcerpt[])[] IrisGate { get; } =
    [
        ("1a", Answered, [Answer("1a", IrisGateFile, [1], Marker, 0.97, 0.88, "IrisGate provides iris-recognition enrolment to UNHCR-run refugee registration in Jordan; we have no government border clients in the region.", ProductsAndClients)]),
        ("1b", Answered, [Answer("1b", IrisGateFile, [1], Marker, 0.97, 0.9, "Around 60 enrolment stations are in use in two refugee camps.", DeploymentScale)]),
        ("1c", Partial, [Answer("1c", IrisGateFile, [1], Marker, 0.97, 0.75, "We will share updates on request, subject to our partners' consent.", DisclosureCommitment)]),
        ("2a", Answered, [Answer("2a", IrisGateFile, [2], Marker, 0.97, 0.92, "A privacy impact assessment and a human-rights risk assessment precede each deployment.", DueDiligence)]),
        ("2b", Answered, [Answer("2b", IrisGateFile, [2], Marker, 0.97, 0.9, "We consult refugee representatives, through UNHCR, before each deployment and hold yearly sessions with civil-society organisations.", StakeholderEngagement)]),
        ("2c", Answered, [Answer("2c", IrisGateFile, [2], Marker, 0.97, 0.8, "Biometric data stay with UNHCR; we keep no copy, and the system records no location data.", Mitigation)]),
        ("2d", Partial, [Answer("2d", IrisGateFile, [3], Marker, 0.97, 0.83, "Refugees can raise concerns through UNHCR's complaint channels; we have no mechanism of our own.", GrievanceMechanism)]),
        ("2e", Answered, [Answer("2e", IrisGateFile, [3], Marker, 0.97, 0.86, "Our Human Rights Statement covers all deployments.", PolicyCommitment)]),
        ("3", Answered, [Answer("3", IrisGateFile, [3], Marker, 0.97, 0.87, "We will not supply any government that uses biometric data to track refugees.", ExitAndRestrictions)]),
    ];
}
