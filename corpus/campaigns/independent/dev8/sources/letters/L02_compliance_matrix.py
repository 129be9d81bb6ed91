from blocks import LH, LL, G, C, TABLE

L, QQ, ANS = "table_label", "table_question", "table_answer"

LETTER = dict(
    file="BHRRC compliance matrix - Stenholm response.docx",
    company="Stenholm Radarteknik AB", aliases=["Stenholm"], country="Sweden",
    listed=True, campaign_status="responded", style="table", lang="en", marked_default=True,
    layout=dict(font="DejaVu Sans", size=20, margin=1200),
    status={"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Engineering-style compliance matrix (Req. ID | Requirement summary | Statement of compliance) with decimal "
          "requirement ids where the digit after the point stands for the sub-question letter. "
          "Partial: 1c (product lines and countries offered, agency names only with customer consent).",
    tests="3-column compliance-matrix table; decimal ids BHR-1.1…BHR-3.0 mapping to 1a…3; summary column restates questions",
    blocks=[
        LH("STENHOLM RADARTEKNIK AB"),
        LH("Verkstadsgatan 9, SE-582 73 Linköping, Sweden · Org. nr 556987-4410", fmt="lhs"),
        LL("Linköping, 26 August 2022"),
        LL("To: Business & Human Rights Resource Centre"),
        LL("Subject: Questionnaire on surveillance technology in MENA border control – statement of compliance"),
        LL("Dear Resource Centre team,"),
        G("Thank you for your questionnaire of July 2022. Our bid office normally answers customer requirements in a "
          "compliance matrix, and we have used the same format here so that every point receives a direct answer. Each "
          "of your questions has been given a requirement identifier: the number before the point is your question "
          "number and the number after it is the position of the sub-question."),
        TABLE([12, 30, 58], ["Req. ID", "Requirement (summary)", "Statement of compliance"], [
            [C(L, "1a", "BHR-1.1"),
             C(QQ, "1a", "Supply of surveillance products to MENA governments for border or migration control; products and countries."),
             C(ANS, "1a", "Yes. We have delivered coastal surveillance radars (SRT-400 series) and the associated command-and-control "
                          "software to the coast guard of Morocco and to the border police of Tunisia. We do not supply biometric, "
                          "interception or facial recognition products.")],
            [C(L, "1b", "BHR-1.2"),
             C(QQ, "1b", "Number of systems distributed at border crossings, checkpoints or refugee camps in the last 5–10 years."),
             C(ANS, "1b", "Eleven radar stations in total since 2014: eight along the Atlantic and Mediterranean coast of Morocco "
                          "and three at coastal sites in Tunisia. None at land crossings, checkpoints or camps.")],
            [C(L, "1c", "BHR-1.3"),
             C(QQ, "1c", "Willingness to provide updated lists of products, government clients and border agencies in future."),
             C(ANS, "1c", "Partially compliant. We can notify the Resource Centre of new product lines and of new countries of "
                          "delivery once the contracts are public. Customer agency names will be given only where the customer consents.")],
            [C(L, "2a", "BHR-2.1"),
             C(QQ, "2a", "Human rights due diligence before supplying MENA governments or border agencies; risks identified."),
             C(ANS, "2a", "Compliant. A country and end-user assessment is part of every bid/no-bid decision. Risks identified for "
                          "coastal radar: use of track data to direct interceptions and the return of boats to unsafe ports, and "
                          "sharing of data with third parties without a legal basis.")],
            [C(L, "2b", "BHR-2.2"),
             C(QQ, "2b", "Consultation with affected communities and human rights defenders."),
             C(ANS, "2b", "Not compliant. We have not consulted migrants, refugees or human rights defenders. We would consider "
                          "doing so through an established NGO if the Resource Centre can suggest a suitable partner.")],
            [C(L, "2c", "BHR-2.3"),
             C(QQ, "2c", "Other actions to prevent adverse impacts on migrants, refugees and asylum seekers; sharing of these actions."),
             C(ANS, "2c", "Compliant. Contracts limit use to maritime safety and border surveillance, require distress contacts to "
                          "be passed to the responsible rescue coordination centre, and exclude integration with biometric or "
                          "identity systems. Our field engineers report any observed misuse to the compliance officer.")],
            [C(L, "2d", "BHR-2.4"),
             C(QQ, "2d", "Grievance mechanism for concerns or complaints."),
             C(ANS, "2d", "Compliant. An externally hosted reporting channel is open to employees and to external persons in "
                          "English, French and Arabic, and anonymous reports are possible. Reports are handled by the compliance "
                          "officer and reviewed quarterly by the Board.")],
            [C(L, "2e", "BHR-2.5"),
             C(QQ, "2e", "Human rights policy or internal process for provision to government clients or border agencies in the migration context."),
             C(ANS, "2e", "Compliant. Our Code of Conduct includes a human rights commitment referring to the UN Guiding Principles, "
                          "and our Export Compliance Procedure sets out the approval steps for government sales. Neither document "
                          "is specific to migration.")],
            [C(L, "3", "BHR-3.0"),
             C(QQ, "3", "Plans to stop sales to MENA countries with a track record of human rights violations."),
             C(ANS, "3", "Not compliant. We have no plan to exit the region. Each contract is subject to a licence from the "
                         "Inspectorate of Strategic Products, and we will not bid where our own assessment or the authorities "
                         "advise against it.")],
        ]),
        G("We hope the matrix is useful. Questions on any line of it can be directed to our compliance officer, who is "
          "copied on this letter and will be glad to assist."),
        LL("Kind regards,"),
        LL("Maja Lindqvist"),
        LL("Head of Bids and Compliance, Stenholm Radarteknik AB"),
    ],
)
