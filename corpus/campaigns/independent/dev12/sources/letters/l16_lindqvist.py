from lib import LH, L, P, LI

FILE = "Reply_BHRRC_2022-09-22.docx"
COMPANY = "Lindqvist Sensor Systems AB"
ALIASES = ["Lindqvist Sensor Systems", "Lindqvist"]
COUNTRY = "Sweden"
LISTED = True
YAML_STATUS = "responded"
STYLE = "numbered-other"
LANG = "en"
MARKED = True
STATUS = {"1a": "answered", "1b": "partial", "1c": "answered", "2a": "answered", "2b": "partial",
          "2c": "answered", "2d": "partial", "2e": "answered", "3": "answered"}
NOTES = ("Numbering '1.', '2.', '3.' for the three main questions, with lettered sub-answers (a)-(c) run together "
         "inside paragraphs, a bullet list of measures for 2(c), and (d)+(e) combined after the list.")
WHAT = "numbered-other: 1./2./3. with run-together lettered sub-answers and a bullet list"
THEME = dict(body_font="DejaVu Sans", head_font="DejaVu Sans", size=21, accent="F57F17",
             letterhead_align="right", date_align="left")

BLOCKS = [
    LH("LINDQVIST SENSOR SYSTEMS AB"),
    LH("Gjutargatan 12 - 582 73 Linköping - Sweden - Org.nr 556912-4470", small=True),
    L("Linköping, 22 September 2022", cstyle="DateLine"),
    L("Business & Human Rights Resource Centre\nAtt: Rania Khoury", cstyle="Address"),
    L("Dear Ms Khoury,"),
    P("Thank you for your questions. We have answered them under three points corresponding to the three parts of "
      "your letter."),
    P("1. (a) Lindqvist makes thermal and radar-based perimeter sensors and the Argus camera trailer, a mobile mast with "
      "cameras and a short-range radar. Our government customers in the region are the coast guard of Kuwait and the "
      "border police of Oman. (b) Since 2016 we have delivered Argus trailers and fixed sensors to a small number of "
      "sites in these two countries, mainly ports and land crossing points. (c) We are prepared to send the Resource "
      "Centre an updated overview of our products and of the countries in the region where we have government "
      "customers once a year.", "1a", qs=["1a", "1b", "1c"]),
    P("2. (a) Before we submit an offer to a government customer outside the EU, our Sales Review Board, which includes "
      "our Head of Legal and our Sustainability Manager, assesses the human rights situation in the country, the end "
      "user and the ways in which our product could be misused. For border applications in the Gulf we have "
      "identified risks relating to the treatment of migrant workers and stateless people at crossing points, "
      "including arbitrary detention, and the risk that recordings are used to identify people taking part in "
      "protests. (b) We have not consulted migrants or refugees directly; where possible we discuss our assessments "
      "with Swedish civil society organisations. (c) The measures we apply are:", "2a", qs=["2a", "2b", "2c"]),
    LI("end-user certificates and a contractual ban on re-export and on use outside the agreed sites;", "2c"),
    LI("no facial recognition, licence-plate reading or audio recording functions in products delivered to the region;",
       "2c"),
    LI("automatic deletion of recordings after 30 days unless the customer changes the setting, which is logged;",
       "2c"),
    LI("training for the customer's operators, including a session on human rights and data protection;", "2c"),
    LI("follow-up visits during the warranty period, when our engineers check that the systems are used at the agreed "
       "sites.", "2c"),
    P("(d) Employees and business partners can report concerns through our whistleblowing service, which is operated by "
      "an external provider. (e) Our Human Rights Policy and our Export Control and Sales Review Procedure, both "
      "adopted by the Board, govern these sales, and all exports of our radars and thermal cameras from Sweden require "
      "a licence from the Swedish Inspectorate of Strategic Products.", "2e", qs=["2d", "2e"]),
    P("3. We have no plans to stop selling to customers in the region altogether. In 2020 we decided not to offer our "
      "products to one country in the region after a Sales Review Board assessment, and we will take the same kind of "
      "decision again if the risks cannot be managed.", "3"),
    P("We are happy to answer any further questions."),
    L("Kind regards,"),
    L("Sara Engström\nHead of Legal and Compliance\nLindqvist Sensor Systems AB", cstyle="Signature"),
]
