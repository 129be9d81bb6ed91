from lib import LH, L, P

FILE = "Corvalis Aerosystems - reply to BHRRC.pdf"
COMPANY = "Corvalis Aerosystems S.p.A."
ALIASES = ["Corvalis Aerosystems", "Corvalis"]
COUNTRY = "Italy"
LISTED = True
YAML_STATUS = "responded"
STYLE = "prose"
LANG = "en"
MARKED = False
STATUS = {"1a": "partial", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "partial",
          "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"}
NOTES = ("Long discursive prose with almost no cues; names products but only 'two North African coastal "
         "states'; mitigation answered before stakeholder engagement; refuses lists inside a paragraph about "
         "confidentiality.")
WHAT = "long prose, few cues, out-of-order answers, countries withheld (1a partial), 1c refusal in prose"
THEME = dict(body_font="DejaVu Serif", head_font="DejaVu Sans", size=21, accent="1B3A5C",
             letterhead_align="left", date_align="right",
             footer="Corvalis Aerosystems S.p.A. - Capitale sociale EUR 12.500.000 i.v. - Registro Imprese di Torino")

BLOCKS = [
    LH("CORVALIS AEROSYSTEMS S.p.A."),
    LH("Corso Vittorio Sella 118 - 10131 Torino - Italia - www.corvalis-aero.it", small=True),
    L("Torino, 29 August 2022", cstyle="DateLine"),
    L("Business & Human Rights Resource Centre\nMiddle East & North Africa Team\nLondon, United Kingdom", cstyle="Address"),
    L("Re: Your letter of 19 July 2022 on surveillance technology, migration and border control in the MENA region",
      cstyle="Subject"),
    L("Dear Ms Khoury,"),
    P("Thank you for your letter and for giving Corvalis the chance to set out its position. We are a mid-sized Italian "
      "manufacturer of unmanned aircraft and airborne sensor payloads, employing about 640 people in Turin and Taranto. "
      "Roughly two thirds of our revenue comes from civil and governmental customers in the European Union, for "
      "fisheries control, environmental monitoring and maritime search and rescue."),
    P("Our systems do fly over the Mediterranean, and some of them do so on behalf of governments on its southern shore. "
      "Since 2016 we have delivered the CA-40 Petrel medium-altitude unmanned aircraft, together with the Orbis "
      "electro-optical and infrared turret and a ground control segment, to the maritime authorities of two North "
      "African coastal states. We also sell the Orbis turret on its own to integrators who fit it to manned patrol "
      "aircraft. We do not make facial recognition, biometric or communications interception products, and none of our "
      "systems is installed at land border crossings or in camps.", "1a"),
    P("In total, eleven Petrel airframes and nineteen Orbis turrets have gone to customers in the region over the period "
      "you mention; four of the airframes are no longer in service. Because our aircraft operate at sea, the idea of "
      "distribution at border crossings or checkpoints does not translate well to our business, so we have counted "
      "every delivery to a public body in the region.", "1b"),
    P("We have thought carefully about whether to name the two states concerned. Our contracts with both contain "
      "confidentiality provisions that we are not free to set aside on our own, and for the same reason we are not in a "
      "position to commit to sending the Resource Centre periodic lists of customers or deliveries. Where a customer "
      "agrees to publication, as one European customer did last year, we say so openly.", "1c", qs=["1c", "1a"],
      topic="disclosure_commitment"),
    P("Every prospective sale outside the EU is reviewed by our Trade Compliance and Human Rights Committee before a bid "
      "is submitted and again before the contract is signed. The review looks at the end user and its record, the "
      "mission the customer describes, the legal framework for maritime operations in the country, and the reports of "
      "UN bodies and credible NGOs. For deliveries to North African maritime authorities the committee identified three "
      "main risks: that imagery from our aircraft could be used to intercept boats and return people to places where "
      "they face detention and ill-treatment; that position data could be passed to third parties, including "
      "non-state armed groups; and that a search-and-rescue capability might be used to watch vessels in distress "
      "without any rescue being launched. One bid in 2019 was withdrawn after this review.", "2a"),
    P("Those findings shaped the contracts that followed. Our end-user agreements restrict use of the aircraft to "
      "maritime surveillance within the customer's own search-and-rescue region and oblige the operator to relay any "
      "sighting of persons in distress to the competent rescue coordination centre. Re-export, and any transfer of "
      "imagery or track data to third parties, requires our written consent. Our field service engineers, who stay on "
      "site during the first two years of operation, are trained to report any sign of misuse, and we can suspend "
      "software updates and spare-parts support if a breach is confirmed.", "2c"),
    P("Our human rights team also keeps up a dialogue with civil society organisations in Italy on maritime questions, "
      "and their perspectives inform the committee's work.", "2b"),
    P("Anyone, inside or outside the company, can raise a concern through our SpeakUp line, which is run by an external "
      "provider, accepts anonymous reports in Italian, English, French and Arabic, and is reachable at "
      "speakup.corvalis-aero.it. Reports go to our Supervisory Body under Legislative Decree 231/2001, and people who "
      "report in good faith are protected against retaliation.", "2d"),
    P("These steps are set out in our Human Rights Policy, adopted by the Board in 2020 with reference to the UN Guiding "
      "Principles and the OECD Guidelines for Multinational Enterprises, and in our Export Compliance Manual, which "
      "makes the committee's approval a condition of any offer to a government outside the European Union.", "2e"),
    P("We have no plan to withdraw from the region as a whole. We do not sell to any country under an EU or UN arms "
      "embargo, and we will not renew support for a customer if we find that our aircraft are being used to facilitate "
      "pull-backs or other violations. Each of our deliveries so far was authorised by the Italian authorities under "
      "Law 185/1990, and we treat that authorisation as a minimum, not as the end of our own assessment.", "3"),
    P("We hope this is useful. My colleague Dr Marta Bellandi, who chairs the committee, would be glad to discuss any "
      "of these points with you."),
    L("Yours sincerely,"),
    L("Giulio Ferrante\nChief Executive Officer\nCorvalis Aerosystems S.p.A.", cstyle="Signature"),
]
