# Prose, English, PDF. Candid drone maker; few discourse cues; order differs from the questionnaire.
META = {
    "file": "Halvorsen Kettering - response to BHRRC questionnaire.pdf",
    "company": "Halvorsen Kettering Aerial Systems Ltd",
    "aliases": ["Halvorsen Kettering"],
    "country": "United Kingdom",
    "listed": True,
    "style": "prose",
    "lang": "en",
    "layout": {"font": "DejaVu Serif", "size_pt": 10.5, "page": "A4", "letterhead_align": "left",
               "letterhead_color": "1F3864", "justify": False},
    "footer": "Halvorsen Kettering Aerial Systems Ltd · Registered in England and Wales No. 08817342 · Page {PAGE}",
    "status": {"1a": "answered", "1b": "partial", "1c": "answered", "2a": "answered", "2b": "answered",
               "2c": "answered", "2d": "not_addressed", "2e": "answered", "3": "answered"},
    "notes": ("Candid prose letter, no cues; starts with 1a then jumps to 3; one paragraph answers 2a and 2e; 2d skipped. "
              "Partial: 1b (only 'a handful of complete systems', exact figure withheld for one customer). "
              "Caveated answer(s): 1c (yearly list offered but entries may be withheld if a customer objects), "
              "2b (plain no, softened by one meeting with a rescue charity), "
              "3 (no plan to leave the region; only Libya and one Gulf enquiry excluded)."),
}

BLOCKS = [
    ("lh", "Halvorsen Kettering Aerial Systems Ltd"),
    ("lhs", "Unit 4, Larkspur Business Park, Yeovil, Somerset BA21 7QX, United Kingdom"),
    ("letter", "17 August 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "By email"),
    ("letter", "Dear Ms El-Amrani,"),
    ("p", "g", "OT",
     "Thank you for your letter of 21 July. We are a company of about 140 people that designs and builds fixed-wing "
     "unmanned aircraft for maritime patrol, and I have tried to answer you plainly rather than send a policy document."),
    ("p", "1a", "PC",
     "Two of our customers are government agencies in the region whose work includes migration. The maritime district "
     "of the Tunisian National Guard operates our Skua MR-3 aircraft with their ground control stations, delivered in "
     "2019 and 2021, and the Jordanian armed forces took a smaller land-border variant, the Skua LB, in 2020 for use "
     "along the country's eastern border. We have no other customers in the Middle East or North Africa."),
    ("p", "3", "EX",
     "We do not intend to withdraw from the region. What we have done is draw some lines. We will not sell to any "
     "Libyan authority while the country has competing governments and migrants are held in the detention centres "
     "documented by the UN, and in 2021 we turned down an enquiry from a Gulf buyer because the stated end use was not "
     "credible. Beyond those cases we will keep selling where the UK grants an export licence and our own review comes "
     "out positive."),
    ("p", "2a 2e", "DD",
     "That review is carried out by the sales director and our compliance manager before we bid. Since March 2021 it "
     "has been a written procedure approved by the board, and it cannot be skipped for a sale to a government. For the "
     "Tunisian contract the risks we wrote down were that imagery from our aircraft could help intercept boats and "
     "return people to a place where they face detention or ill-treatment, that people in distress might be seen but "
     "not rescued, and that video of identifiable people could be kept and shared without limit. For Jordan the main "
     "risk we identified was the aircraft being used to direct force against people crossing the border."),
    ("p", "2c", "MI",
     "Our response to those risks is mostly contractual and practical. Both contracts oblige the operator to pass any "
     "sighting of a boat in distress to the responsible rescue coordination centre, and the ground station software "
     "logs sightings so that this can be checked afterwards. The aircraft cannot carry weapons, and we do not supply "
     "facial recognition or any other tool for identifying individuals from the video. We train the operators "
     "ourselves, and since 2021 the course has included a session on search and rescue obligations and the rights of "
     "people at sea."),
    ("p", "1b", "DS",
     "The numbers involved are small: a handful of complete systems across both customers, each made up of a few "
     "aircraft and a ground station, operated from coastal bases and border posts. None are at refugee camps. We would "
     "rather not give the exact count for Jordan, whose contract treats it as sensitive."),
    ("p", "2b", "SE",
     "We have not consulted migrants, refugees or human rights defenders, and I do not want to suggest otherwise. Our "
     "only contact of that kind was a meeting in 2021 with a sea rescue charity, which is where the reporting "
     "requirement on boats in distress came from. We would be open to suggestions on how a company of our size could "
     "do more."),
    ("p", "1c", "DC",
     "We can send you an update once a year listing the products we have delivered to government customers in the "
     "region and the agencies that received them. If a customer objects under its contract, we will tell you that an "
     "entry has been withheld rather than leave it out silently."),
    ("letter", "Yours sincerely,"),
    ("sig", "Martin Oyelaran-Hughes"),
    ("sig", "Managing Director"),
]
