from lib import LH, L, P

FILE = "response.docx"
COMPANY = "Mareth Dynamics Ltd"
ALIASES = ["Mareth Dynamics", "Mareth"]
COUNTRY = "Cyprus"
LISTED = False
YAML_STATUS = "responded"
STYLE = "markers"
LANG = "en"
MARKED = True
STATUS = {"1a": "partial", "1b": "declined", "1c": "declined", "2a": "partial", "2b": "partial",
          "2c": "answered", "2d": "partial", "2e": "answered", "3": "answered"}
NOTES = ("Unlisted company; bold 'Q1a –' markers with combined 'Q1b, Q1c –' and 'Questions 2b and 2c –'; cellular "
         "locating equipment; refuses to name countries; internal-only reporting line.")
WHAT = "markers 'Q1a –', combined 'Q1b, Q1c –' and 'Questions 2b and 2c –', unlisted, generic file name"
THEME = dict(body_font="DejaVu Sans", head_font="DejaVu Sans", size=21, accent="00695C",
             letterhead_align="left", date_align="left")

BLOCKS = [
    LH("MARETH DYNAMICS LTD"),
    LH("Arch. Makariou III 187, 3rd floor, 3030 Limassol, Cyprus - Reg. No. HE 318842", small=True),
    L("Limassol, 9 September 2022", cstyle="DateLine"),
    L("To the Business & Human Rights Resource Centre", cstyle="Address"),
    L("RE: MENA surveillance technology questionnaire (your ref. MENA/2022/07)", cstyle="Subject"),
    L("Dear Madam/Sir,"),
    P("Mareth Dynamics acknowledges receipt of your letter and provides the following responses. Our answers are given "
      "in good faith and reflect the information available to us at the date of this letter."),
    P("**Q1a –** Mareth designs cellular network analysis and locating equipment used by public safety agencies, "
      "including border police and coast guards, to locate the mobile phones of persons in distress and to detect "
      "unauthorised crossings in remote areas. We do not identify our customers or their countries, although we can "
      "confirm that some of them are located in the Middle East and North Africa.", "1a"),
    P("**Q1b, Q1c –** For the reasons given above, we cannot share quantities or locations of systems, and we will not "
      "be in a position to provide lists of products, customers or agencies in the future.", "1b", qs=["1b", "1c"],
      topic="confidentiality_decline"),
    P("**Q2a –** Mareth carries out a compliance review before every sale, covering the end user, applicable sanctions "
      "and export controls. All sales are made under export licences issued by the competent Cypriot authority in "
      "accordance with the EU Dual-Use Regulation.", "2a"),
    P("**Questions 2b and 2c –** Our due diligence is informed by the views of civil society and international "
      "organisations. Our systems are configured so that they cannot record the content of calls or messages. "
      "Customers must sign an end-user undertaking that restricts use to search and rescue, border security and "
      "criminal investigations authorised by law, and that prohibits transfer of the equipment to any third party. We "
      "provide operator training covering lawful use and the handling of personal data, and we can withhold licence "
      "renewals where we learn of a breach.", "2c", qs=["2b", "2c"]),
    P("**Q2d –** Employees and business partners may report concerns to our Compliance Officer in confidence, by e-mail "
      "or in person.", "2d"),
    P("**Q2e –** Yes. Our Responsible Business Policy sets out our commitment to respect internationally recognised "
      "human rights and the conditions under which we will sell to government end users. It is reviewed annually by "
      "the Board of Directors.", "2e"),
    P("**Q3 –** In 2021 Mareth ended its relationship with one government customer in the region, and it has since "
      "declined to bid for tenders in two further countries following internal review. We do not intend to withdraw "
      "from the region as a whole.", "3"),
    L("Yours faithfully,"),
    L("For and on behalf of Mareth Dynamics Ltd\nAndreas Charalambous\nDirector", cstyle="Signature"),
]
