from lib import LH, L, P

FILE = "OM-2022-0917 BHRRC.pdf"
COMPANY = "Orrismark Biometrics B.V."
ALIASES = ["Orrismark Biometrics", "Orrismark"]
COUNTRY = "Netherlands"
LISTED = False
YAML_STATUS = "responded"
STYLE = "prose"
LANG = "en"
MARKED = False
STATUS = {"1a": "answered", "1b": "answered", "1c": "not_addressed", "2a": "partial", "2b": "not_addressed",
          "2c": "answered", "2d": "not_addressed", "2e": "partial", "3": "not_addressed"}
NOTES = ("Terse engineer's prose with no cues, not on the campaign list; exact numbers and sites; technical "
         "safeguards before a thin due-diligence sentence; four questions skipped.")
WHAT = "terse prose, no cues, unlisted company, technical safeguards first, four questions skipped"
THEME = dict(body_font="DejaVu Sans", head_font="DejaVu Sans", size=19, accent="2E7D32",
             letterhead_align="left", date_align="left", margins=(1134, 1304, 1134, 1304))

BLOCKS = [
    LH("ORRISMARK BIOMETRICS"),
    LH("Hurksestraat 212 | 5652 AL Eindhoven | The Netherlands | KvK 68120473", small=True),
    L("Eindhoven, 2 September 2022", cstyle="DateLine"),
    L("To: Business & Human Rights Resource Centre (BHRRC)\nSubject: your questionnaire on surveillance technology in "
      "MENA", cstyle="Address"),
    L("Dear Ms Khoury,"),
    P("Short answers below. Orrismark is an engineering company of 45 people; we design the kiosk hardware and the "
      "capture software ourselves and assemble in Eindhoven."),
    P("Orrismark supplies self-service biometric enrolment and verification kiosks (model OK-7, fingerprint and face "
      "capture) to government agencies. In the MENA region our customers are the passport and residency directorates "
      "of Jordan and Iraq. We also provide spare parts and a second-line maintenance service to the same customers.", "1a"),
    P("Since 2015 we have delivered 212 kiosks to the region, installed at nine sites: three international airports, "
      "four land border crossings and two residency offices. At the land crossings the kiosks serve registered "
      "frequent travellers and holders of residence permits. We have not supplied any equipment to refugee camps.",
      "1b"),
    P("The kiosks hold fingerprint and face templates only for the duration of a transaction. Templates are deleted "
      "after transfer to the customer's back-end system, which we do not supply, operate or have access to. Audit logs "
      "are kept locally for 30 days. Liveness detection is included to prevent spoofing, not to profile travellers, and "
      "the software contains no ethnicity, emotion or gender estimation. Firmware updates are signed by us and installed only "
      "at the customer's request.", "2c"),
    P("Before a sale we check the customer against EU and UN sanctions lists and verify whether an export licence is "
      "needed. Human rights aspects are discussed in the management team for every government deal outside the EU.",
      "2a"),
    P("Our Code of Conduct applies to all staff and to the sales agents who represent us abroad.", "2e"),
    P("We trust this answers your questions."),
    L("Kind regards,"),
    L("Ruud Hoekstra\nCTO, Orrismark Biometrics B.V.", cstyle="Signature"),
]
