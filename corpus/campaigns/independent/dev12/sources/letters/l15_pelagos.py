from lib import LH, L, P

FILE = "Pelagos_reply.docx"
COMPANY = "Pelagos Secure Communications S.A."
ALIASES = ["Pelagos Secure Communications", "Pelagos"]
COUNTRY = "Greece"
LISTED = False
YAML_STATUS = "declined"
STYLE = "refusal"
LANG = "en"
MARKED = False
STATUS = {"1a": "declined", "1b": "declined", "1c": "declined", "2a": "declined", "2b": "declined",
          "2c": "declined", "2d": "partial", "2e": "declined", "3": "declined"}
NOTES = ("Unlisted company; refusal citing a no-comment policy on clients and pending litigation; blanket 'no further "
         "statement' covers the due-diligence questions; only a postal contact for concerns (2d partial).")
WHAT = "refusal (no comment on clients, pending litigation), unlisted"
THEME = dict(body_font="DejaVu Serif", head_font="DejaVu Serif", size=22, accent="1A237E",
             letterhead_align="center", date_align="right")

BLOCKS = [
    LH("PELAGOS SECURE COMMUNICATIONS S.A."),
    LH("Leoforos Kifisias 290 - 152 32 Chalandri, Athens - Greece", small=True),
    L("Athens, 7 October 2022", cstyle="DateLine"),
    L("Business & Human Rights Resource Centre\nBy e-mail", cstyle="Address"),
    L("Dear Sir/Madam,"),
    P("We acknowledge receipt of your e-mail of 19 July 2022 and of your reminder of 12 September. As a matter of "
      "policy, Pelagos does not comment on its relationships with clients, whether actual or prospective, or on the "
      "countries in which its products may be used, and we will not speculate about future commercial decisions.",
      "1a", qs=["1a", "1b", "1c", "3"], topic="confidentiality_decline"),
    P("In addition, as you may be aware, the company is currently a party to legal proceedings in Greece concerning "
      "matters touched on in your questionnaire. On the advice of our lawyers, we are not in a position to make any "
      "further statement while those proceedings are pending.", "2a", qs=["2a", "2b", "2c", "2e"],
      topic="confidentiality_decline"),
    P("Should any individual have a specific concern about the conduct of Pelagos, it may be addressed in writing to "
      "our Legal Department at the address above.", "2d"),
    L("Yours faithfully,"),
    L("Legal Department\nPelagos Secure Communications S.A.", cstyle="Signature"),
]
