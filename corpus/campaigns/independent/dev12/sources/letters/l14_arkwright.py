from lib import LH, L, P

FILE = "ADS_BHRRC_180822.pdf"
COMPANY = "Arkwright Defence Systems Limited"
ALIASES = ["Arkwright Defence Systems", "Arkwright"]
COUNTRY = "United Kingdom"
LISTED = True
YAML_STATUS = "declined"
STYLE = "refusal"
LANG = "en"
MARKED = False
STATUS = {"1a": "declined", "1b": "declined", "1c": "declined", "2a": "partial", "2b": "declined",
          "2c": "declined", "2d": "declined", "2e": "partial", "3": "declined"}
NOTES = ("Short refusal: 'unable to respond to the specific questions' on contractual and national-security grounds "
         "(all questions declined), then licensing, 'robust' processes and a published code (2a, 2e partial); offers "
         "a meeting.")
WHAT = "refusal (national security / contractual confidentiality), points to public code, offers meeting"
THEME = dict(body_font="DejaVu Sans", head_font="DejaVu Sans", size=22, accent="263238",
             letterhead_align="right", date_align="left",
             footer="Arkwright Defence Systems Limited - Registered in England No. 04417720")

BLOCKS = [
    LH("ARKWRIGHT DEFENCE SYSTEMS LIMITED"),
    LH("Arkwright House - Meridian Business Park - Farnborough GU14 6XR - United Kingdom", small=True),
    L("18 August 2022", cstyle="DateLine"),
    L("Business & Human Rights Resource Centre", cstyle="Address"),
    L("Dear Ms Khoury,"),
    P("Thank you for your letter of 19 July. Arkwright's customers are governments and armed forces, and the details of "
      "our programmes, including the identity of customers, the equipment supplied and where it is deployed, are "
      "subject to contractual and national security restrictions. We are therefore unable to respond to the specific "
      "questions in your letter.", "1a", qs=["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"],
      topic="confidentiality_decline"),
    P("All of our exports are licensed by the UK Government under the Export Control Order 2008, and we operate robust "
      "trade compliance and ethics processes, which are described in our Code of Business Conduct published on our "
      "website.", "2a", qs=["2a", "2e"], topic="export_control"),
    P("We would be happy to meet you to explain our approach to responsible business in more general terms. Please "
      "contact my office if that would be helpful."),
    L("Yours sincerely,"),
    L("Richard Penhaligon\nDirector, Corporate Affairs", cstyle="Signature"),
]
