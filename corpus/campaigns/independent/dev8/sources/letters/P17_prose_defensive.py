from blocks import LH, LL, G, A

LETTER = dict(
    file="HMS_response_BHRRC.pdf",
    company="Halvard Marine Surveillance AS", aliases=["Halvard Marine Surveillance", "Halvard"], country="Norway",
    listed=True, campaign_status="responded", style="prose", lang="en", marked_default=False,
    layout=dict(font="DejaVu Sans Condensed", size=22, margin=1350,
                footer="Halvard Marine Surveillance AS · Strandveien 50, 1366 Lysaker · Org. no. 918 442 731 MVA"),
    status={"1a": "partial", "1b": "not_addressed", "1c": "not_addressed", "2a": "partial", "2b": "not_addressed",
            "2c": "partial", "2d": "answered", "2e": "partial", "3": "answered"},
    notes="Defensive prose with few cues; several questions ignored. Partial: 1a (products and 'North Africa' only, "
          "customers and countries withheld); 2a (export licensing and legal due diligence mentioned, no risks "
          "identified); 2c (denies harm, describes no actions); 2e (codes named, no process for migration described).",
    tests="defensive prose; vague answers that count as partial; several questions not addressed",
    blocks=[
        LH("HALVARD MARINE SURVEILLANCE AS"),
        LH("Strandveien 50, 1366 Lysaker, Norway", fmt="lhs"),
        LL("Lysaker, 7 September 2022"),
        LL("Business & Human Rights Resource Centre"),
        LL("Dear Sir or Madam,"),
        G("We refer to your letter of July 2022. We note that the questionnaire appears to assume that companies in our "
          "sector contribute to human rights violations against migrants. We do not accept that premise, but we are "
          "nevertheless prepared to describe our approach."),
        A("1a", "Halvard supplies vessel traffic services and coastal radar networks, which are primarily maritime safety "
                "systems. Some of our customers in North Africa are coast guard authorities that also have border "
                "control responsibilities. We do not consider these to be surveillance solutions in the sense of your "
                "letter, and we do not disclose the identity of individual customers."),
        A("2a", "All projects are subject to Norwegian export control law, and licences are granted by the Norwegian "
                "Ministry of Foreign Affairs after an assessment that includes the human rights situation in the "
                "recipient country. Halvard also performs its own customer due diligence in accordance with the "
                "Norwegian Transparency Act.", topic="export_control"),
        A("2c", "Our systems are designed to improve safety at sea, and we have not identified any case in which they "
                "have contributed to harm to migrants. Vessel traffic data is used, among other things, to coordinate "
                "search and rescue operations."),
        A("2d,2e", "Concerns can be reported through the whistleblowing channel on our website, which is open to "
                   "external parties. Our Supplier and Customer Code of Conduct and our Ethics Policy apply to all of "
                   "our business."),
        A("3", "We have no plans to withdraw from the markets we serve. Decisions on individual contracts will continue "
               "to be made in accordance with Norwegian law and the licensing decisions of the authorities."),
        G("We trust that this clarifies our position and ask that any publication reflects this letter accurately and "
          "in full."),
        LL("Yours faithfully,"),
        LL("Eirik Solbakken"),
        LL("Vice President, Legal and Compliance"),
    ],
)
