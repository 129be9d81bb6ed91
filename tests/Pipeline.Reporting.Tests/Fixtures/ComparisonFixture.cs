using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using static Pipeline.Core.Segments.AnswerStatus;
using static Pipeline.Core.Topics.Topic;

namespace Pipeline.Reporting.Tests.Fixtures;

/// <summary>
/// A comparison shaped like the 2022 MENA outreach, with invented companies: 8 approached, 5 replied, 3 did not
/// (one of them with no cells at all), plus 1 reply from a company not on the list. Every status occurs; answers
/// carry French text, a Word reply without pages, a cell with two excerpts, and text with an injected script tag,
/// ampersands, quotes, commas and line breaks.
/// </summary>
internal static class ComparisonFixture
{
    public const string Injected = "<script>alert(1)</script>";
    public const string InjectedAnswer = "Licences are revoked when misuse is found, & our audits check usage logs. The form we received contained <script>alert(1)</script>, which we reproduce \"as received\", for the record.";
    public const string FrenchAnswer = "Nous formons nos distributeurs ; les contrats comportent une clause d'usage final.\nLes audits sont ponctuels, « au cas par cas ».";
    public const string Unlisted = "Castellan Border Services";
    public const string NoCells = "Huadian Vision Co., Ltd.";

    public static Campaign Campaign { get; } = new(
        "mena-2022-test",
        "MENA: surveillance tech & due diligence in migration and border control (test)",
        [
            Q("1a", ProductsAndClients, "Products and clients", "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control?"),
            Q("1b", DeploymentScale, "Number deployed", "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
            Q("1c", DisclosureCommitment, "Willingness to disclose", "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
            Q("2a", DueDiligence, "Human-rights due diligence", "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies?"),
            Q("2b", StakeholderEngagement, "Consultation with affected communities", "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
            Q("2c", Mitigation, "Other actions to prevent harm", "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions you supply are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers?"),
            Q("2d", GrievanceMechanism, "Grievance mechanism", "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
            Q("2e", PolicyCommitment, "Human-rights policy", "Does your company have a human rights policy or internal process governing your provision of surveillance solutions to government clients or border agencies in the context of migration?"),
            Q("3", ExitAndRestrictions, "Plans to stop sales", "Is your company or subsidiary planning to stop engaging in the sale or provision of surveillance solutions to Middle Eastern & North African countries with a track record of human rights violations?"),
        ],
        [
            new Company("Aquila Aerospace", ["Aquila"], "France", ResponseStatus.Responded),
            new Company("Borealis Forensics", [], "Israel", ResponseStatus.Responded),
            new Company("Castellan Security", ["Castellan"], "United Kingdom", ResponseStatus.Responded),
            new Company("Delphine Systèmes", ["Delphine"], "France", ResponseStatus.Responded),
            new Company("Iris Gate Biometrics", ["IrisGate"], "United Arab Emirates", ResponseStatus.Responded),
            new Company("Sabre Optronics", [], "Israel", ResponseStatus.NoResponse),
            new Company("Elbe Defence Systems", [], "Germany", ResponseStatus.NoResponse),
            new Company(NoCells, ["Huadian"], "China", ResponseStatus.NoResponse),
        ])
    {
        Organisation = "Business & Human Rights Resource Centre",
        DateSent = new DateOnly(2022, 7, 1),
        DatePublished = new DateOnly(2022, 9, 28),
        SourceUrl = "https://example.org/outreach/mena-2022?lang=en&view=all",
    };

    public static CampaignComparison Comparison { get; } = Build();

    private static CampaignComparison Build()
    {
        var replies = new (string Company, ResponseStatus Status, bool Listed, string? File, (string Q, AnswerStatus S, AnswerExcerpt[] A)[] Cells)[]
        {
            ("Aquila Aerospace", ResponseStatus.Responded, true, "aquila-reply.pdf", Replies.Aquila),
            ("Borealis Forensics", ResponseStatus.Responded, true, "Borealis_reply_2022.pdf", Replies.Borealis),
            ("Castellan Security", ResponseStatus.Responded, true, "castellan-letter.docx", Replies.Castellan),
            (Unlisted, ResponseStatus.Responded, false, "castellan-border-services.pdf", Replies.CastellanBorder),
            ("Delphine Systèmes", ResponseStatus.Responded, true, "delphine-réponse.pdf", Replies.Delphine),
            ("Iris Gate Biometrics", ResponseStatus.Responded, true, "IrisGate_Response.pdf", Replies.IrisGate),
            ("Sabre Optronics", ResponseStatus.NoResponse, true, null, Silent()),
            ("Elbe Defence Systems", ResponseStatus.NoResponse, true, null, Silent()),
            (NoCells, ResponseStatus.NoResponse, true, null, []),
        };

        var companies = replies.Select(r => new CompanyEntry(r.Company, r.Status, r.Listed, r.File is null ? [] : [r.File])
        {
            Country = Campaign.FindCompany(r.Company)?.Country,
        });
        var questionCells = replies.SelectMany(r => r.Cells.Select(c => new QuestionCell(r.Company, QuestionId.Parse(c.Q), c.S, [.. c.A])));
        var topicCells = replies.Where(r => r.File is not null).SelectMany(r => TopicCells(r.Company, r.Cells.SelectMany(c => c.A)));
        return new CampaignComparison(Campaign, [.. companies], [.. questionCells], [.. topicCells])
        {
            GeneratedAt = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero),
        };
    }

    /// <summary>As the comparison builder counts them: a passage per excerpt carrying the topic, the strongest by topic score.</summary>
    private static IEnumerable<TopicCell> TopicCells(string company, IEnumerable<AnswerExcerpt> answers)
    {
        var list = answers.ToList();
        return TopicLabels.All.Select(topic =>
        {
            var carrying = list.Where(a => a.Topics.Contains(topic)).ToList();
            return new TopicCell(company, topic, carrying.Count, carrying.OrderByDescending(a => a.TopicScore).FirstOrDefault());
        });
    }

    private static (string, AnswerStatus, AnswerExcerpt[])[] Silent() =>
        [.. Campaign.Questions.Select(q => (q.Id.Value, NoResponse, Array.Empty<AnswerExcerpt>()))];

    private static Question Q(string id, Topic topic, string shortTitle, string text) =>
        new(QuestionId.Parse(id), QuestionId.Parse(id).Number, text, topic) { ShortTitle = shortTitle };

    /// <summary>An excerpt of <paramref name="file"/> answering <paramref name="question"/>; its first topic is the primary one.</summary>
    public static AnswerExcerpt Answer(string question, string file, int[] pages, SegmentMethod method, double confidence, double score, string text, params Topic[] topics) =>
        new(text, DocumentId(file), file, [.. pages], [QuestionId.Parse(question)], method, confidence)
        {
            Topic = topics[0],
            TopicScore = score,
            Topics = [.. topics],
        };

    /// <summary>A stable fake SHA-256 per file name.</summary>
    public static string DocumentId(string file) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(file)));
}
