from blocks import LH, LL, G, C, TABLE

LB, QQ, ANS = "table_label", "table_question", "table_answer"


def row(q, ref, subject, answer, doc, doc_topic=None):
    return [C(LB, q, ref), C(QQ, q, subject), C(ANS, q, answer), C(ANS, q, doc, topic=doc_topic)]


LETTER = dict(
    file="Reply_BHRRC_2022-08-30.pdf",
    company="Nordvik Identity A/S", aliases=["Nordvik Identity", "Nordvik"], country="Denmark",
    listed=True, campaign_status="responded", style="table", lang="en", marked_default=True,
    layout=dict(font="DejaVu Sans Condensed", size=19, margin=1100,
                footer="Nordvik Identity A/S · Lautrupvang 18 · DK-2750 Ballerup · CVR 38 21 44 90"),
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Four-column table (Ref. | Subject | response | Evidence and next steps) with colon-separated refs such as '2:c'; "
          "the subject column names the topic in two or three words and the last column gives evidence and next steps for the same question.",
    tests="4-column table; colon-separated refs '1:a'; short subject cells; an evidence column whose cells "
          "belong to the same question",
    blocks=[
        LH("NORDVIK IDENTITY A/S"),
        LH("Lautrupvang 18 · DK-2750 Ballerup · Denmark", fmt="lhs"),
        LL("Ballerup, 30 August 2022"),
        LL("Business & Human Rights Resource Centre"),
        LL("Dear Resource Centre,"),
        G("Please find our response to your questionnaire in the table below. We use the same table for customer and "
          "investor due diligence requests, and its last column points to the evidence behind each answer and to our next steps."),
        TABLE([8, 16, 46, 30], ["Ref.", "Subject", "Nordvik response", "Evidence and next steps"], [
            row("1a", "1:a", "Products and countries",
                "We supply automated border control e-gates to the airport authority of Bahrain and fingerprint enrolment "
                "kits to the immigration service of Libya under an EU-funded migration management programme.",
                "Listed in our Annual Report 2021, page 14, which also names the EU programme under which Libya was supplied."),
            row("1b", "1:b", "Numbers deployed",
                "36 e-gates at one airport in Bahrain and 120 mobile enrolment kits in Libya, of which about 40 are used "
                "at detention and reception centres.",
                "Project fact sheets with site numbers can be shared on request; the Libyan site list is held by the programme."),
            row("1c", "1:c", "Future lists",
                "We are willing to provide an updated list of products and of MENA government customers once a year, "
                "provided that the customer has not objected in writing.",
                "Our Disclosure Policy, section 3, provides for this annual update; the first update would be sent in January 2023."),
            row("2a", "2:a", "Due diligence and risks",
                "A human rights impact assessment is required for all public-sector identity projects outside the EU. "
                "For Libya it identified risks of arbitrary detention, of biometric data being shared with armed groups "
                "and of refugees being registered without informed consent.",
                "A summary of the Libya HRIA of March 2021 is available on request; the full report is confidential to the programme."),
            row("2b", "2:b", "Consultation",
                "The Libya assessment included interviews with two international NGOs and a UN agency. Migrants and "
                "refugees themselves were not interviewed, for safety reasons.",
                "Annex B of the HRIA summary lists the organisations consulted; we plan a follow-up round of interviews in 2023."),
            row("2c", "2:c", "Other actions",
                "Kits store data encrypted and transfer it only to the central server of the programme; our support staff "
                "may not access personal data; and the contract allows us to suspend support if detention conditions "
                "described by the UN worsen.",
                "Clauses 14–16 of our contract template cover data security, staff access and suspension; the template can be shared."),
            row("2d", "2:d", "Grievance mechanism",
                "Our whistleblower scheme under the Danish Whistleblower Act is open to external persons, and reports can "
                "be submitted in English and Arabic.",
                "The Whistleblower Policy 2022 is published on our website, together with instructions on how to report in Arabic."),
            row("2e", "2:e", "Policy",
                "Our Human Rights Policy commits us to the UN Guiding Principles, and our Sales Approval Procedure "
                "requires Board approval for identity projects in high-risk countries.",
                "Human Rights Policy, sections 2 and 5, both public; the Sales Approval Procedure is internal but we can describe it."),
            row("3", "3", "Plans to stop",
                "We are reviewing our Libya engagement and will decide by the end of 2022 whether to renew support. We "
                "have no plan to stop serving our customer in Bahrain.",
                "The Board will take the Libya decision at its December 2022 meeting, and we can inform you of the outcome."),
        ]),
        G("We would be pleased to discuss these answers with you and to share any of the public documents listed in the "
          "table above."),
        LL("Kind regards,"),
        LL("Søren Dalgaard"),
        LL("Head of Sustainability, Nordvik Identity A/S"),
    ],
)
