# Annex, English, DOCX (US Letter). Cover letter declines 1a/1b; the enclosed Human Rights Policy extract carries the
# substance, with the policy's own section numbers (4.1, 6.2 ... 9.1) that do NOT match the questions (not marked).
META = {
    "file": "HR policy extract and cover letter.docx",
    "company": "Thornbury Aerospace Group",
    "aliases": ["Thornbury Aerospace", "Thornbury"],
    "country": "Canada",
    "listed": True,
    "style": "annex",
    "lang": "en",
    "annex_marked": False,
    "layout": {"font": "Palatino Linotype", "size_pt": 11, "page": "Letter", "letterhead_align": "right",
               "letterhead_color": "1C3D5A", "letterhead_size_pt": 17, "heading_color": "1C3D5A"},
    "footer": "Thornbury Aerospace Group · Corporate Responsibility · {PAGE}",
    "status": {"1a": "declined", "1b": "declined", "1c": "not_addressed", "2a": "partial", "2b": "partial",
               "2c": "answered", "2d": "answered", "2e": "answered", "3": "partial"},
    "notes": ("Cover letter declines 1a and 1b; the policy extract's section numbers do not match the questions; 1c ignored. "
              "Partial: 2a (policy lists risk categories to be considered, no risks identified for actual supplies), "
              "2b (generic commitment to engage stakeholders incl. civil society; no consultation of affected people), "
              "3 (a rule for declining single transactions; nothing on plans to stop). "
              "Caveated answer(s): 2c (safeguards the review board 'may require', stated at policy level only)."),
}

BLOCKS = [
    ("lh", "Thornbury Aerospace Group"),
    ("lhs", "880 Aviation Parkway, Ottawa, Ontario K1V 2E7, Canada"),
    ("letter", "September 12, 2022"),
    ("letter", "Business & Human Rights Resource Centre"),
    ("letter", "Dear Ms. El-Amrani,"),
    ("p", "g", "OT",
     "Thank you for your recent letter regarding the provision of surveillance technology to government clients in "
     "the Middle East and North Africa."),
    ("p", "1a 1b", "CD",
     "Thornbury Aerospace Group does not comment on individual customer relationships, contract values or quantities "
     "delivered, many of which are subject to confidentiality obligations to the governments concerned."),
    ("p", "g", "OT",
     "We can, however, share how we govern sales of sensitive technologies. Please find enclosed an extract from our "
     "Human Rights Policy, which sets out the standards and processes that apply to all of our business units, "
     "including our Mission Systems division."),
    ("letter", "Sincerely,"),
    ("sig", "Margaret O'Donnell-Price"),
    ("sig", "Vice-President, Corporate Responsibility"),
    ("heading", "g", "OT",
     "Enclosure: Extract from the Thornbury Aerospace Group Human Rights Policy (version 3.1, March 2022)"),
    ("annex", "2e", "PO",
     "4.1 This Policy applies to Thornbury Aerospace Group and all of its subsidiaries. We are committed to respecting "
     "internationally recognised human rights, as set out in the International Bill of Human Rights, in line with the "
     "UN Guiding Principles on Business and Human Rights and the OECD Guidelines for Multinational Enterprises.",
     {"bold": "4.1"}),
    ("annex", "2e", "PO",
     "6.2 Sensitive technologies. Products and services that could be used for surveillance, including airborne "
     "mission systems, sensors and data-processing software, are designated as sensitive technologies. Any proposed "
     "sale of a sensitive technology to a government end user is subject to the enhanced review described in section "
     "6.3 and requires the approval of the Sensitive Sales Review Board.",
     {"bold": "6.2 Sensitive technologies."}),
    ("annex", "2a", "DD",
     "6.3 Enhanced review. The enhanced review assesses the end user, the intended use and the human rights context of "
     "the destination country. It considers, among other things, the risk that the technology may contribute to "
     "arbitrary detention, discrimination, unlawful or disproportionate surveillance, or violations of the rights of "
     "vulnerable groups, including migrants and refugees.",
     {"bold": "6.3 Enhanced review."}),
    ("annex", "2c", "MI",
     "6.4 Where a sale proceeds, the Review Board may require safeguards such as end-use and non-transfer "
     "undertakings, contractual human rights clauses, operator training, limitations on product functionality and "
     "post-delivery monitoring.",
     {"bold": "6.4"}),
    ("annex", "3", "EX",
     "6.5 We will not proceed with a transaction where the Review Board concludes that there is a clear risk that the "
     "technology would be used to commit or facilitate serious violations of human rights.",
     {"bold": "6.5"}),
    ("annex", "2b", "SE",
     "7.2 We engage with stakeholders, including civil society organisations, to inform our understanding of the human "
     "rights risks associated with our products and services.",
     {"bold": "7.2"}),
    ("annex", "2d", "GM",
     "9.1 Anyone, whether inside or outside the Group, can raise a concern about a potential breach of this Policy "
     "through our Ethics Helpline, by telephone or online, anonymously if they wish. We do not tolerate retaliation "
     "against anyone who raises a concern in good faith.",
     {"bold": "9.1"}),
]
