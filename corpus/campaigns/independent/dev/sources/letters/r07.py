from blocks import *

LETTER = dict(
    file="response.docx",
    company="Stroomveld Secure Communications B.V.", listed=True, style="prose", lang="en", languages=["en"], marked=False,
    layout=dict(font="dejaserif", size=10, lh_align="left", color="333333", lh_size=13),
    status={"1a": "declined", "1b": "declined", "1c": "declined", "2a": "answered", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Defensive legalistic prose from a network-analysis vendor: one paragraph declines 1a-1c together; 2c+3 and 2e+2d combined; no question cues; 2b skipped.",
    blocks=[
        H("Stroomveld Secure Communications B.V."),
        H("Laan van Ypenburg 204 · 2497 GB Den Haag · The Netherlands · KvK 61559302", st="LHS"),
        L("Your ref: BHRRC-MENA-07/2022", st="Addr"),
        L("Our ref: LEG/2022/113", st="Addr"),
        L("The Hague, 22 August 2022", st="Right"),
        L("Dear Ms Kassem,"),
        GP("We acknowledge receipt of your letter of 12 July 2022. Stroomveld develops secure communications and network analysis equipment for public safety agencies, and operates in a sector where the protection of operational information is a legal requirement rather than a matter of preference."),
        P("1a 1b 1c", "confidentiality_decline", "For that reason we are not in a position to confirm whether any particular authority in the Middle East and North Africa, or elsewhere, is a customer, to indicate how many systems may be in use at any location, or to commit to sharing customer lists in future. Our agreements with government customers, and in several cases the laws of the customer's country, prohibit such disclosure."),
        P("2a", "export_control", "What we can say is that every export of our network analysis products from the Netherlands requires an individual licence from the Central Import and Export Office, following an assessment by the Ministry of Foreign Affairs that includes the human rights situation in the country of destination. Since 2021 such items are also subject to the cyber-surveillance provisions of EU Regulation 2021/821."),
        P("2a", "due_diligence", "Before we apply for a licence, our Trade Compliance Board assesses the end user, the stated purpose and the risk that the equipment could be used against journalists, human rights defenders, political opponents or other groups at risk. The Board may impose conditions or reject the transaction."),
        P("2c 3", "mitigation", "Conditions typically include end-user certificates prohibiting re-export and any use other than the investigation of serious crime, a technical configuration limited to the agreed use case, and the absence of any remote access by Stroomveld after delivery. Where the Board cannot obtain these assurances the transaction does not proceed; we do not consider a blanket withdrawal from any region to be a substitute for this case-by-case assessment."),
        P("2e 2d", "policy_commitment", "Our Human Rights Statement, approved by the Management Board in 2020, commits us to the UN Guiding Principles and is available on our website. Employees, business partners and third parties can report concerns through an externally hosted whistleblowing channel in line with the EU Whistleblower Directive."),
        GP("We trust you will understand the constraints within which we operate."),
        L("Yours sincerely,"),
        SIG("mr. Joost van Amerongen"),
        SIG("General Counsel"),
        SIG("Stroomveld Secure Communications B.V."),
    ],
)
