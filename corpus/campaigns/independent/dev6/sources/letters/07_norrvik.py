# Prose, English, PDF. UNLISTED lawful-interception vendor (named only in letterhead/signature). Defensive; no cues;
# one paragraph answers 3 and 2e; 2b skipped.
META = {
    "file": "Letter 0822-117.pdf",
    "company": "Norrvik Signal AB",
    "country": "Sweden",
    "listed": False,
    "style": "prose",
    "lang": "en",
    "layout": {"font": "DejaVu Sans Light", "size_pt": 10.5, "page": "A4", "letterhead_align": "right",
               "letterhead_color": "003366", "heading_font": "DejaVu Sans", "letterhead_size_pt": 16},
    "status": {"1a": "partial", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "not_addressed",
               "2c": "partial", "2d": "partial", "2e": "answered", "3": "answered"},
    "notes": ("Unlisted interception-software vendor, defensive, no cues; 3 and 2e share a paragraph; 2b skipped. "
              "Partial: 1a (software described in general, 'a number of installations' in the region, no countries and no word on border agencies), "
              "2c (only a general expectation that customers act lawfully), "
              "2d (whistleblowing channel for employees only). "
              "Caveated answer(s): 2a (risks outlined, but admits it cannot verify how warrants are used)."),
}

BLOCKS = [
    ("lh", "NORRVIK SIGNAL AB"),
    ("lhs", "Kungsgatan 48, 111 35 Stockholm, Sweden"),
    ("letter", "Stockholm, 22 August 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Dear Sir or Madam,"),
    ("p", "g", "OT",
     "We refer to your letter of July 2022. The questions appear to have been sent to a large number of companies "
     "without regard to what each of them actually does, and several of them do not fit our business. We nevertheless "
     "wish to respond in good faith."),
    ("p", "1a", "PC",
     "We develop mediation and analytics software that telecommunications operators use to meet their legal "
     "obligations on lawful interception, and a number of our installations are in countries of the Middle East and "
     "North Africa. These systems are operated by licensed network operators under national law and are not products "
     "designed or marketed for border control."),
    ("p", "1b", "DS",
     "We have not supplied any equipment, software or service for installation at border crossings, checkpoints or "
     "refugee camps, in the region or elsewhere."),
    ("p", "2a", "DD",
     "Every sale outside the European Union is assessed by our legal and compliance function before an offer is made. "
     "The risks we look at are the misuse of interception capability against journalists, political opponents and "
     "human rights defenders, the absence of independent judicial oversight of interception in the destination "
     "country, and onward transfer of the technology. Where an export licence is required, the Swedish Inspectorate of "
     "Strategic Products also assesses the human rights situation. We cannot, however, verify how each warrant is used "
     "once a system is in operation."),
    ("p", "2c", "MI",
     "Our products are designed for lawful use, and we expect our customers to operate them in accordance with the law "
     "of their country and with the conditions of their licences."),
    ("p", "3 2e", "EX",
     "Sales to public-sector end users outside the EU require the approval of our Sales Ethics Board, which includes "
     "two non-executive directors and can refuse any transaction. In 2021 that board decided to stop offering our "
     "location analytics module, which can follow the movements of individual handsets, to any customer outside the "
     "European Union and the EEA, and to let the existing licences for that module in the region expire without "
     "renewal."),
    ("p", "2d", "GM",
     "Our employees can report concerns through a whistleblowing channel operated by an external provider, in line with "
     "the EU Whistleblowing Directive."),
    ("p", "1c", "CD",
     "We do not disclose the identity of our customers or the details of our contracts, and we are therefore unable to "
     "provide the lists you request."),
    ("letter", "Yours faithfully,"),
    ("sig", "Karin Östberg"),
    ("sig", "General Counsel, Norrvik Signal AB"),
]
