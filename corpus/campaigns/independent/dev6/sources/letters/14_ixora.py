# Markers, English, PDF. Invented markers "Q-1/a" ... "Q-3", combined "Q-2/b & Q-2/c". Terse.
META = {
    "file": "Ixora_BHRRC_response.pdf",
    "company": "Ixora Secure Networks Pte Ltd",
    "aliases": ["Ixora Secure Networks", "Ixora"],
    "country": "Singapore",
    "listed": True,
    "style": "markers",
    "lang": "en",
    "layout": {"font": "DejaVu Sans Condensed", "size_pt": 10, "page": "Letter", "letterhead_align": "left",
               "letterhead_color": "006D77", "letterhead_size_pt": 15},
    "footer": "Ixora Secure Networks Pte Ltd · UEN 201534872K · {PAGE}",
    "status": {"1a": "partial", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "partial",
               "2c": "answered", "2d": "answered", "2e": "partial", "3": "declined"},
    "notes": ("Terse marker-style reply with 'Q-1/a' markers; 2b and 2c answered under one combined marker. "
              "Partial: 1a (products named, 'several countries' of the region not specified), "
              "2b (relies on NGO and UN reporting; says nothing about consulting affected people), "
              "2e (approval process and its overseer named, not described). "
              "Caveated answer(s): 1b (none known at crossings; three units with a border-security customer, use unknown), "
              "2a (risks outlined, but the company admits it relies on customer assurances)."),
}

BLOCKS = [
    ("lh", "IXORA SECURE NETWORKS PTE LTD"),
    ("lhs", "80 Robinson Road, #14-02, Singapore 068898"),
    ("letter", "Date: 15 September 2022"),
    ("letter", "To: Business & Human Rights Resource Centre (BHRRC)"),
    ("letter", "Subject: Response to BHRRC questionnaire (July 2022)"),
    ("letter", "Dear BHRRC,"),
    ("p", "g", "OT",
     "Ixora is a Singapore company of around 120 staff that develops network analytics for telecommunications "
     "operators and government agencies. Please find our responses below, numbered to match your questionnaire."),
    ("p", "1a", "PC",
     "Q-1/a Ixora supplies portable cellular survey units and network analytics software to government security "
     "agencies in several countries of the Middle East and North Africa. These products are not sold for migration "
     "management as such, although some of those customers have border security among their responsibilities.",
     {"bold": "Q-1/a"}),
    ("p", "1b", "DS",
     "Q-1/b To our knowledge none of our equipment is installed at border crossings, checkpoints or refugee camps. "
     "Three portable units were delivered in 2019 to a customer whose remit includes border security; we do not know "
     "where they are used.",
     {"bold": "Q-1/b"}),
    ("p", "1c", "CD", "Q-1/c No. Customer information is confidential under our contracts, and we do not publish or share customer "
     "lists.", {"bold": "Q-1/c"}),
    ("p", "2a", "DD",
     "Q-2/a Yes. Each sale is reviewed against Singapore's export control rules and, where relevant, the EU Dual-Use "
     "Regulation, followed by an internal end-use review. Risks we have identified for the region: use of cellular "
     "survey units to locate and arrest activists or journalists; collection of phone identifiers from crowds, "
     "including migrants, without a legal basis; and transfer of units to non-state groups. For much of this we rely "
     "on the customer's written assurances, which we recognise is a limitation.",
     {"bold": "Q-2/a"}),
    ("p", "2c 2b", "MI",
     "Q-2/b & Q-2/c Our due diligence draws on the reporting of human rights organisations and UN bodies on the "
     "countries concerned. Other actions: end-user certificates with a no-transfer clause; units shipped with the IMSI "
     "capture function disabled unless the export licence explicitly covers it; and annual licence keys, so that a unit "
     "stops working if we withdraw support.",
     {"bold": "Q-2/b & Q-2/c"}),
    ("p", "2d", "GM",
     "Q-2/d Yes. Anyone can raise a concern with our Ethics Officer by e-mail (ethics@ixora-networks.sg) or through the "
     "contact form on our website. Reports are treated confidentially.",
     {"bold": "Q-2/d"}),
    ("p", "2e", "PO",
     "Q-2/e There is an internal approval process for sensitive sales, overseen by the Board Risk Committee.",
     {"bold": "Q-2/e"}),
    ("p", "3", "CD", "Q-3 We do not comment on future commercial plans or on our discussions with individual customers.", {"bold": "Q-3"}),
    ("letter", "Best regards,"),
    ("sig", "Darren Koh Jun Hao"),
    ("sig", "Director, Compliance & Government Affairs"),
]
