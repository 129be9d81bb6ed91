# Refusal, English, PDF. Whole reply is a refusal (status declined in campaign.yaml).
META = {
    "file": "Varnholt_BHRRC.pdf",
    "company": "Varnholt Maritime Systems AS",
    "aliases": ["Varnholt Maritime Systems", "Varnholt"],
    "country": "Norway",
    "listed": True,
    "yaml_status": "declined",
    "style": "refusal",
    "lang": "en",
    "layout": {"font": "DejaVu Sans Light", "size_pt": 11, "page": "A4", "letterhead_align": "right",
               "letterhead_color": "0A3D62", "letterhead_size_pt": 15, "heading_font": "DejaVu Sans"},
    "status": {"1a": "declined", "1b": "declined", "1c": "declined", "2a": "declined", "2b": "declined",
               "2c": "declined", "2d": "declined", "2e": "declined", "3": "declined"},
    "notes": ("Blanket refusal citing confidentiality and security classification: one paragraph for question 1, one for the rest. "
              "Partial: none. Caveated answer(s): none."),
}

BLOCKS = [
    ("lh", "Varnholt Maritime Systems AS"),
    ("lhs", "Strandkaien 14, 5013 Bergen, Norway"),
    ("letter", "Bergen, 11 August 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Dear Sir or Madam,"),
    ("p", "g", "OT",
     "We acknowledge receipt of your letter of July 2022 concerning surveillance technology in the Middle East and "
     "North Africa."),
    ("p", "1a 1b 1c", "CD",
     "Varnholt Maritime Systems does not comment on its customers, on the products delivered to them or on the "
     "locations where they are deployed. Much of this information is subject to contractual confidentiality and, in "
     "several cases, to security classification by the governments concerned."),
    ("p", "2a 2b 2c 2d 2e 3", "CD",
     "For the same reasons we are not in a position to share information about our internal compliance processes or "
     "our future commercial plans, and we will not be responding to the individual questions in your letter."),
    ("p", "g", "OT", "We trust you will understand our position."),
    ("letter", "Yours faithfully,"),
    ("sig", "Eirik Hovland"),
    ("sig", "Chief Executive Officer"),
]
