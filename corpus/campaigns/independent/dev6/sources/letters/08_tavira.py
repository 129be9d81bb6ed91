# Prose, English, DOCX. Warm and open analytics firm, with cues; order differs (3 right after 1a/1b); no partials.
META = {
    "file": "Tavira Analytics reply 2022.docx",
    "company": "Tavira Analytics Lda",
    "aliases": ["Tavira Analytics"],
    "country": "Portugal",
    "listed": True,
    "style": "prose",
    "lang": "en",
    "layout": {"font": "Georgia", "size_pt": 11, "page": "A4", "letterhead_align": "center",
               "letterhead_color": "C2571A", "letterhead_size_pt": 20, "line_spacing": 1.1},
    "status": {"1a": "answered", "1b": "answered", "1c": "answered", "2a": "answered", "2b": "answered",
               "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    "notes": ("Open, warm prose with cues; every question answered; 1a and 1b in one paragraph; 3 comes second. "
              "Partial: none. "
              "Caveated answer(s): 2b (no consultation in the region; interviews with 14 asylum seekers in Portugal instead), "
              "2d (no dedicated external mechanism yet; interim ethics e-mail)."),
}

BLOCKS = [
    ("lh", "Tavira Analytics"),
    ("lhs", "Rua do Alecrim 61, 1200-016 Lisboa, Portugal"),
    ("letter", "Lisbon, 31 August 2022"),
    ("letter", "Dear Ms El-Amrani, dear colleagues at the Resource Centre,"),
    ("p", "g", "OT",
     "Thank you for including us in your outreach. Questions like yours are exactly the ones we believe a company in "
     "our field should be asked, and we are happy to answer them openly."),
    ("p", "1a 1b", "PC",
     "Let me begin with the facts about our business in the region. Tavira Analytics develops software that helps "
     "border agencies analyse advance passenger information and identify travel patterns. We do not currently supply "
     "any government client in the Middle East or North Africa. Between March and November 2020 we ran a paid pilot "
     "with the border police of the United Arab Emirates at one international airport, on a single server, and the "
     "pilot was not extended. Nothing of ours has been deployed at a land border crossing, a checkpoint or a refugee "
     "camp."),
    ("p", "3", "EX",
     "The decision not to continue was ours. After the pilot, our board adopted a rule that we will not enter into "
     "contracts with interior ministries or border agencies of countries rated Not Free by Freedom House, and we have "
     "since declined two invitations to tender in the region on that basis."),
    ("p", "2a", "DD",
     "On how we identify risks: before any proposal to a public authority we carry out a human rights impact "
     "assessment with an external adviser. For the 2020 pilot, the assessment identified three main risks: that risk "
     "scores could become a proxy for nationality or ethnicity and lead to discriminatory secondary inspections, that "
     "data collected for aviation security could be reused to track people who had applied for asylum, and that the "
     "retention periods set by the client could be far longer than necessary."),
    ("p", "2c", "MI",
     "We have acted on each of these. The software does not accept nationality, ethnicity or religion as input "
     "features, and every model release is tested for disparate outcomes across nationality groups before it ships. A "
     "score can never trigger action on its own: our licence terms require review by a trained officer, and the system "
     "records that review. Retention is capped in the product at 90 days unless the client's law requires deletion "
     "sooner."),
    ("p", "2b", "SE",
     "Regarding consultation, we have not been able to consult people in the region itself. For our 2021 assessment "
     "update we worked with a refugee support organisation in Lisbon, which arranged paid interviews with fourteen "
     "people who had sought asylum in Portugal, several of whom had travelled through North Africa. What they told us "
     "about airport questioning changed how we designed the review step."),
    ("p", "2e", "PO",
     "These commitments are set out in our Human Rights Policy, approved by the board in 2021, and in an internal "
     "procedure that makes the impact assessment and board approval mandatory for every public-sector sale."),
    ("p", "2d", "GM",
     "As for grievances, we do not yet have a dedicated mechanism that people outside the company can easily use, and "
     "we know this is a gap. Until it launches early next year, anyone can write to our ethics officer at "
     "ethics@taviraanalytics.pt; every message is logged and answered."),
    ("p", "1c", "DC",
     "Finally, yes: we will gladly inform the Resource Centre of any future contract with a government client in the "
     "region, including the product and the agency, as soon as it is signed."),
    ("letter", "Warm regards,"),
    ("sig", "Inês Carvalho Mendes"),
    ("sig", "Co-founder and Chief Executive Officer"),
]
