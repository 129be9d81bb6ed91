from blocks import LH, LL, G, A

LETTER = dict(
    file="Response to BHRRC enquiry.pdf",
    company="Tessaline Forensics Ltd", aliases=["Tessaline Forensics", "Tessaline"], country="United Kingdom",
    listed=True, campaign_status="responded", style="refusal", lang="en", marked_default=False,
    layout=dict(font="DejaVu Sans", size=21, margin=1400),
    status={"1a": "answered", "1b": "declined", "1c": "declined", "2a": "declined", "2b": "declined",
            "2c": "declined", "2d": "declined", "2e": "answered", "3": "declined"},
    notes="Short reply that answers 1a and 2e and then explicitly declines all remaining questions in one paragraph.",
    tests="refusal after two answers; one paragraph declining seven questions at once",
    blocks=[
        LH("TESSALINE FORENSICS LTD"),
        LH("Kingsgate House, 9 Albion Road, Cambridge CB1 2QX, United Kingdom", fmt="lhs"),
        LL("2 September 2022"),
        LL("Dear Resource Centre,"),
        G("Thank you for your letter. Tessaline develops digital forensics software used by law enforcement agencies to "
          "examine devices that have been lawfully seized."),
        A("1a", "We do not sell surveillance or border control products, and we have no customers among border agencies "
                "in the Middle East and North Africa. Our software is not designed for use at border crossings or in "
                "refugee camps."),
        A("2e", "Our Ethics Board reviews every sale to a government customer, and our Human Rights Policy, published on "
                "our website, sets out the criteria under which we refuse or terminate licences."),
        A("1b,1c,2a,2b,2c,2d,3", "We do not comment on our customers, on deployment figures or on the details of our "
                                 "internal assessments, and we will therefore not be answering the remaining questions "
                                 "in your questionnaire.", topic="confidentiality_decline"),
        LL("Yours sincerely,"),
        LL("Communications Team, Tessaline Forensics Ltd"),
    ],
)
