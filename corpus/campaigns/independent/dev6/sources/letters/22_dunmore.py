# Refusal, English, PDF. Answers three questions in part (1a, 2a, 2e) and then refuses the rest.
# Not a whole-reply refusal, so it is listed as "responded".
META = {
    "file": "Dunmore Kinetics - reply.pdf",
    "company": "Dunmore Kinetics Ltd",
    "aliases": ["Dunmore Kinetics"],
    "country": "Ireland",
    "listed": True,
    "yaml_status": "responded",
    "style": "refusal",
    "lang": "en",
    "layout": {"font": "DejaVu Serif Condensed", "size_pt": 11, "page": "A4", "letterhead_align": "left",
               "letterhead_color": "2F5233", "letterhead_size_pt": 18},
    "status": {"1a": "partial", "1b": "declined", "1c": "declined", "2a": "partial", "2b": "declined",
               "2c": "declined", "2d": "declined", "2e": "partial", "3": "declined"},
    "notes": ("Short refusal that first answers three questions in part, then declines the remaining ones. "
              "Partial: 1a (products and 'including in the Middle East', no countries), "
              "2a (only export licensing and sanctions compliance), "
              "2e (Board-approved Ethics Policy named, not described). Caveated answer(s): none."),
}

BLOCKS = [
    ("lh", "Dunmore Kinetics"),
    ("lhs", "Dunmore Kinetics Ltd · Unit 7, Poolbeg Technology Campus · Dublin 4 · Ireland"),
    ("letter", "30 August 2022"),
    ("letter", "Dear Resource Centre,"),
    ("p", "1a", "PC",
     "Thank you for your letter. We can confirm that Dunmore Kinetics supplies counter-drone systems and compact "
     "ground radars to government customers, including in the Middle East. We do not identify individual countries or "
     "customers."),
    ("p", "2a", "EC",
     "All of our exports outside the European Union are made under licences issued by the Department of Enterprise, "
     "Trade and Employment, and we comply fully with the EU Dual-Use Regulation and with applicable sanctions."),
    ("p", "2e", "PO",
     "Sales to government customers are governed by our Ethics Policy, which is approved by the Board and reviewed "
     "every year."),
    ("p", "1b 1c 2b 2c 2d 3", "CD",
     "Beyond this, we are unable to respond to your remaining questions. Details of our deployments and customers are "
     "commercially sensitive and in many cases protected by confidentiality agreements, and we do not discuss our "
     "internal processes or commercial plans with third parties."),
    ("letter", "Yours faithfully,"),
    ("sig", "Ciarán Fitzgerald-Nolan"),
    ("sig", "Company Secretary"),
]
