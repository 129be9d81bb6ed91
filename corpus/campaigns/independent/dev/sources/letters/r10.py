from blocks import *

LETTER = dict(
    file="Ref 22-114 reply.docx",
    company="Marrowgate Holdings Ltd", listed=False, style="refusal", lang="en", languages=["en"], marked=False,
    layout=dict(font="noto", size=10, lh_align="right", color="4A2C2A", lh_size=14),
    status={"1a": "declined", "1b": "declined", "1c": "declined", "2a": "declined", "2b": "declined",
            "2c": "declined", "2d": "declined", "2e": "partial", "3": "declined"},
    notes="Refusal citing ongoing legal proceedings; company not in campaign.yaml and named only in letterhead and small print; points to public policies; ends with an information-only sentence.",
    blocks=[
        H("Marrowgate Holdings Ltd"),
        H("Legal Department | 3rd Floor, 71 Pelham Row, London EC2A 4NP", st="LHS"),
        L("Our ref: MH/LEG/22-114", st="Addr"),
        L("7 September 2022", st="Addr"),
        L("Business & Human Rights Resource Centre", st="Addr"),
        L("Dear Ms Kassem,"),
        GP("We write in response to your letter of 12 July 2022 addressed to our Chief Executive."),
        P("1a 1b 1c 2a 2b 2c 2d 3", "confidentiality_decline", "The group and one of its subsidiaries are currently party to legal proceedings concerning a border-security contract in the region. On the advice of counsel we must refrain from commenting on matters that are, or may become, the subject of those proceedings, and this prevents us from answering your questionnaire."),
        P("2e", "policy_commitment", "Our Group Human Rights Policy and our Modern Slavery Statement, both available on the responsibility pages of our website, describe our general approach to human rights."),
        P("1c", "disclosure_commitment", "We would be happy to revisit your request once the proceedings have concluded."),
        L("Yours sincerely,"),
        SIG("Rupert Ainsley-Croft"),
        SIG("Group General Counsel"),
        SP("This letter is provided for information only and is not intended for publication without the prior written consent of Marrowgate Holdings Ltd."),
    ],
)
