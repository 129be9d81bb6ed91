from blocks import LH, LL, G, A

LETTER = dict(
    file="Lumenfield_BHRRC_response.pdf",
    company="Lumenfield Thermal Imaging Ltd", aliases=["Lumenfield Thermal Imaging", "Lumenfield"], country="Ireland",
    listed=True, campaign_status="responded", style="prose", lang="en", marked_default=False,
    layout=dict(font="DejaVu Serif", size=23, margin=1440),
    status={"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "answered",
            "2c": "not_addressed", "2d": "answered", "2e": "partial", "3": "answered"},
    notes="Warm prose letter with discourse cues ('To answer your first question', 'As to due diligence', 'Concerning "
          "complaints'); one paragraph covers 2d and 2e; 2c silently skipped. Partial: 1c (products and countries "
          "offered, client names not); 2e (statement mentioned, no process described).",
    tests="prose with discourse cues; combined paragraph; a silently skipped question",
    blocks=[
        LH("Lumenfield Thermal Imaging Ltd"),
        LH("Unit 7, Ballybrit Business Park, Galway H91 X2R3, Ireland", fmt="lhs"),
        LL("22 August 2022"),
        LL("Dear friends at the Business & Human Rights Resource Centre,"),
        G("Thank you for reaching out to us, and for the important work you do to shine a light on how technology "
          "affects people on the move. We are a company of 140 people, and questions like yours are ones our own team "
          "asks often."),
        A("1a", "To answer your first question directly: yes, we do. Our handheld and mast-mounted thermal cameras are "
                "used by border authorities in Jordan, Morocco and Egypt, mostly to detect people and vehicles at night in "
                "desert and coastal areas. We sell through local distributors, who then supply the government agencies."),
        A("1b", "Regarding numbers, our records show roughly 1,150 cameras shipped to those three countries since 2013. "
                "We do not always know where a distributor's customer places each unit, so we cannot say how many are at "
                "border crossings as opposed to other sites, but to our knowledge none is used inside a refugee camp."),
        A("1c", "We would be happy to send you an updated overview of our products and of the countries we sell to each "
                "year. Sharing the names of our distributors' government customers is harder, because we often do not "
                "have them ourselves."),
        A("2a", "As to due diligence, we screen every distributor and the declared end user before each shipment, and "
                "since last year we have added a country human rights check for government orders. The risk that worries "
                "us most is that a camera used to find people at night could lead to them being detained or turned back "
                "rather than helped."),
        A("2b", "We have not yet spoken directly with migrants or refugees. That is something we would genuinely like to "
                "do, and we would welcome any introductions the Resource Centre could make."),
        A("2d,2e", "Concerning complaints, anyone can contact our ethics line, which is run by an independent provider "
                   "and accepts reports in English, French and Arabic. Our Human Rights Statement, published last year, "
                   "sets out these commitments and is signed by our CEO."),
        A("3", "Finally, on your last question: we are not planning to stop selling to the region, but we have paused new "
               "orders from one distributor while we look into reports about how its customer treats migrants."),
        G("Please do stay in touch. We know we have more to learn, and we would rather hear about a problem from you "
          "than read about it later."),
        LL("Warm regards,"),
        LL("Aoife Brennan"),
        LL("Head of Sustainability, Lumenfield Thermal Imaging Ltd"),
    ],
)
