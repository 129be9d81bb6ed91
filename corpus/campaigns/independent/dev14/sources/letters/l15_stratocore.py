ALLQ = "1a 1b 1c 2a 2b 2c 2d 2e 3"
LETTER = {
 "file": "Re BHRRC request.docx", "company": "Stratocore Intelligence Ltd", "listed": True,
 "style": "refusal", "lang": "en", "font": "serif", "marked_kinds": None,
 "status": {q: "declined" for q in ALLQ.split()},
 "notes": "Short blanket refusal citing ongoing legal proceedings; one paragraph declines all nine questions; company status declined.",
 "blocks": [
  ("LH", "STRATOCORE INTELLIGENCE LTD", "g", None),
  ("L", "Limassol, Cyprus", "g", None),
  ("L", "7 September 2022", "g", None),
  ("L", "To: Business & Human Rights Resource Centre", "g", None),
  ("L", "Re: Your letter of July 2022", "g", None),
  ("L", "Dear Sirs,", "g", None),
  ("P", "Stratocore Intelligence Ltd is currently a party to legal proceedings in more than one jurisdiction that concern matters raised in your letter. On the advice of our counsel, we are therefore not in a position to comment on our products, customers, contracts or internal procedures, and we will not be responding to the questions in your questionnaire. This should not be understood as confirming or denying any of the matters to which your questions refer, and we reserve all our rights.", ALLQ, "confidentiality_decline"),
  ("L", "Yours faithfully,", "g", None),
  ("L", "For and on behalf of Stratocore Intelligence Ltd", "g", None),
  ("L", "Andreas Kyriakides, Director", "g", None),
 ]}
