# Prose, English, DOCX (US Letter). Defensive, with cues ("With respect to", "As to", "Regarding", "Concerning");
# 1b+1c declined together; 2e+2d combined; 2b declined.
META = {
    "file": "Palisade Dynamics letter to BHRRC.docx",
    "company": "Palisade Dynamics, Inc.",
    "aliases": ["Palisade Dynamics"],
    "country": "United States",
    "listed": True,
    "style": "prose",
    "lang": "en",
    "layout": {"font": "Times New Roman", "size_pt": 12, "page": "Letter", "letterhead_align": "center",
               "letterhead_color": "7F1D1D", "margins_cm": (2.54, 2.54, 2.54, 2.54), "letterhead_size_pt": 16},
    "footer": "Palisade Dynamics, Inc. | Business correspondence | Page {PAGE}",
    "status": {"1a": "answered", "1b": "declined", "1c": "declined", "2a": "partial", "2b": "declined",
               "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    "notes": ("Defensive US prose with cues; 1b and 1c declined in one paragraph; 2e and 2d in one paragraph. "
              "Partial: 2a (a 'holistic' and 'robust' review is asserted, no risks outlined). "
              "Caveated answer(s): 1a (country and product named; agency withheld as a subcontractor), "
              "2c (product limits described, but no control over how the customer acts on alerts)."),
}

BLOCKS = [
    ("lh", "PALISADE DYNAMICS, INC."),
    ("lhs", "4410 Mesa Ridge Parkway, Suite 300 · Tucson, AZ 85756 · USA"),
    ("letter", "August 26, 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Dear Ms. El-Amrani:"),
    ("p", "g", "OT",
     "We write in response to your letter dated July 2022. At the outset, we want to be clear that Palisade Dynamics "
     "takes human rights seriously and rejects any suggestion that our technology is designed or intended to harm "
     "migrants. Our systems give border authorities situational awareness, which also helps them locate people in "
     "distress in remote terrain."),
    ("p", "1a", "PC",
     "With respect to your first question, Palisade Dynamics supplies autonomous surveillance towers, which combine "
     "radar, day and night cameras and an AI-based detection engine, to a government customer in the Kingdom of Saudi "
     "Arabia for use along a land border. We hold this contract as a subcontractor to a prime contractor and are not "
     "permitted to name the agency involved."),
    ("p", "1b 1c", "CD",
     "As to the number of towers deployed and the provision of future lists, deployment details are governed by the "
     "confidentiality terms of the prime contract. We are not able to share them now or to commit to sharing them in "
     "the future."),
    ("p", "2a", "DD",
     "Regarding due diligence, our Trade Compliance and Ethics team reviews every international opportunity before a "
     "bid is submitted, weighing the customer, the country and the intended application. We assess risks holistically, "
     "and we are confident that our process is robust."),
    ("p", "2b", "CD",
     "We do not share the details of that internal review, including whom we consult in the course of it, with outside "
     "parties."),
    ("p", "2c", "MI",
     "Concerning safeguards, the detection engine classifies objects only as person, vehicle or animal. It performs no "
     "facial recognition and stores no biometric data, and the towers carry no weapons or effectors. Video is retained "
     "on the customer's servers under the customer's policies. We cannot control how a sovereign customer responds to "
     "an alert, but our contract requires compliance with applicable international human rights law."),
    ("p", "2e 2d", "PO",
     "Palisade Dynamics maintains a Global Human Rights Policy, adopted in 2021, which applies to all sales to "
     "government customers and requires Board-level sign-off for sales to countries on our internal heightened-risk "
     "list. Anyone, whether an employee or a member of the public, may report a concern through our Integrity Line, "
     "which is operated by an independent provider, is available in 20 languages including Arabic, and accepts "
     "anonymous reports."),
    ("p", "3", "EX",
     "Finally, we have no plans to stop supplying customers in the Middle East and North Africa. All of our exports "
     "are made under licenses issued by the U.S. government, which weighs human rights considerations in each "
     "licensing decision, and we would comply with any change in U.S. policy."),
    ("letter", "Sincerely,"),
    ("sig", "Robert J. Whitcomb"),
    ("sig", "Senior Vice President, General Counsel & Corporate Secretary"),
]
