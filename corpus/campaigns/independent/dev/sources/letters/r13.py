from blocks import *

ROWS = [
    ("1a", "1a. Surveillance solutions provided to MENA government clients for migration or border control; which products and which countries",
     "products_and_clients", "Calder Peak supplies handheld biometric enrollment devices and the associated identity management software to border agencies in Iraq and Jordan. The devices capture fingerprints, facial images and document data at points of entry. We do not supply cameras, drones or communications interception products."),
    ("1b", "1b. Number distributed at border crossings, checkpoints or refugee camps in the past 5-10 years",
     "deployment_scale", "Approximately 1,150 handheld devices since 2016, deployed at 23 border posts and airports. Some of the devices supplied to Jordan have been used for registration at reception centers near the Syrian border."),
    ("1c", "1c. Willingness to provide updated lists of products, government clients and border agencies",
     "disclosure_commitment", "Calder Peak will provide an updated summary of product categories and countries on request. Customer-specific information is subject to contractual confidentiality."),
    ("2a", "2a. Human rights due diligence before supplying governments or border agencies in MENA; risks identified",
     "due_diligence", "Yes. Our Responsible Deployment Review is completed before any bid to a government customer. Risks identified include function creep (use of enrollment data for purposes other than border management), data sharing with security services, exclusion of people without documents, and higher error rates for some demographic groups."),
    ("2b", "2b. Consultations with affected communities and human rights defenders",
     "stakeholder_engagement", "Not directly. We participate in a multi-stakeholder working group on digital identity that includes refugee-led organizations, and its findings feed into the Responsible Deployment Review."),
    ("2c", "2c. Other actions to ensure products do not cause or contribute to adverse impacts on migrants, refugees and asylum seekers",
     "mitigation", "Data is encrypted on the device and deleted after upload. Our software does not support watchlist matching against open-source images. Contracts prohibit the use of enrollment data for purposes incompatible with the original purpose, and we offer accuracy testing across demographic groups before deployment."),
    ("2d", "2d. Grievance mechanism",
     "grievance_mechanism", "Yes. Our Ethics Line is available around the clock by phone and web in English, French and Arabic, and is open to anyone."),
    ("2e", "2e. Human rights policy or internal process for provision to government clients or border agencies",
     "policy_commitment", "Our Human Rights Commitment (2021), approved by the Board of Directors, and the Responsible Deployment Review procedure described under 2a."),
    ("3", "3. Plans to stop sales to MENA countries with a track record of human rights violations",
     "exit_and_restrictions", "We have no current plans to exit any market. Decisions are made case by case through the Responsible Deployment Review, which can result in a bid not being submitted."),
]

LETTER = dict(
    file="CalderPeak_BHRRC_QA.docx",
    company="Calder Peak Technologies Inc.", listed=True, style="table", lang="en", languages=["en"], marked=True,
    layout=dict(font="sans", size=10, lh_align="left", color="2B4C7E", lh_size=16, page="letter",
                footer="Calder Peak Technologies Inc. | Confidential – prepared for the Business & Human Rights Resource Centre"),
    status={"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Two-column Question | Response table with shortened restated questions carrying their numbers; short cover text; cc line; running footer.",
    blocks=[
        H("Calder Peak Technologies Inc."),
        H("1100 Carling Avenue, Suite 900, Ottawa, ON K1Y 4X9, Canada", st="LHS"),
        L("August 31, 2022", st="Addr"),
        L("Ms. Nadia Kassem, Business & Human Rights Resource Centre", st="Addr"),
        L("Dear Ms. Kassem,"),
        GP("Thank you for your letter of July 12. Calder Peak develops identity management software and mobile biometric enrollment devices used by governments and humanitarian agencies. Our responses are set out in the table below."),
        TBL([[C("table_header", "g", None, "Question"), C("table_header", "g", None, "Calder Peak response")]] +
            [[C("table_question", q, None, qt), C("table_answer", q, tp, a)] for q, qt, tp, a in ROWS], [30, 70]),
        GP("Please do not hesitate to contact me should you have further questions."),
        L("Sincerely,"),
        SIG("Daniel Okafor-Reid"),
        SIG("Vice President, Legal & Compliance"),
        L("cc: Sophie Tremblay, Chief Executive Officer", st="Small"),
    ],
)
