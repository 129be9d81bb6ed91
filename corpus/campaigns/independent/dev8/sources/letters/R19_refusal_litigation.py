from blocks import LH, LL, G, A

LETTER = dict(
    file="Our ref LIT-0422.docx",
    company="Belcourt Vision Systems SAS", aliases=["Belcourt Vision Systems"], country="France",
    listed=False, campaign_status="declined", style="refusal", lang="en", marked_default=False, full_refusal=True,
    layout=dict(font="DejaVu Serif", size=22, margin=1500),
    status={"1a": "declined", "1b": "declined", "1c": "declined", "2a": "declined", "2b": "declined",
            "2c": "declined", "2d": "declined", "2e": "partial", "3": "declined"},
    notes="Unlisted company; full refusal because of pending court proceedings, pointing only to its public Code of "
          "Ethics and vigilance plan. Partial: 2e (public documents pointed to, nothing described).",
    tests="unknown company named only in letterhead and signature; refusal on litigation grounds; pointer to a public policy",
    blocks=[
        LH("BELCOURT VISION SYSTEMS SAS · 5 rue Paul-Héroult, 92500 Rueil-Malmaison, France", fmt="lhs"),
        LL("Our ref: LIT-0422/BHRRC"),
        LL("31 August 2022"),
        LL("Business & Human Rights Resource Centre, London"),
        LL("Dear Sir or Madam,"),
        G("We acknowledge receipt of your letter of July 2022 concerning surveillance technology, migration and border "
          "control in the Middle East and North Africa."),
        G("The matters raised in your questionnaire relate in part to proceedings currently pending before a French "
          "court, to which our company is a party. On the advice of counsel, we are not in a position to comment on our "
          "customers, products or contracts in the region, or on any of the other questions raised, while those "
          "proceedings continue.", topic="confidentiality_decline"),
        A("2e", "Our Code of Ethics and our annual duty of vigilance plan, which describe our general approach to human "
                "rights, are available on our website. We would be willing to revisit your request once the proceedings "
                "have concluded."),
        LL("Yours faithfully,"),
        LL("Direction Juridique"),
        LL("Belcourt Vision Systems SAS"),
    ],
)
