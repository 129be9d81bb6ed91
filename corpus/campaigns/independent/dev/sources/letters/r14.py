from blocks import *

ROWS = [
    ("1a", "products_and_clients", "Zerafin Vision supplies IP cameras and video analytics software (people counting, perimeter intrusion, licence plate recognition), mainly through system integrators. Some integrators have used our products in projects for public authorities in Egypt, Saudi Arabia and the United Arab Emirates, including at ports of entry. We have no direct contracts with border agencies in the region."),
    ("1b", "deployment_scale", "We do not track the final installation sites of products sold through integrators and therefore cannot provide this figure."),
    ("1c", "disclosure_commitment", "We are not able to commit to this."),
    ("2a", "due_diligence", "Yes. Before accepting a project with a public-sector end user outside the EU we perform know-your-customer screening, sanctions checks and an assessment of the intended use. Main risks identified: use of analytics for tracking individuals and for discriminatory profiling."),
    ("2b", "stakeholder_engagement", "Not at present. We would consider it for future projects with public-sector end users."),
    ("2c", "mitigation", "Our software is not sold with facial recognition functions in the MENA market, and licence plate data is stored only on the customer's servers. Integrators must sign an end-use declaration."),
    ("2d", "grievance_mechanism", "Yes, a reporting channel under Legislative Decree 231/2001 and our Organisational Model, which is also open to third parties."),
    ("2e", "policy_commitment", "See 2a. Our Code of Ethics also applies."),
    ("3", "exit_and_restrictions", "No such plans at the moment."),
]

LETTER = dict(
    file="questionnaire_table_v2.pdf",
    company="Zerafin Vision S.p.A.", listed=False, style="table", lang="en", languages=["en"], marked=True,
    layout=dict(font="dejavu", size=9.5, lh_align="left", color="6A1B9A", lh_size=15,
                footer="Zerafin Vision S.p.A. – Capitale sociale € 2.000.000 i.v. – REA MI-2071554"),
    status={"1a": "answered", "1b": "declined", "1c": "declined", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "partial", "3": "answered"},
    notes="Table with bare question numbers (No. | Answer) and terse answers; company not in campaign.yaml, named in letterhead, signature and running footer; information-only sentence at the end.",
    blocks=[
        H("ZERAFIN VISION S.p.A."),
        H("Via dei Castagni 22, 20154 Milano, Italia · P.IVA 09128830961", st="LHS"),
        L("Milan, 9 September 2022", st="Right"),
        L("To the attention of the Business & Human Rights Resource Centre", st="Addr"),
        L("Subject: Questionnaire on surveillance technology in MENA", st="Subj"),
        L("Dear Madam, Dear Sir,"),
        GP("Further to your letter dated 12 July 2022, please find below the answers of Zerafin Vision S.p.A. to your questions. The numbering follows your letter."),
        TBL([[C("table_header", "g", None, "No."), C("table_header", "g", None, "Answer")]] +
            [[C("table_label", q, None, q), C("table_answer", q, tp, a)] for q, tp, a in ROWS], [10, 90]),
        GP("We remain available for any clarification."),
        L("Best regards,"),
        SIG("Ing. Luca Ferraresi"),
        SIG("Export Compliance Manager"),
        SIG("Zerafin Vision S.p.A."),
        SP("This letter is provided for information only and does not constitute a public statement of Zerafin Vision S.p.A."),
    ],
)
