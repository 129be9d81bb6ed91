from blocks import *

LETTER = dict(
    file="Kestrane_BHRRC_statement.pdf",
    company="Kestrane Defence Industries Ltd", listed=True, style="refusal", lang="en", languages=["en"], marked=False,
    blanket_decline=True,
    layout=dict(font="sans", size=10.5, lh_align="center", color="000000", lh_size=15),
    status={"1a": "declined", "1b": "declined", "1c": "declined", "2a": "partial", "2b": "declined",
            "2c": "declined", "2d": "declined", "2e": "partial", "3": "declined"},
    notes="Short refusal ('does not comment on its customers'); explicitly declines all individual questions, only pointing to licences and a public code of ethics.",
    blocks=[
        H("KESTRANE DEFENCE INDUSTRIES LTD"),
        H("Corporate Communications · 28 Archiepiskopou Makariou III Avenue, 3030 Limassol, Cyprus", st="LHS"),
        L("23 August 2022", st="Right"),
        L("Business & Human Rights Resource Centre", st="Addr"),
        L("Dear Sir or Madam,"),
        GP("Thank you for your letter regarding surveillance technology in the Middle East and North Africa."),
        P("1a 1b 1c 2b 2c 2d 3", "confidentiality_decline", "As a supplier to defence and homeland security ministries, Kestrane does not comment on its customers, its contracts or the location of deployed systems, and we are therefore not able to respond to the individual questions in your letter."),
        P("2a", "export_control", "All of our exports are carried out under licences issued by the competent national authorities and in full compliance with applicable sanctions and export control regimes, including the control lists of the Wassenaar Arrangement."),
        P("2e", "policy_commitment", "Our Code of Business Ethics, which sets out our commitment to respect human rights, is publicly available on our website."),
        GP("We thank you for your understanding."),
        L("Yours faithfully,"),
        SIG("Corporate Communications Department"),
        SIG("Kestrane Defence Industries Ltd"),
    ],
)
