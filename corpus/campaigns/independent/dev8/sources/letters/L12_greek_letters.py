from blocks import LH, LL, G, A

LETTER = dict(
    file="response.docx",
    company="Thermaikos Optical Systems S.A.", aliases=["Thermaikos Optical Systems"], country="Greece",
    listed=False, campaign_status="responded", style="markers", lang="en", marked_default=True,
    layout=dict(font="DejaVu Sans", size=21, margin=1300),
    status={"1a": "answered", "1b": "declined", "1c": "partial", "2a": "partial", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "not_addressed", "3": "answered"},
    notes="Unlisted company; sub-questions labelled with Greek letters (1(α), 2(δ)) as bold run-ins, one combined label "
          "2(β)–(γ) followed by a second unlabelled paragraph, 2e skipped, and an inline (a)/(b)/(c) enumeration inside "
          "2(α). Partial: 1c (new countries notified, no lists); 2a (checks described, no risks identified).",
    tests="unknown company; Greek-letter labels; combined label spanning two paragraphs; Latin (a)(b)(c) inside an answer; "
          "a skipped sub-question",
    blocks=[
        LH("THERMAIKOS OPTICAL SYSTEMS S.A."),
        LH("Industrial Area of Sindos, Block 42 · 57022 Thessaloniki · Greece", fmt="lhs"),
        LL("Thessaloniki, 5 September 2022"),
        LL("To the Business & Human Rights Resource Centre"),
        LL("Dear Sirs,"),
        G("In reply to your letter of July 2022 we provide the information below. As is customary in Greek "
          "administrative correspondence, we refer to the lettered sub-questions by Greek letters."),
        A("1a", "**1(α)** Our company produces long-range thermal cameras and pan-tilt surveillance platforms. In the MENA "
                "region our only government customer for border control is the Border Guard of Egypt, which purchased "
                "vehicle-mounted thermal systems in 2018 and 2020."),
        A("1b", "**1(β)** We are not able to give the number of systems, as the contracts are covered by confidentiality "
                "provisions requested by the customer.", topic="confidentiality_decline"),
        A("1c", "**1(γ)** We can inform you if we begin supplying a new country in the region. We cannot provide lists "
                "of customers or agencies."),
        A("2a", "**2(α)** Yes. Before we sign a contract with a government customer outside the EU, our export compliance "
                "manager checks three things: (a) that an export licence from the Ministry of Foreign Affairs has been "
                "granted where required; (b) that the end user is not subject to EU sanctions; and (c) that the end-user "
                "certificate names the unit that will operate the equipment. We have not identified specific human "
                "rights risks for the Egyptian contracts beyond the general country situation."),
        A("2b", "**2(β)–(γ)** We have not held consultations with migrants, refugees or human rights defenders, and we "
                "have no plans to do so at present."),
        A("2c", "Our cameras do not record images and are not connected to any identification system, which in our view "
                "limits the risk of mass data collection or of the tracking of individuals. Operators are trained by our "
                "engineers, and the training includes the handling of people found in distress."),
        A("2d", "**2(δ)** Complaints from any person can be sent to our compliance officer by post or by email. We have "
                "received no complaints concerning our border customers."),
        A("3", "**3** We have no plans to stop. We comply with all decisions of the Greek licensing authority and with EU "
               "restrictive measures, and we would not supply a customer to whom a licence had been refused."),
        G("We remain at your disposal for any further clarification and thank you for your understanding regarding "
          "the confidential aspects of our contracts."),
        LL("Yours faithfully,"),
        LL("Nikos Papadellis"),
        LL("Managing Director, Thermaikos Optical Systems S.A."),
    ],
)
