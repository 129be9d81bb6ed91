# Prose, English, PDF. Terse engineer; no cues; 2c+2e in one paragraph; order differs (1c last).
META = {
    "file": "MGS-BHRRC-2022-08-19.pdf",
    "company": "Meridian Gatehouse Security Ltd",
    "aliases": ["Meridian Gatehouse Security", "Meridian Gatehouse"],
    "country": "United Kingdom",
    "listed": True,
    "style": "prose",
    "lang": "en",
    "layout": {"font": "DejaVu Sans Condensed", "size_pt": 10.5, "page": "A4", "letterhead_align": "right",
               "letterhead_color": "000000", "letterhead_size_pt": 13, "para_after_pt": 10},
    "status": {"1a": "answered", "1b": "answered", "1c": "answered", "2a": "partial", "2b": "answered",
               "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    "notes": ("Terse engineer's prose, no cues; one paragraph covers 2c and 2e, another 1a and 1b. "
              "Partial: 2a (a one-line risk review is asserted; no risks outlined). "
              "Caveated answer(s): 2c (30-day default retention that the customer can change), "
              "2e (no migration-specific policy, only the general code of conduct), "
              "3 (no plans to stop unless UK licences are refused)."),
}

BLOCKS = [
    ("lh", "Meridian Gatehouse Security Ltd"),
    ("lhs", "Tarn House, 3 Foundry Lane, Sheffield S3 8AE"),
    ("letter", "19 August 2022"),
    ("letter", "Dear BHRRC team,"),
    ("p", "g", "OT",
     "Thanks for the questions. Short answers below from the engineering side, which runs our overseas projects. We "
     "are a company of 95 people; most of our work is car parks, ports and logistics sites in the UK, and border "
     "projects are a small part of what we do."),
    ("p", "1a 1b", "PC",
     "We supply automatic number plate recognition (ANPR) cameras, under-vehicle inspection scanners and the lane "
     "software that ties them together. In the region our customers are the customs authority in Jordan and the port "
     "authority in Alexandria, Egypt. Installed since 2015: 62 ANPR lanes at five land crossings in Jordan, 11 "
     "under-vehicle scanners at the same crossings, and 8 ANPR lanes at the Alexandria port gate. Nothing at refugee "
     "camps."),
    ("p", "2c 2e", "MI",
     "The ANPR units read number plates, not faces, and the scanners image the underside of vehicles only. Retention is "
     "set to 30 days in the firmware by default, and under-vehicle images are overwritten after 7 days. The customer can change that setting and we can't stop them. We don't "
     "have a policy specific to migration or border work; our general code of conduct, which covers human rights and "
     "export compliance, applies to these projects like any other."),
    ("p", "2a", "DD",
     "Every export gets a risk review by the projects team and the finance director before we quote."),
    ("p", "2b", "SE",
     "We have not held consultations with migrants, refugees or human rights defenders as part of that review."),
    ("p", "2d", "GM",
     "Complaints can go to complaints@meridiangatehouse.co.uk. Anyone can use it, inside or outside the company, and "
     "it is read by a director. We reply within ten working days."),
    ("p", "3", "EX",
     "We have no plans to stop. If the UK government refused or revoked a licence we would stop supplying that "
     "country, as we would have to."),
    ("p", "1c", "DC",
     "Yes. We can send you an updated list of products and customers in the region every January. It would show the "
     "product and the agency, not contract values."),
    ("letter", "Regards,"),
    ("sig", "Dev Raman"),
    ("sig", "Engineering Director"),
]
