# Prose, English, DOCX. UNLISTED satellite-imagery company (named only in letterhead/signature). Candid and terse;
# no cues; opens with 2a+2c; 3 skipped.
META = {
    "file": "response.docx",
    "company": "Kestrel Orbit Imaging S.A.",
    "country": "Luxembourg",
    "listed": False,
    "style": "prose",
    "lang": "en",
    "layout": {"font": "Arial", "size_pt": 10, "page": "A4", "letterhead_align": "left",
               "letterhead_color": "4D4D4D", "letterhead_size_pt": 16, "margins_cm": (2.0, 2.5, 2.0, 2.5)},
    "status": {"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "answered",
               "2c": "answered", "2d": "answered", "2e": "partial", "3": "not_addressed"},
    "notes": ("Unlisted satellite-imagery firm; candid, no cues; starts with a paragraph answering 2a and 2c; 3 skipped. "
              "Partial: 1c (non-committal: depends on the customers, ask again next year), "
              "2e (an internal sales review exists but is not described). "
              "Caveated answer(s): 1a (countries given, but contracts also cover smuggling and actual use is not visible), "
              "1b (nothing installed on site; roughly 4,100 image scenes delivered)."),
}

BLOCKS = [
    ("lh", "KESTREL ORBIT IMAGING"),
    ("lhs", "12, rue de l'Aéroport · L-1110 Luxembourg"),
    ("letter", "5 September 2022"),
    ("letter", "To: Business & Human Rights Resource Centre"),
    ("letter", "Re: your questionnaire on surveillance technology and migration in MENA"),
    ("letter", "Dear Ms El-Amrani,"),
    ("p", "2a 2c", "DD",
     "The risk we worry about most is simple: satellite imagery can show where groups of people are in open desert or "
     "at sea, and a government can use that to intercept them rather than help them. We looked at this before signing "
     "any border-related work in the region, along with two other risks: resale of our imagery to third parties, and "
     "use of our analytics to map informal settlements for eviction. Our answer was to restrict what we deliver. We do "
     "not task imagery over refugee camps, we do not sell imagery sharper than 50 cm for border work, and border "
     "customers receive imagery no sooner than 24 hours after capture, which makes it useless for real-time "
     "interception."),
    ("p", "1a", "PC",
     "We sell optical satellite imagery and a change-detection service that flags new tracks, vehicles and "
     "structures. In the Middle East and North Africa we have two government customers whose use includes border "
     "monitoring, one in Oman and one in Morocco. Neither contract is only about migration; both also cover smuggling "
     "and maritime safety, and we cannot see exactly how each image is used once delivered."),
    ("p", "2b", "SE",
     "We have not consulted migrants, refugees or human rights defenders. We are a company of 60 people in Luxembourg "
     "with nobody on the ground in the region, and I would rather say so than pretend otherwise."),
    ("p", "1b", "DS",
     "Nothing we sell is installed at a border crossing, checkpoint or camp, since imagery is delivered through our "
     "web portal. If you want a number: since 2017 roughly 4,100 image scenes covering border areas in the region have "
     "been delivered to those two customers."),
    ("p", "2e", "PO",
     "There is an internal sales review process for government work. It is not a published policy."),
    ("p", "2d", "GM",
     "Anyone can write to the compliance address on our website, and messages go straight to our general counsel. "
     "Nothing related to migration has come in through it so far."),
    ("p", "1c", "DC",
     "Whether we can give you updated customer lists would depend on the customers. Ask us again next year."),
    ("letter", "Regards,"),
    ("sig", "Tomas Beaulieu-Krier"),
    ("sig", "Chief Executive Officer, Kestrel Orbit Imaging S.A."),
]
