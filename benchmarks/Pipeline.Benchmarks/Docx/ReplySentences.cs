namespace Pipeline.Benchmarks.Docx;

/// <summary>The sentences generated replies are made of: the register of real answers to a due-diligence questionnaire.</summary>
internal static class ReplySentences
{
    /// <summary>What the questions of an outreach ask about, as a reply's headings repeat them.</summary>
    public static readonly string[] Topics =
    [
        "products and clients", "scale of deployment", "disclosure of sales", "human rights due diligence", "stakeholder engagement",
        "mitigation of risks", "grievance mechanisms", "policy commitment", "suspension and exit", "export control",
    ];

    public static readonly string[] All =
    [
        "We thank you for your letter and for the opportunity to set out our approach to human rights due diligence.",
        "Our border management products are sold only to government agencies that have passed our customer screening.",
        "The company does not disclose the identity of individual customers, as our contracts contain confidentiality clauses.",
        "In 2021 we conducted a human rights impact assessment covering our surveillance and identity product lines.",
        "The assessment was carried out by an independent consultancy and its summary is available on our website.",
        "We consult civil society organisations and affected communities before entering a new market.",
        "Where a risk of misuse is identified, we require contractual safeguards and end-user certificates.",
        "Export licences are obtained from the competent national authority before any shipment of controlled items.",
        "Our grievance mechanism is open to employees, suppliers and third parties, and reports may be made anonymously.",
        "In the reporting period we received four grievances, two of which related to the use of our products.",
        "We suspended deliveries to one customer in 2020 after credible reports of unlawful surveillance of journalists.",
        "Our human rights policy is approved by the board and is aligned with the UN Guiding Principles on Business and Human Rights.",
        "Training on the policy is mandatory for sales staff, engineers working on customer projects and senior management.",
        "We publish an annual sustainability report that includes a section on responsible sales and export control.",
        "Deployment figures for individual countries are commercially sensitive and cannot be shared.",
        "The facial recognition module is disabled by default and can only be activated under a separate licence.",
        "Our sales committee reviews every proposed sale to a country rated high-risk in our internal country index.",
        "The committee includes the general counsel, the head of compliance and an external human rights adviser.",
        "We will consider publishing a list of countries where our products are deployed in our next report.",
        "Remediation measures are agreed with the affected parties and monitored until they are completed.",
        "Technical measures such as audit logs and role-based access limit the scope for misuse by operators.",
        "We do not sell products to the security services of states subject to an arms embargo.",
        "Our suppliers are required to sign our code of conduct and are audited on a risk basis.",
        "We engaged with the Special Rapporteur on freedom of expression in a meeting held in Geneva.",
        "Due to ongoing legal proceedings we are not in a position to comment on the specific contract you mention.",
        "Each new product undergoes a privacy and human rights review before it is released to market.",
        "We decline to answer questions 2(c) and 2(d), which concern matters of national security for our clients.",
        "The review found no evidence that our equipment was used in the incidents reported in the press.",
        "Our whistle-blowing hotline is operated by an independent provider and is available in twelve languages.",
        "We terminated the distribution agreement after the distributor failed to provide the required end-use information.",
        "A summary of the due diligence steps we follow is attached to this letter as Annex 1.",
        "Further information about our export control programme can be found at https://example.com/compliance.",
    ];
}
