# Headings, English, PDF. Warm CSR voice; the company's own topical headings (no question numbers); a bullet list.
# Topical headings are not question markers, so "marked" is false throughout (see README).
META = {
    "file": "Fennick Stroud response BHRRC.pdf",
    "company": "Fennick & Stroud Surveillance Solutions Ltd",
    "aliases": ["Fennick & Stroud"],
    "country": "United Kingdom",
    "listed": True,
    "style": "headings",
    "lang": "en",
    "layout": {"font": "DejaVu Sans", "size_pt": 10.5, "page": "A4", "letterhead_align": "left",
               "letterhead_color": "00695C", "heading_color": "00695C", "letterhead_size_pt": 20},
    "footer": "Fennick & Stroud Surveillance Solutions Ltd · Registered in England & Wales 09124488 · Page {PAGE}",
    "status": {"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "partial",
               "2c": "answered", "2d": "partial", "2e": "answered", "3": "answered"},
    "notes": ("Topical headings of the company's own, one per question, with a bullet list under the safeguards heading. "
              "Partial: 2b (only early conversations with IOM about hearing from people on the move), "
              "2d (channel for customers and partners via account managers; nothing for affected people). "
              "Caveated answer(s): 1b (48 systems, but flights are not tracked so camp use cannot be excluded), "
              "3 (not leaving the region; embargoes respected and individual sales declined)."),
}

BLOCKS = [
    ("lh", "Fennick & Stroud"),
    ("lhs", "Surveillance Solutions · 2 Harbour Yard · Portsmouth PO1 3LJ"),
    ("letter", "25 August 2022"),
    ("letter", "Nour El-Amrani"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Dear Nour,"),
    ("p", "g", "OT",
     "Thank you for your letter and for giving us the chance to explain our work. Rather than answer question by "
     "question, we have grouped our response under a few themes that we hope cover everything you asked."),
    ("heading", "1a", "PC", "Who we work with in the region"),
    ("p", "1a", "PC",
     "Fennick & Stroud designs small unmanned aerial systems and the command-and-control software used to view and "
     "share their video. In North Africa our government customers with a border role are a border security agency in "
     "Tunisia and one in Mauritania, both of which use our systems along land borders and, in Tunisia, along the "
     "coast."),
    ("heading", "1b", "DS", "The scale of our deployments"),
    ("p", "1b", "DS",
     "Over the past eight years we have delivered 48 mini-UAV systems to those two customers. As far as we know, three "
     "are routinely flown from fixed checkpoints and the rest from mobile patrol units. We have no information "
     "suggesting any have been used in or around refugee camps, although we do not track every flight."),
    ("heading", "1c", "DC", "Keeping you informed"),
    ("p", "1c", "DC",
     "We would be happy to send the Resource Centre an update each year on the products we supply and the government "
     "customers we serve in the region."),
    ("heading", "2a", "DD", "How we assess human rights risk"),
    ("p", "2a", "DD",
     "Every proposed sale to a government customer outside the UK and EU goes through our Human Rights Risk Review "
     "before we make an offer. For our North African customers the review identified three risks in particular: aerial "
     "video being used to intercept people and return them to danger, including at sea; footage of identifiable people "
     "being retained and shared with other agencies; and our drones being used to monitor protests rather than "
     "borders."),
    ("heading", "2b", "SE", "Listening to people affected"),
    ("p", "2b", "SE",
     "This is an area where we know we have more to learn. We have begun conversations with the International "
     "Organization for Migration about how we might hear more directly from people on the move, and we hope to have "
     "more to share in our next report."),
    ("heading", "2c", "MI", "Safeguards in our products and contracts"),
    ("p", "2c", "MI", "We rely on three kinds of safeguard to reduce the risk that our systems contribute to harm at the border:"),
    ("li", "2c", "MI",
     "contracts that limit use to border and maritime security, require vessels in distress to be reported to rescue "
     "authorities, and prohibit arming the aircraft;"),
    ("li", "2c", "MI",
     "software that automatically deletes video after 14 days unless an operator flags it for a specific incident;"),
    ("li", "2c", "MI",
     "operator courses that always include a module on human rights and the treatment of people encountered at the "
     "border."),
    ("heading", "2d", "GM", "Raising concerns"),
    ("p", "2d", "GM",
     "Customers and partners can raise any concern about the use of our products with their account manager or "
     "directly with our Head of Sustainability, and we take every concern seriously."),
    ("heading", "2e", "PO", "Our policy framework"),
    ("p", "2e", "PO",
     "Our Human Rights Policy, published in 2021, commits us to respecting internationally recognised human rights in "
     "line with the UN Guiding Principles. It is owned by our Chief Executive, and the Human Rights Risk Review "
     "described above is the internal process that puts it into practice for government sales."),
    ("heading", "3", "EX", "Looking ahead"),
    ("p", "3", "EX",
     "We are not planning to leave the region. We will not supply any country under a UK or EU arms embargo, and our "
     "review can and does lead us to decline individual sales: last year it led us to turn down a request from a "
     "government in the Sahel."),
    ("letter", "With best wishes,"),
    ("sig", "Priya Lakshmanan-Hale"),
    ("sig", "Head of Sustainability"),
]
