from blocks import LH, LL, G, A, H

LETTER = dict(
    file="BHRRC-enquiry-response-final-v3.docx",
    company="Brantwood Secure Services plc", aliases=["Brantwood Secure Services", "Brantwood"],
    country="United Kingdom", listed=True, campaign_status="responded", style="markers", lang="en",
    marked_default=True,
    layout=dict(font="DejaVu Sans", size=21, margin=1250,
                footer="Brantwood Secure Services plc · Registered office: 2 Fennel Yard, Reading RG1 3PL · "
                       "Registered in England and Wales No. 04417285 · OFFICIAL"),
    status={"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="Public-sector contractor using bid-response sections: questions 1-3 become Sections A-C and sub-questions "
          "are numbered A1-A3 and B1-B5; headings on their own line restate the subject; quoted policy clauses 7.1-7.3 "
          "appear as numbered paragraphs inside the B5 answer.",
    tests="letter+number scheme (A2 = 1b, B4 = 2d, C = 3) in headings; quoted clauses '7.1'/'7.2'/'7.3' that look like labels "
          "but belong to the B5 answer",
    blocks=[
        LH("Brantwood Secure Services plc"),
        LH("2 Fennel Yard · Reading RG1 3PL · United Kingdom", fmt="lhs"),
        LL("Date: 24 August 2022"),
        LL("Our reference: BSS/CA/2022/118"),
        LL("FAO: Business & Human Rights Resource Centre"),
        LL("Dear Resource Centre,"),
        G("Thank you for your letter of July 2022. Brantwood provides managed security services and integrated "
          "surveillance systems, mainly to public authorities in the United Kingdom, the Gulf and North Africa. As a "
          "supplier to government we are used to clarification requests, and we have set out our response in the format "
          "we use for them: Section A corresponds to your question 1, Section B to your question 2 and Section C to your "
          "question 3."),
        H("1a", "A1 — Products supplied and countries", fmt="h2"),
        A("1a", "Brantwood has supplied, and maintains, CCTV and automatic number plate recognition (ANPR) systems at two "
                "land border crossings operated by the customs authority of the United Arab Emirates, and a vehicle "
                "screening system at a port of entry in Oman. We provide no services to refugee camps and no "
                "interception or biometric systems."),
        H("1b", "A2 — Number of systems deployed", fmt="h2"),
        A("1b", "Over the period 2014–2022 we have delivered six installations under four contracts: four at the two UAE "
                "crossings (two original installations and two upgrades) and two at the Omani port. These figures include "
                "systems that have since been decommissioned."),
        H("1c", "A3 — Future disclosure", fmt="h2"),
        A("1c", "We are willing to confirm to the Resource Centre once a year whether the information above remains "
                "accurate and to add any new country or border agency. Where a contract requires the customer's consent "
                "before its existence is disclosed, we will seek that consent."),
        H("2a", "B1 — Due diligence and risks", fmt="h2"),
        A("2a", "Yes. Every bid above £250,000 to a non-UK public authority is subject to a Human Rights Impact Screening "
                "carried out by our Ethics and Compliance function. The screening covers the legal framework of the "
                "destination, the record of the end user, the nature of the data the system processes and the likelihood "
                "of function creep. For the contracts listed above, the principal risks recorded were the linkage of ANPR "
                "data to watch lists without judicial oversight and the retention of images beyond operational need."),
        H("2b", "B2 — Engagement with affected communities", fmt="h2"),
        A("2b", "We have not consulted migrants or refugees, whose contact with our systems at vehicle crossings is "
                "limited. We consult civil society organisations in the UK on our human rights approach through an annual "
                "stakeholder round table."),
        H("2c", "B3 — Other safeguards", fmt="h2"),
        A("2c", "Our systems are configured to delete ANPR reads that do not match an alert after 90 days, access is "
                "restricted to named user accounts with audit logs, and our maintenance staff are instructed to report "
                "any request to extend a system to facial recognition or to the tracking of individuals."),
        H("2d", "B4 — Complaints", fmt="h2"),
        A("2d", "Concerns can be raised confidentially through our Speak Up line, which is operated by an independent "
                "provider and is open to members of the public as well as to employees. Details are published on our "
                "website in English and Arabic."),
        H("2e", "B5 — Policy and internal process", fmt="h2"),
        A("2e", "Our Human Rights Policy was adopted in 2019 and is published on our website. For ease of reference, the "
                "relevant clauses of section 7 of the Policy (Sales to Public Authorities) read as follows:"),
        A("2e", "7.1 The Company will not supply systems designed for the identification of individuals to a public "
                "authority in a country where there is a substantial risk that they will be used for the persecution of "
                "any group.", fmt="quote"),
        A("2e", "7.2 Every proposed supply within the scope of clause 7.1 shall be screened under the Human Rights Impact "
                "Screening procedure before a bid is submitted.", fmt="quote"),
        A("2e", "7.3 Where credible evidence of misuse comes to the Company's attention, the Company shall suspend support "
                "and maintenance services pending a review by the Group Executive Committee.", fmt="quote",
          topic="mitigation"),
        H("3", "C — Plans to stop supply", fmt="h2"),
        A("3", "We do not plan a general withdrawal from the region. Under clause 7.3 quoted above we suspended maintenance "
               "at one site in 2021 for four months pending a review; services resumed after the customer gave written "
               "assurances. All our exports are made under licences from the Export Control Joint Unit."),
        G("We trust that this answers your questions. If you wish to discuss any aspect of this response, please contact "
          "me at the address above."),
        LL("Yours sincerely,"),
        LL("Graham Pettifer"),
        LL("Director, Ethics and Compliance"),
    ],
)
