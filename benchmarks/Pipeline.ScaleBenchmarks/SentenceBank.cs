namespace Pipeline.ScaleBenchmarks;

/// <summary>
/// Sentences a reply to each of the 9 questions is written from, with slots filled at random so that no two letters are
/// alike (each has its own hash and its own wording) while the vocabulary stays that of real replies.
/// </summary>
internal static class SentenceBank
{
    public static readonly string[] Countries = ["Jordan", "Morocco", "Tunisia", "Egypt", "Lebanon", "Algeria", "Libya", "Oman", "Qatar", "Bahrain", "Kuwait", "Iraq"];
    public static readonly string[] Products = ["thermal cameras", "perimeter radar", "biometric kiosks", "facial recognition software", "licence plate readers", "drones", "fingerprint scanners", "document readers", "command and control software", "watchtower sensors"];
    public static readonly string[] Teams = ["our compliance team", "the ethics committee", "our legal department", "the human rights working group", "the sustainability office", "our export control unit"];

    /// <summary>Sentence templates per question id (1a … 3), in the campaign's order.</summary>
    public static readonly (string Question, string[] Sentences)[] Answers =
    [
        ("1a", [
            "We supply {product} to government clients in {country} for border management.",
            "Our {product} are used by the border police of {country} at land crossings.",
            "We do not sell {product} to any government in the region.",
            "Since {year} the company has delivered {product} under a contract with the ministry of interior of {country}.",
            "Our portfolio for the region consists of {product} and related maintenance services.",
        ]),
        ("1b", [
            "Over the past ten years we have installed about {number} units at checkpoints.",
            "We estimate that {number} systems are in service at border crossings in {country}.",
            "Deployments have been limited to {number} sites, none of them in refugee camps.",
            "We do not keep a central record of the number of units our distributors have installed.",
        ]),
        ("1c", [
            "We are not able to commit to providing lists of customers, as these are confidential.",
            "We would be willing to share an updated overview of our products once a year.",
            "Client information is covered by confidentiality agreements and cannot be disclosed.",
            "We will publish a summary of our government contracts in our next annual report.",
        ]),
        ("2a", [
            "Before every sale {team} carries out a human rights risk assessment of the end user.",
            "Our due diligence follows the UN Guiding Principles and the OECD Guidelines.",
            "Risks we identified include discrimination, excessive data retention and unlawful detention.",
            "In {year} we strengthened our end-user screening with an external review by an independent consultancy.",
            "Each contract above {number} thousand euros is reviewed by {team} before it is signed.",
        ]),
        ("2b", [
            "We have not consulted affected communities directly so far.",
            "In {year} we met civil society organisations working with refugees in {country}.",
            "We consult human rights defenders through an annual stakeholder dialogue.",
            "Consultation with migrants is carried out by our clients, not by us.",
        ]),
        ("2c", [
            "Our contracts contain clauses that forbid the use of our {product} against peaceful protesters.",
            "We train client staff on privacy by design and data minimisation.",
            "Where a client breaches these terms we suspend maintenance and software updates.",
            "We limit data retention in our {product} to {number} days by default.",
        ]),
        ("2d", [
            "Anyone can raise a concern through our Speak Up hotline, anonymously if they wish.",
            "Complaints are received by {team} and answered within {number} days.",
            "Our grievance mechanism is open to external stakeholders, including migrants and refugees.",
            "We do not currently have a grievance mechanism for people outside the company.",
        ]),
        ("2e", [
            "Our human rights policy was adopted by the board in {year} and is published on our website.",
            "The policy commits us to respect internationally recognised human rights in all our operations.",
            "An internal procedure governs sales of {product} to government clients.",
            "We are drafting a human rights policy that we expect to adopt by the end of {year}.",
        ]),
        ("3", [
            "We have no plans to stop selling {product} in the region.",
            "We suspended a quotation for {country} in {year} after our risk review.",
            "We will not supply {product} to countries under an arms embargo.",
            "Export licences are required for our {product}, and we comply with every decision of the authorities.",
        ]),
    ];

    public static readonly string[] Closings =
    [
        "We hope this answers your questions and remain available for any further information.",
        "Please do not hesitate to contact us should you need any clarification.",
        "Thank you for giving us the opportunity to respond.",
    ];

    public static string Fill(string template, Random random) => template
        .Replace("{product}", Pick(Products, random), StringComparison.Ordinal)
        .Replace("{country}", Pick(Countries, random), StringComparison.Ordinal)
        .Replace("{team}", Pick(Teams, random), StringComparison.Ordinal)
        .Replace("{year}", random.Next(2012, 2023).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{number}", random.Next(3, 400).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
