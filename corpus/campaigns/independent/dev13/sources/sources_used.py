"""Real public pages consulted (search corpus `pages`, excerpts only) -- shape only."""
SOURCES = [
    ("http://www.viruss.eu/security/f-secure-corporations-answer-to-bits-of-freedom/",
     "a vendor's reply to an NGO's four numbered questions, introduced by a short framing paragraph; model for a brief cover paragraph before the answers."),
    ("http://hackermedicine.com/avast-response-to-open-letter-from-bits-of-freedom/",
     "a CTO answering each restated question with 'Yes, ...' plus one or two hedged sentences; model for short marked answers and hedging ('not always 100% clear')."),
    ("https://www.pandasecurity.com/en/mediacenter/panda-security/panda-security-answer-to-bits-of-freedom-open-letter/?ref=mc_bloglabs_en",
     "numbered answers, several of them a bare 'No.'; model for one-word table cells and a technical director's signature block."),
    ("https://rsf.org/en/syria-using-34-blue-coat-servers-spy-internet-users",
     "a company's e-mailed reply quoted by an NGO: general respect for human rights, a review under way, no specifics; model for vague 'partial' answers."),
    ("https://practice.motherjones.com/politics/2011/12/blue-coat-systems-slashdot-syria",
     "a spokesman's e-mail statement denying support and knowledge of deployments; model for e-mail register and for deployment denials."),
    ("https://www.engadget.com/2018-11-30-lawmakers-want-details-amazon-facial-recognition.html",
     "report of a company reply that pointed to its acceptable-use policy and declined to name government clients; model for 'refer to policy, decline client names'."),
    ("https://www.links-wieder-oben-auf.net/archiv/node/189062/index.html",
     "a security contractor's short statement that it will not re-tender for detention work but will complete its current contract; model for exit answers that honour existing contracts."),
    ("https://www.abc.net.au/news/2015-09-28/offshore-detention-centre-management-boss-tells-advocacy-groups/6810054",
     "a chief executive defending a detention-services contract in the first person ('we are contracted to a government department'); model for a CEO's personal, defensive-but-candid voice."),
]
