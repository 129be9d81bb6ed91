# Annex, English, PDF. Short cover letter + Annex A with numbered answers in the company's own notation
# "(i)(a)" ... "(ii)(e)", "(iii)" (marked).
META = {
    "file": "Castellan cover letter and annex.pdf",
    "company": "Castellan Integrated Security plc",
    "aliases": ["Castellan Integrated Security", "Castellan"],
    "country": "United Kingdom",
    "listed": True,
    "style": "annex",
    "lang": "en",
    "annex_marked": True,
    "layout": {"font": "DejaVu Serif", "size_pt": 11, "page": "A4", "letterhead_align": "center",
               "letterhead_color": "14213D", "letterhead_size_pt": 24, "heading_color": "14213D"},
    "footer": "Castellan Integrated Security plc · Registered in England No. 04417783 · Page {PAGE}",
    "status": {"1a": "answered", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "partial",
               "2c": "answered", "2d": "answered", "2e": "answered", "3": "partial"},
    "notes": ("Cover letter carries nothing; Annex A answers with '(i)(a)'-style numbering matching the questions. "
              "Partial: 2b (meetings with residents and municipalities near construction sites, not migrants or defenders), "
              "3 (describes a yearly country risk classification; no answer on stopping). "
              "Caveated answer(s): 2c (clauses and training, with limited influence after handover)."),
}

BLOCKS = [
    ("lh", "CASTELLAN"),
    ("lhs", "Castellan Integrated Security plc · 40 Lombard Crescent · London EC3V 9BQ"),
    ("letter", "London, 16 September 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Dear Ms El-Amrani,"),
    ("p", "g", "OT",
     "Thank you for your letter of 21 July 2022 concerning surveillance technology in the context of migration and "
     "border control in the Middle East and North Africa."),
    ("p", "g", "OT",
     "Castellan is a systems integrator. We design, build and maintain border security programmes that combine "
     "fencing, sensors, camera towers and command centres, using equipment from a number of manufacturers. We have set "
     "out our responses to your questions in the annex to this letter, numbered (i) to (iii) in line with the three "
     "parts of your questionnaire."),
    ("p", "g", "OT",
     "We would welcome a conversation with the Resource Centre once you have had the chance to review them."),
    ("letter", "Yours sincerely,"),
    ("sig", "Alistair Penhaligon"),
    ("sig", "Group Director, Ethics and Compliance"),
    ("heading", "g", "OT", "Annex A – Responses to the Resource Centre's questionnaire"),
    ("annex", "1a", "PC",
     "(i)(a) Yes. Castellan is the prime contractor for integrated border surveillance programmes in the State of "
     "Qatar and the State of Kuwait, covering sensor fences, camera towers with radar, and the command-and-control "
     "centres that receive their data.",
     {"bold": "(i)(a)"}),
    ("annex", "1b", "DS",
     "(i)(b) Over the past ten years we have delivered four programmes in the region, covering in total some 311 km of "
     "land border and 29 vehicle checkpoints. We have not delivered any system to a refugee camp.",
     {"bold": "(i)(b)"}),
    ("annex", "1c", "DC",
     "(i)(c) We are not in a position to commit to providing ongoing lists of our products and clients. We will, "
     "however, continue to respond to specific enquiries from the Resource Centre.",
     {"bold": "(i)(c)"}),
    ("annex", "2a", "DD",
     "(ii)(a) Yes. Before bidding we carry out a human rights risk assessment of the country, the client and the "
     "proposed scope, which is reviewed by our Ethics Committee. For the programmes above we identified the following "
     "risks: that detection could lead to the use of excessive force against people crossing irregularly; that people, "
     "including asylum seekers, could be returned without access to protection procedures; and that camera and "
     "identity data could be retained and shared without legal safeguards.",
     {"bold": "(ii)(a)"}),
    ("annex", "2b", "SE",
     "(ii)(b) Our project teams hold regular meetings with communities living near construction sites, including "
     "landowners and local municipalities, to address concerns about land use, noise and access.",
     {"bold": "(ii)(b)"}),
    ("annex", "2c", "MI",
     "(ii)(c) Our contracts include human rights clauses and data retention limits, and we deliver human rights "
     "training to client operators at every handover. Our ability to influence how a sovereign client uses a system "
     "after handover is necessarily limited, but where we continue to maintain a system we report any misuse we "
     "observe to the Ethics Committee.",
     {"bold": "(ii)(c)"}),
    ("annex", "2d", "GM",
     "(ii)(d) Yes. Our Speak Up line is open to employees, to the workers of our subcontractors and to members of the "
     "public, in English and Arabic.",
     {"bold": "(ii)(d)"}),
    ("annex", "2e", "PO",
     "(ii)(e) Yes. Our Human Rights Policy, approved by the Board, and our Bid Approval Procedure require an Ethics "
     "Committee review of every bid for a government security programme outside the United Kingdom.",
     {"bold": "(ii)(e)"}),
    ("annex", "3", "EX",
     "(iii) Our country risk classification determines where we are prepared to bid, and it is reviewed every year by "
     "the Ethics Committee.",
     {"bold": "(iii)"}),
]
