LETTER = {
 "file": "response.docx", "company": "Quillfeather Analytics Ltd", "listed": False,
 "style": "prose", "lang": "en", "font": "sans", "marked_kinds": None,
 "status": {"1a": "answered", "1b": "not_addressed", "1c": "not_addressed", "2a": "not_addressed", "2b": "not_addressed",
            "2c": "not_addressed", "2d": "partial", "2e": "answered", "3": "not_addressed"},
 "notes": "Very short English prose reply (under 200 words) from an unlisted Irish analytics firm, named only in letterhead and signature; answers 1a, 2e and (vaguely) 2d, silently skips the rest.",
 "blocks": [
  ("LH", "Quillfeather Analytics Ltd · Unit 4, Grand Canal Quay, Dublin 2, Ireland", "g", None),
  ("L", "30 August 2022", "g", None),
  ("L", "Dear Resource Centre team,", "g", None),
  ("P", "Thanks for your note. To be clear from the outset: Quillfeather does not provide any surveillance products or services to government clients in the Middle East and North Africa, for border control or for any other purpose. Our analytics software is used by retailers and logistics companies.", "1a", "products_and_clients"),
  ("P", "Our Responsible Use Policy requires that any proposed contract with a government or security agency, anywhere, be reviewed and approved by our two founders and our outside counsel before we bid. No such contract has been approved to date.", "2e", "policy_commitment"),
  ("P", "If anyone has a concern about how our software is used, they are welcome to raise it with us directly.", "2d", "grievance_mechanism"),
  ("L", "Kind regards,", "g", None),
  ("L", "Orla Quinlivan", "g", None),
  ("L", "Co-founder and COO, Quillfeather Analytics", "g", None),
 ]}
