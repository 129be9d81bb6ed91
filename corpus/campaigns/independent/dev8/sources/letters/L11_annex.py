from blocks import LH, LL, G, A, H, PB

LETTER = dict(
    file="Castelmont cover letter and annexes.docx",
    company="Castelmont Secure Identity SA", aliases=["Castelmont Secure Identity", "Castelmont"], country="Belgium",
    listed=True, campaign_status="responded", style="annex", lang="en", marked_default=True,
    layout=dict(font="DejaVu Serif", size=21, margin=1300),
    status={"1a": "answered", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Cover letter with the substance in Annex 1 (run-in labels 'R2.C –', R for response, capital letters for "
          "sub-questions) and Annex 2 quoting numbered policy clauses 2.1-2.4, which are clause numbers, not question "
          "labels (clause 2.3 is not question 2c).",
    tests="annex answers with 'R1.A –' labels; a policy extract whose clause numbers 2.1–2.4 collide with question ids "
          "but are unmarked",
    blocks=[
        LH("CASTELMONT SECURE IDENTITY SA"),
        LH("Avenue Louise 231 · 1050 Brussels · Belgium", fmt="lhs"),
        LL("Brussels, 9 September 2022"),
        LL("Business & Human Rights Resource Centre"),
        LL("Subject: Your questionnaire of July 2022", fmt="bold"),
        LL("Dear Sir or Madam,"),
        G("Castelmont designs identity document readers, biometric enrolment stations and border management software "
          "for governments in Europe, Africa and the Middle East."),
        G("We take the questions raised by the Resource Centre seriously. Our answers are set out in Annex 1. Annex 2 "
          "reproduces the part of our Human Rights Policy that governs sales to public authorities, to which we refer in "
          "our answers."),
        G("We would be glad to meet representatives of the Resource Centre, in Brussels or online, to discuss these "
          "matters further."),
        LL("Yours faithfully,"),
        LL("Isabelle Vandermeulen"),
        LL("Chief Compliance Officer"),
        PB(),
        H("general", "Annex 1 – Answers to the questionnaire", fmt="h2"),
        A("1a", "**R1.A –** Castelmont supplies document readers and biometric enrolment stations to the border police of "
                "Morocco and to the Ministry of Interior of Mauritania for use at airports and land border posts. We do "
                "not supply surveillance cameras or interception equipment.", kind="annex"),
        A("1b", "**R1.B –** We supplied approximately 400 document readers and 60 enrolment stations in the region "
                "between 2015 and 2022. We do not record the specific sites at which they are installed, which the "
                "customers decide.", kind="annex"),
        A("1c", "**R1.C –** We are unable to commit to providing updated lists of products, clients or agencies, as our "
                "government contracts are confidential.", kind="annex"),
        A("2a", "**R2.A –** Yes. Our Sales Compliance Committee assesses each public-sector opportunity against the "
                "criteria in clause 2.2 of our Human Rights Policy (Annex 2). Risks identified in the region include the "
                "use of biometric data to track the movements of migrants and its transfer to other authorities without "
                "safeguards.", kind="annex"),
        A("2b", "**R2.B –** Not at present. We have discussed our approach with a Belgian human rights NGO, but we have "
                "not consulted migrants, refugees or human rights defenders in the region.", kind="annex"),
        A("2c", "**R2.C –** Our software offers privacy settings that limit data retention and access rights, and our "
                "training for customer staff covers data protection principles. Beyond these product measures we do not "
                "monitor how customers use our systems.", kind="annex"),
        A("2d", "**R2.D –** Complaints can be submitted by anyone through the confidential reporting channel described in "
                "clause 2.4 of Annex 2.", kind="annex"),
        A("2e", "**R2.E –** Yes; see Annex 2, which reproduces the relevant section of our Human Rights Policy, adopted in "
                "2020 and updated in 2022.", kind="annex"),
        A("3", "**R3 –** We have no plans to stop supplying the region. Sales decisions are made case by case in line "
               "with our policy and with the export authorisations issued by the Brussels-Capital Region.", kind="annex"),
        PB(),
        H("general", "Annex 2 – Extract from the Castelmont Human Rights Policy (2022), section 2: Sales to public "
                     "authorities", fmt="h2"),
        A("2e", "2.1 Castelmont respects internationally recognised human rights as set out in the International Bill of "
                "Human Rights and follows the UN Guiding Principles on Business and Human Rights.",
          kind="annex", marked=False),
        A("2a", "2.2 Before submitting an offer to a public authority, the Sales Compliance Committee shall assess the "
                "human rights situation in the country, the mandate of the end user and the intended use of the "
                "products, and record its conclusions.", kind="annex", marked=False),
        A("3", "2.3 Castelmont shall not supply products where there is a substantial risk that they will be used to "
               "commit or facilitate serious human rights violations, including arbitrary detention and unlawful "
               "surveillance.", kind="annex", marked=False),
        A("2d", "2.4 Any person may report a concern about the use of Castelmont products through the confidential "
                "reporting channel on the Castelmont website. Reports are reviewed by the Chief Compliance Officer, who "
                "reports to the Board.", kind="annex", marked=False),
    ],
)
