# Restated, English, DOCX. Each question repeated in shortened bold form before the answer.
META = {
    "file": "Aurelian - BHRRC survey answers.docx",
    "company": "Aurelian Border Technologies S.L.",
    "aliases": ["Aurelian Border Technologies", "Aurelian"],
    "country": "Spain",
    "listed": True,
    "style": "restated",
    "lang": "en",
    "layout": {"font": "Cambria", "size_pt": 11, "page": "A4", "letterhead_align": "center",
               "letterhead_color": "8B6B00", "letterhead_size_pt": 18},
    "status": {"1a": "answered", "1b": "answered", "1c": "partial", "2a": "partial", "2b": "answered",
               "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    "notes": ("Each question restated in shortened bold form, then answered. "
              "Partial: 1c (points to a references web page published only with client consent, no commitment to lists), "
              "2a (impact assessment asserted; findings confidential, no risks outlined). "
              "Caveated answer(s): 2b (not so far; interviews planned for 2023), "
              "3 (no; stays engaged as long as Spanish and EU export controls allow)."),
}

BLOCKS = [
    ("lh", "Aurelian Border Technologies"),
    ("lhs", "Aurelian Border Technologies S.L. · Calle de Serrano Galvache 56 · 28033 Madrid · España"),
    ("letter", "Madrid, 6 September 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Dear Ms El-Amrani,"),
    ("p", "g", "OT",
     "Thank you for your letter. For clarity we have repeated each of your questions, in shortened form, before our "
     "answer."),
    ("q", "1a", "PC",
     "Do you provide surveillance solutions to government clients in MENA for migration or border control? Which "
     "products and which countries?"),
    ("p", "1a", "PC",
     "Yes. Aurelian supplies automated border control e-gates and mobile biometric enrolment units, together with our "
     "entry-exit management software, to the national police of Morocco for the airports of Casablanca and Marrakech, "
     "and to the Jordanian authorities at Queen Alia International Airport."),
    ("q", "1b", "DS",
     "How many have been distributed at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("p", "1b", "DS",
     "Since 2015 we have installed 126 e-gates at nine sites, all of them airports or seaports, and delivered 40 "
     "mobile enrolment units. None has been delivered for use in a refugee camp."),
    ("q", "1c", "DC", "Will you provide BHRRC with updated lists of products and government clients in the future?"),
    ("p", "1c", "DC",
     "We publish our reference projects on our website whenever the client allows it, and we invite BHRRC to consult "
     "that page."),
    ("q", "2a", "DD",
     "Do you carry out human rights due diligence before supplying MENA governments? Please outline the risks "
     "identified."),
    ("p", "2a", "DD",
     "Yes. For projects with public authorities in non-EU countries we carry out a human rights impact assessment, led "
     "by our compliance department with external support where needed. The results of these assessments are "
     "confidential and are shared with our Board."),
    ("q", "2b", "SE", "Do you consult affected communities and human rights defenders?"),
    ("p", "2b", "SE",
     "Not until now. Our next impact assessment, planned for 2023, will for the first time include interviews with "
     "travellers and with organisations that assist migrants at the sites concerned."),
    ("q", "2c", "MI", "Any other actions to prevent adverse impacts on migrants, refugees and asylum seekers?"),
    ("p", "2c", "MI",
     "Our e-gates only verify travellers against their own travel document; they do not search watchlists. Biometric "
     "data are deleted from the gate as soon as the transaction is complete, and travellers who cannot or do not wish "
     "to use the gate can always go to a staffed booth. Our contracts include data protection clauses modelled on the "
     "GDPR."),
    ("q", "2d", "GM", "Do you have a grievance mechanism?"),
    ("p", "2d", "GM",
     "Yes. Our ethics channel is open to employees and to any external person, can be used anonymously, and is "
     "available in Spanish, English, French and Arabic."),
    ("q", "2e", "PO", "Do you have a human rights policy or internal process governing such sales?"),
    ("p", "2e", "PO",
     "Yes. Our Human Rights Policy (2020) commits us to the UN Guiding Principles and the OECD Guidelines, and our "
     "Sensitive Sales Procedure requires approval by the Compliance Committee before any offer to a border or police "
     "authority outside the EU."),
    ("q", "3", "EX", "Do you plan to stop sales to MENA countries with a track record of human rights violations?"),
    ("p", "3", "EX",
     "No. We believe that well-designed border technology can make crossings faster and more respectful for "
     "travellers, and we prefer to stay engaged with our clients and hold them to our contractual conditions, provided "
     "that Spanish and EU export controls allow the sale."),
    ("letter", "Yours sincerely,"),
    ("sig", "Javier Ortega Llorente"),
    ("sig", "Director of Compliance"),
]
