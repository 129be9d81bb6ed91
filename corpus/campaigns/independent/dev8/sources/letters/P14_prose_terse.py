from blocks import LH, LL, A

LETTER = dict(
    file="Re your letter of July 2022.docx",
    company="Ferrow Acoustics Ltd", aliases=["Ferrow Acoustics", "Ferrow"], country="United Kingdom",
    listed=True, campaign_status="responded", style="prose", lang="en", marked_default=False,
    layout=dict(font="DejaVu Sans", size=22, margin=1300),
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "answered",
            "2c": "not_addressed", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Terse prose from a company with no MENA border customers; almost no discourse cues; 1a and 1b answered in one "
          "paragraph, 2b and 2e in another; 2c not addressed.",
    tests="prose without cues; 'no, we do not' answers count as answered; combined paragraphs",
    blocks=[
        LH("FERROW ACOUSTICS LTD"),
        LH("Units 3–4, Harlow Enterprise Park, Harlow CM20 2FB, United Kingdom", fmt="lhs"),
        LL("1 September 2022"),
        LL("Business & Human Rights Resource Centre"),
        LL("Dear Sir or Madam,"),
        A("1a,1b", "Ferrow makes acoustic and seismic sensors for pipeline and perimeter monitoring. We have no government "
                   "customers in the Middle East or North Africa for migration or border control, and none of our "
                   "products has been installed at border crossings, checkpoints or refugee camps."),
        A("1a", "Our only sales into the region are to two oil and gas operators in Oman and Algeria, which use the "
                "sensors to detect tampering with pipelines. Neither contract involves a government agency or any "
                "monitoring of people, and we do not sell through distributors who could pass the sensors on to other buyers."),
        A("1c", "If that changes, we are willing to tell you. We see no difficulty in sending you a short note each year "
                "confirming whether we have any border or migration customers in the region."),
        A("2a", "Every export order is checked against UK sanctions lists and the consolidated list of restricted "
                "parties, and we apply for export licences where the product requires one. We have not carried out human "
                "rights due diligence specific to migration, because our products are not used in that context."),
        A("2d", "We have a whistleblowing policy for staff. External parties can write to the company secretary, whose "
                "contact details are on our website, and every letter is acknowledged within ten working days."),
        A("2b,2e", "We have not consulted migrant or refugee communities and have no human rights policy beyond our code "
                   "of conduct, which commits staff to comply with the law and to treat people fairly."),
        A("3", "We have no sales to stop. We would not accept an order from a border agency in the region without first "
               "taking external advice on the human rights risks involved."),
        LL("Regards,"),
        LL("Tom Hadley"),
        LL("Technical Director, Ferrow Acoustics Ltd"),
    ],
)
