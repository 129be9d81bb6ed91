from blocks import *

LETTER = dict(
    file="BHRRC_reply_final.docx",
    company="Ashcombe Lyle Analytics plc", listed=True, style="prose", lang="en", languages=["en"], marked=False,
    layout=dict(font="sans", size=10, lh_align="left", color="0B5563"),
    status={"1a": "partial", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "not_addressed",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Short corporate prose without any discourse cues; combined answers (1a+1b, 2a+2e, 1c with the withheld countries of 1a); 2b silently skipped; countries only as 'two GCC customers'.",
    blocks=[
        H("Ashcombe Lyle Analytics plc"),
        H("14 Carver Street, Sheffield S1 4FS · www.ashcombelyle.co.uk", st="LHS"),
        L("16 August 2022", st="Right"),
        L("Business & Human Rights Resource Centre", st="Addr"),
        L("Attn: MENA research team", st="Addr"),
        L("Dear colleagues,"),
        GP("Thank you for your letter regarding the use of technology in migration and border management in the Middle East and North Africa."),
        P("1a 1b", "products_and_clients", "Ashcombe Lyle develops analytics software that helps immigration and customs authorities process advance passenger information and passenger name records before travellers arrive. Two government customers in the Gulf Cooperation Council use our platform at a total of five international airports. We do not supply land border crossings, checkpoints or camps, and we do not sell cameras, sensors or interception equipment."),
        P("1c 1a", "confidentiality_decline", "Our customer agreements contain confidentiality provisions that prevent us from identifying the authorities concerned, and we are therefore unable to provide lists of clients now or in the future."),
        P("2a 2e", "due_diligence", "Every opportunity in a market rated high-risk under our Responsible Sales Framework is reviewed before bid submission by a panel drawn from legal, data protection and the product team, and the framework itself is approved by the plc board. The review considers the legal basis for data processing in the customer country, the independence of oversight bodies and the likelihood that risk scores might be used to profile travellers by nationality, religion or ethnicity, which we regard as the most significant risk in this field."),
        P("2c", "mitigation", "The platform is configured so that protected characteristics cannot be used as risk criteria, every query is logged, and customers must agree to annual audits of rule sets by our staff. Data retention is limited to the period set out in the customer's own legislation or five years, whichever is shorter."),
        P("2d", "grievance_mechanism", "Concerns can be raised by anyone through the speak-up portal on our website, which accepts anonymous reports and is monitored by the Company Secretary."),
        P("3", "exit_and_restrictions", "We have no plans to withdraw from the region. We did decline to renew one contract in 2021 after the customer asked for functionality we were not prepared to provide."),
        GP("We trust this information is of assistance."),
        L("Yours faithfully,"),
        SIG("Marcus Denholm"),
        SIG("General Counsel and Company Secretary"),
    ],
)
