# Refusal, English, DOCX. UNLISTED (named only in letterhead/signature). Ongoing litigation; points to a public
# Human Rights Statement; offers a meeting later. 2d not mentioned.
META = {
    "file": "Reply_BHRRC_2022-08-03.docx",
    "company": "Sentrix Guard Holdings Ltd",
    "country": "Cyprus",
    "listed": False,
    "style": "refusal",
    "lang": "en",
    "layout": {"font": "Tahoma", "size_pt": 10, "page": "A4", "letterhead_align": "center",
               "letterhead_color": "333333", "letterhead_size_pt": 14},
    "status": {"1a": "declined", "1b": "declined", "1c": "declined", "2a": "declined", "2b": "declined",
               "2c": "declined", "2d": "not_addressed", "2e": "partial", "3": "declined"},
    "notes": ("Unlisted; refusal because of ongoing legal proceedings, with a pointer to a public statement and an offer to meet. "
              "Partial: 2e (Human Rights Statement named and pointed to, not described). Caveated answer(s): none."),
}

BLOCKS = [
    ("lh", "Sentrix Guard Holdings Ltd"),
    ("lhs", "155 Archbishop Makarios III Avenue, 3026 Limassol, Cyprus"),
    ("letter", "3 August 2022"),
    ("letter", "To the Business & Human Rights Resource Centre"),
    ("letter", "Dear Ms El-Amrani,"),
    ("p", "g", "OT", "Thank you for your email of 21 July and the questionnaire attached to it."),
    ("p", "1a 1b 1c 2a 2b 2c 3", "CD",
     "We are currently party to legal proceedings in which some of the matters raised in your questionnaire are at "
     "issue. On the advice of our counsel we are therefore not in a position to comment on our customers, contracts "
     "or deployments, on the processes applied to them, or on future commercial decisions."),
    ("p", "2e", "PO",
     "Our group's general approach to human rights is set out in our Human Rights Statement, which is available on our "
     "website."),
    ("p", "g", "OT",
     "We would be glad to meet you once the proceedings have concluded, and we will contact you then."),
    ("letter", "Kind regards,"),
    ("sig", "Andreas Charalambides"),
    ("sig", "Group Legal Counsel, for and on behalf of Sentrix Guard Holdings Ltd"),
]
