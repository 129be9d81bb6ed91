# Table, English, DOCX. UNLISTED radar maker (named only in letterhead/signature). Bare question numbers in the first
# column (table_label); one row "2b, 2c" answers two questions.
META = {
    "file": "Questionnaire_answers_table.docx",
    "company": "Quillon Radar Systems Oy",
    "country": "Finland",
    "listed": False,
    "style": "table",
    "lang": "en",
    "layout": {"font": "Segoe UI", "size_pt": 10, "page": "A4", "letterhead_align": "left",
               "letterhead_color": "1B4F72", "letterhead_size_pt": 16},
    "table_dashes": [8, 56],
    "status": {"1a": "answered", "1b": "answered", "1c": "declined", "2a": "partial", "2b": "answered",
               "2c": "answered", "2d": "answered", "2e": "partial", "3": "answered"},
    "notes": ("Unlisted radar maker; Question | Answer table with bare numbers; row '2b, 2c' answers both. "
              "Partial: 2a ('Yes', risks assessed per project, but none outlined), "
              "2e (says the code of conduct covers it, nothing more). "
              "Caveated answer(s): 2d (no dedicated mechanism; general contact address forwarded to management)."),
}

BLOCKS = [
    ("lh", "Quillon Radar Systems Oy"),
    ("lhs", "Teknologiantie 9, 90590 Oulu, Finland"),
    ("letter", "Oulu, 1 September 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Dear Ms El-Amrani,"),
    ("p", "g", "OT",
     "Thank you for your questionnaire. We build coastal and border surveillance radars and the software that "
     "processes their data, and we employ about 90 people in Oulu and Espoo. Our answers are in the table below; the "
     "numbers in the first column refer to your questions."),
    ("th", "g", "OT", "No."),
    ("th", "g", "OT", "Answer"),
    ("tl", "1a", "PC", "1a"),
    ("ta", "1a", "PC",
     "Yes. Coastal surveillance radars and radar data processing software, supplied to the coast guard of Morocco and "
     "to the maritime security authority of Oman. Both use them for maritime border surveillance, which includes "
     "detecting migrant boats."),
    ("tl", "1b", "DS", "1b"),
    ("ta", "1b", "DS",
     "17 radar sites in total since 2013: 11 in Morocco and 6 in Oman. All are coastal stations. None at land "
     "crossings, checkpoints or camps. Two further sites in Oman are planned for 2023."),
    ("tl", "1c", "DC", "1c"),
    ("ta", "1c", "CD",
     "We cannot commit to providing customer lists. Our contracts with both customers contain confidentiality clauses."),
    ("tl", "2a", "DD", "2a"),
    ("ta", "2a", "DD", "Yes. Risks are assessed for each project before the offer. The assessments are internal."),
    ("tl", "2c 2b", "MI", "2b, 2c"),
    ("ta", "2c 2b", "MI",
     "2b: No. 2c: Our radars detect vessels, not individuals, and process no personal data. Every system is delivered "
     "with the alarm for small craft in distress switched on, and the operator manual instructs operators to inform the "
     "rescue coordination centre of any boat that may be in distress."),
    ("tl", "2d", "GM", "2d"),
    ("ta", "2d", "GM",
     "Not a dedicated one. Concerns can be sent to our general contact address, and they are forwarded to management. "
     "So far we have received no concerns about our radars from outside the company."),
    ("tl", "2e", "PO", "2e"),
    ("ta", "2e", "PO", "Covered by our Code of Conduct, which applies to all employees and all sales."),
    ("tl", "3", "EX", "3"),
    ("ta", "3", "EX",
     "No plans to stop. We follow the export licensing decisions of the Finnish authorities, which assess the human "
     "rights situation in each destination country."),
    ("p", "g", "OT",
     "We hope this is useful. If anything in the table is unclear, please contact me directly and I will answer as "
     "quickly as I can."),
    ("letter", "Best regards,"),
    ("sig", "Mikko Rautio"),
    ("sig", "Sales Director, Coastal Systems, Quillon Radar Systems Oy"),
]
