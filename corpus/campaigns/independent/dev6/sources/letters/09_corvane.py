# Prose, English, PDF. Legalistic third-person voice; no cues; order differs (2e first); 1a+1b and 3+1c combined.
META = {
    "file": "BHRRC_Corvane_response_final.pdf",
    "company": "Corvane Defence Electronics S.p.A.",
    "aliases": ["Corvane Defence Electronics", "Corvane"],
    "country": "Italy",
    "listed": True,
    "style": "prose",
    "lang": "en",
    "layout": {"font": "DejaVu Serif", "size_pt": 10, "page": "A4", "letterhead_align": "left",
               "letterhead_color": "5A5A5A", "justify": True, "letterhead_size_pt": 14,
               "margins_cm": (2.5, 2.5, 2.5, 3.0)},
    "footer": "Corvane Defence Electronics S.p.A. – Capitale sociale € 12.000.000 i.v. – Pag. {PAGE}",
    "status": {"1a": "partial", "1b": "partial", "1c": "declined", "2a": "answered", "2b": "partial",
               "2c": "answered", "2d": "answered", "2e": "answered", "3": "declined"},
    "notes": ("Legalistic prose in the third person, no cues; opens with 2e; one paragraph gives 1a and 1b, another declines 3 and 1c. "
              "Partial: 1a (products named but only 'the Gulf Cooperation Council region', no countries), "
              "1b (qualitative 'limited number of installations'), "
              "2b (industry-civil society dialogue in general, no consultation of affected communities). "
              "Caveated answer(s): 2a (risks listed, then judged limited because radar cannot identify individuals)."),
}

BLOCKS = [
    ("lh", "CORVANE DEFENCE ELECTRONICS S.p.A."),
    ("lhs", "Via dei Cantieri 18 · 16152 Genova · Italia"),
    ("letter", "Genoa, 9 September 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Attn.: MENA Research Team"),
    ("letter", "Subject: Your enquiry of July 2022"),
    ("letter", "Dear Madam, dear Sir,"),
    ("p", "g", "OT",
     "Corvane Defence Electronics S.p.A. (the Company) acknowledges receipt of your letter and provides the following "
     "information, without prejudice to its contractual obligations and to the confidentiality requirements of its "
     "customers."),
    ("p", "2e", "PO",
     "The Company's sales to governmental end users are governed by a Trade Compliance and Human Rights Procedure "
     "adopted by the Board of Directors in 2020. Under that procedure no offer may be submitted to a government "
     "customer outside the European Union and NATO without a prior assessment by the Compliance Committee and the "
     "written approval of the Chief Executive Officer."),
    ("p", "2a", "DD",
     "The assessment examines the end user, the declared end use and the human rights situation in the country of "
     "destination, drawing on reports of the United Nations and of recognised non-governmental organisations. The "
     "principal risks identified in connection with border surveillance projects have been the diversion of equipment "
     "to internal security purposes, the integration of radar data into systems capable of directing the use of force, "
     "and the collection of data on persons in border areas. In the Company's assessment these risks are limited, "
     "since ground surveillance radar detects and tracks movement but cannot identify individuals."),
    ("p", "1a 1b", "PC",
     "The Company has supplied ground surveillance radars and electro-optical sensor masts for the protection of land "
     "borders to governmental customers in the Gulf Cooperation Council region. The number of installations is "
     "limited; all of them are at fixed border posts or along border fences, and none is located in a refugee camp."),
    ("p", "2c", "MI",
     "Every contract includes an end-user and non-retransfer undertaking, a prohibition on integrating the equipment "
     "with weapon systems without the Company's prior written consent, and the right of the Company to suspend support "
     "services in case of breach. Operator training delivered by the Company includes a module on international human "
     "rights law and on obligations towards persons in distress."),
    ("p", "2d", "GM",
     "An independent reporting channel, managed by an external provider and accessible to employees, business partners "
     "and any third party, allows concerns to be raised confidentially and, where desired, anonymously, in accordance "
     "with Italian whistleblowing legislation."),
    ("p", "2b", "SE",
     "The Company takes part in the dialogue between industry and civil society organised by the national defence "
     "industry association and remains open to exchanges with non-governmental organisations."),
    ("p", "3 1c", "CD",
     "The Company does not comment on future commercial decisions, and it is not in a position to undertake to provide "
     "lists of products, customers or border agencies, which are subject to confidentiality obligations."),
    ("letter", "Yours faithfully,"),
    ("sig", "Avv. Lorenzo Baldini-Ferro"),
    ("sig", "Head of Legal Affairs and Compliance"),
]
