from blocks import LH, LL, G, A, H

LETTER = dict(
    file="ATK to BHRRC 19.08.2022 (Corvane).pdf",
    company="Corvane Defence Systems Ltd", aliases=["Corvane"], country="United Kingdom",
    listed=True, campaign_status="responded", style="markers", lang="en", marked_default=True,
    layout=dict(font="DejaVu Serif", size=22, justify=True, margin=1400,
                footer="Ashby Thorne & Kell LLP is a limited liability partnership registered in England and Wales "
                       "(OC512877). Authorised and regulated by the Solicitors Regulation Authority."),
    status={"1a": "partial", "1b": "declined", "1c": "declined", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "not_addressed", "2e": "answered", "3": "answered"},
    notes="Law firm writing for its client; sub-questions renamed as Roman-numbered 'limbs' under 'Enquiry N' headings, "
          "two combined headings, 2d skipped, client's policy clauses quoted by number inside an answer. "
          "Partial: 1a (product types given, countries withheld).",
    tests="solicitors' letter for a client; 'Enquiry 2 — limb (v)'-type headings on their own line (Roman limbs = letters); "
          "combined limbs; clause numbers quoted inside an answer; one sub-question skipped",
    blocks=[
        LH("ASHBY THORNE & KELL LLP"),
        LH("Solicitors · 14 Carrow Street · London EC4A 2DQ · United Kingdom", fmt="lhs"),
        LL("Our ref: RJP/CDS/0457-22"),
        LL("Your ref: MENA surveillance outreach, July 2022"),
        LL("19 August 2022"),
        LL("Business & Human Rights Resource Centre, by email only"),
        LL("Dear Sirs,"),
        G("We act for Corvane Defence Systems Ltd (\"our client\" or \"Corvane\") in connection with your letter of "
          "21 July 2022 addressed to its Chief Executive, and our client has asked us to respond on its behalf. Nothing "
          "in this letter constitutes a waiver of privilege or an admission of any kind, and our client reserves all of its rights."),
        G("For ease of reference we follow the structure of your letter. Your three numbered questions are referred to "
          "below as Enquiries 1 to 3, and the lettered sub-questions within each of them as limbs, numbered (i) onwards "
          "in the order in which they appear."),
        H("1a", "Enquiry 1 — limb (i)", fmt="h3"),
        A("1a", "Our client designs and manufactures ground surveillance radars and long-range electro-optical sensor "
                "masts. A small proportion of those products has been supplied, directly or through prime contractors, "
                "to government end users in the Middle East and North Africa, including ministries responsible for "
                "border security. Our client's contracts contain confidentiality provisions and it is not in a position "
                "to name the countries concerned."),
        H("1b,1c", "Enquiry 1 — limbs (ii) and (iii)", fmt="h3"),
        A("1b,1c", "Our client does not keep records in the form your letter envisages and, in any event, information "
                   "about numbers of units, sites and customers is commercially sensitive and subject to contractual "
                   "confidentiality. Our client is therefore unable to give the figures requested, and it is not able "
                   "to commit to providing lists of products, clients or border agencies in the future.",
          topic="confidentiality_decline"),
        H("2a", "Enquiry 2 — limb (i)", fmt="h3"),
        A("2a", "Before any export to a government end user, Corvane's trade compliance team carries out a documented "
                "review which, since 2020, has included a human rights assessment of the destination country and of the "
                "stated end use. The review considers, among other factors, the risk that sensor data may be used to "
                "locate and intercept people in distress rather than to rescue them, the risk of transfer to security "
                "forces other than the declared end user, and the risk that data may be retained or shared without a "
                "lawful basis."),
        A("2a", "The relevant obligations are set out in our client's Responsible Business Code. Clause 4.2 of that Code "
                "provides that \"no sale shall proceed to a state end user where there is a clear risk that the product "
                "will be used in the commission of serious violations of international human rights law\", and clause "
                "4.3 requires any such concern to be escalated to the Board's Ethics Committee, whose decision is final.",
          topic="policy_commitment"),
        H("2b,2c", "Enquiry 2 — limbs (ii) and (iii)", fmt="h3"),
        A("2b", "Our client has not consulted migrants, refugees or asylum seekers directly. It has, however, met twice "
                "with a non-governmental organisation working on maritime search and rescue in order to understand how "
                "radar coverage is used in practice, and it is open to further engagement of that kind."),
        A("2c", "As to other measures, all relevant contracts now include an end-use undertaking restricting use of the "
                "equipment to the declared border-security purpose, a prohibition on re-export without consent and a "
                "right for our client to suspend software updates and maintenance if credible evidence of misuse "
                "emerges. Operator training delivered by our client includes a module on the obligations of coastal "
                "states to render assistance to persons in distress at sea."),
        H("2e", "Enquiry 2 — limb (v)", fmt="h3"),
        A("2e", "The Responsible Business Code referred to above was approved by our client's Board in March 2021 and is "
                "reviewed annually. It is supplemented by an internal export approval procedure under which sales to "
                "government end users in higher-risk jurisdictions require the sign-off of the General Counsel and of a "
                "second director."),
        H("3", "Enquiry 3", fmt="h3"),
        A("3", "Our client's decisions are taken case by case, in accordance with the Code and with the licensing "
               "decisions of the UK Export Control Joint Unit. It has no present plan to withdraw from the region as a "
               "whole, but it has declined individual opportunities in the past and will continue to do so where the "
               "risks cannot be adequately mitigated."),
        G("We trust that this is of assistance. Should you intend to publish this response, we would ask that it be "
          "published in full and that our client's name is not associated with any allegation to which it has not had "
          "an opportunity to respond."),
        LL("Yours faithfully,"),
        LL("Ashby Thorne & Kell LLP"),
    ],
)
