from blocks import LH, LL, G, A

LETTER = dict(
    file="Arvona_BHRRC.pdf",
    company="Arvona Perimeter Technologies Ltd", aliases=["Arvona Perimeter Technologies", "Arvona"], country="Israel",
    listed=True, campaign_status="declined", style="refusal", lang="en", marked_default=False, full_refusal=True,
    layout=dict(font="DejaVu Serif", size=24, margin=1600),
    status={q: "declined" for q in ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]},
    notes="Full refusal citing defence export controls and classification; customers, countries and quantities "
          "expressly withheld, then a blanket refusal of the whole questionnaire.",
    tests="short refusal; national security / export control grounds; no answer to any question",
    blocks=[
        LH("ARVONA PERIMETER TECHNOLOGIES LTD"),
        LH("12 HaMelacha Street, Rosh HaAyin 4809112, Israel", fmt="lhs"),
        LL("25 August 2022"),
        LL("Business & Human Rights Resource Centre"),
        LL("Dear Sir/Madam,"),
        G("Thank you for your letter regarding the provision of surveillance technologies in the Middle East and North "
          "Africa, which has been passed to our legal department."),
        A("1a,1b", "Arvona's products are defence articles whose export is controlled by the Israeli Ministry of Defense "
                   "under the Defense Export Control Law. Information about our customers, the countries in which our "
                   "systems are deployed and the quantities supplied is classified or subject to strict confidentiality "
                   "obligations.", topic="confidentiality_decline"),
        G("For these reasons we are unable to respond to your questionnaire or to provide any information of the kind "
          "requested, now or in the future. Arvona conducts its business in full compliance with all applicable laws.",
          topic="confidentiality_decline"),
        LL("Sincerely,"),
        LL("Legal Department, Arvona Perimeter Technologies Ltd"),
    ],
)
