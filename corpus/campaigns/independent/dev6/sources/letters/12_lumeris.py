# Prose, English, DOCX. Candid facial-recognition firm that has stopped; no cues; opens with question 3;
# 2c+3 combined; 2b and 2d skipped.
META = {
    "file": "Reply to Resource Centre (Aug 2022).docx",
    "company": "Lumeris Vision B.V.",
    "aliases": ["Lumeris Vision", "Lumeris"],
    "country": "Netherlands",
    "listed": True,
    "style": "prose",
    "lang": "en",
    "layout": {"font": "Verdana", "size_pt": 9.5, "page": "A4", "letterhead_align": "left",
               "letterhead_color": "3B3B98", "letterhead_size_pt": 22, "line_spacing": 1.15},
    "status": {"1a": "answered", "1b": "partial", "1c": "answered", "2a": "answered", "2b": "not_addressed",
               "2c": "answered", "2d": "not_addressed", "2e": "answered", "3": "answered"},
    "notes": ("Candid prose without cues that opens with the answer to 3; 2c and 3 share a paragraph; 2b and 2d skipped. "
              "Partial: 1b (licences sold but the number of gates and cameras is unknown). "
              "Caveated answer(s): 2e (ethics charter applies but has no migration-specific provision; being revised)."),
}

BLOCKS = [
    ("lh", "Lumeris Vision"),
    ("lhs", "Lumeris Vision B.V. · Stationsplein 7 · 3511 ED Utrecht · The Netherlands"),
    ("letter", "Utrecht, 7 September 2022"),
    ("letter", "Dear Ms El-Amrani,"),
    ("p", "3", "EX",
     "We stopped selling to government clients in the Middle East and North Africa in 2021, and we do not plan to "
     "resume. That decision came out of the only border-related contract we have had in the region, which I describe "
     "below, because I think you will want to know how we got there."),
    ("p", "1a", "PC",
     "Between 2018 and 2020 we licensed our face-matching software to a systems integrator that installed automated "
     "border control gates at Cairo International Airport for the Egyptian authorities. The software compared a "
     "traveller's live image with the photograph in their passport. We had no other government clients in the region, "
     "then or since."),
    ("p", "1b", "DS",
     "We sold the integrator licences for the gate software, but we do not know how many gates or cameras it "
     "eventually connected, and we never visited the site."),
    ("p", "2a", "DD",
     "Our due diligence at the time was too thin, and looking back the risks were clear. One-to-one passport matching "
     "is less intrusive than watchlist searching, but the same software can be reconfigured to search a watchlist, "
     "which in Egypt could include activists and people who had left the country to seek asylum. Our own testing also "
     "showed higher false non-match rates for darker-skinned women, which at a border means more people sent to "
     "secondary inspection."),
    ("p", "2c 3", "MI",
     "In 2020 we asked the integrator to confirm in writing that the watchlist function had not been enabled and that "
     "images were not retained after the gate transaction. It confirmed the first point but not the second, and we "
     "chose not to renew the licence. Since then our licence terms prohibit one-to-many searching for any migration or "
     "border use, and the software enforces a zero-retention setting for such deployments."),
    ("p", "2e", "PO",
     "Our AI Ethics Charter applies to all sales and requires a documented review by our ethics board for any "
     "government deployment. It was written with commercial customers in mind and has no provision specific to "
     "migration; we are revising it this year."),
    ("p", "1c", "DC",
     "If that ever changes and we take on a government client in the region again, we will tell you which product and "
     "which client. You are welcome to contact me directly for updates."),
    ("letter", "Kind regards,"),
    ("sig", "Sanne de Vries-Okafor"),
    ("sig", "CEO and co-founder"),
]
