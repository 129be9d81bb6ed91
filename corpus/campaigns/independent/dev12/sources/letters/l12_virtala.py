from lib import LH, L, P, Table

FILE = "VI-answers-BHRRC.docx"
COMPANY = "Virtala Identity Oy"
ALIASES = ["Virtala Identity", "Virtala"]
COUNTRY = "Finland"
LISTED = False
YAML_STATUS = "responded"
STYLE = "table"
LANG = "en"
MARKED = True
STATUS = {"1a": "answered", "1b": "answered", "1c": "partial", "2a": "partial", "2b": "partial",
          "2c": "answered", "2d": "answered", "2e": "partial", "3": "answered"}
NOTES = ("Unlisted company; two-column table with only the question number in the first column; biometric "
         "registration kits used by a humanitarian organisation (not governments) in camps; terse cells.")
WHAT = "Question/Answer table with bare numbers in the first column (table_label), unlisted, terse"
THEME = dict(body_font="DejaVu Sans Condensed", head_font="DejaVu Sans", size=20, accent="283593",
             letterhead_align="left", date_align="left")

ROWS = [
    ("1a", "table_label",
     "Virtala does not sell to governments or border agencies in the region. Our mobile registration kits (VIK-3: "
     "fingerprint, iris and face capture on a rugged tablet) are used by an international humanitarian organisation "
     "for refugee registration and aid distribution in Jordan and Lebanon.", "1a", None, None),
    ("1b", "table_label",
     "Approximately 340 kits since 2017, used at registration centres and in camps run by that organisation.",
     "1b", None, None),
    ("1c", "table_label",
     "We can share our product list. Customer information is confidential and would need the customer's agreement.",
     "1c", None, None),
    ("2a", "table_label",
     "Yes, as part of our customer onboarding process, which is documented in our quality management system.",
     "2a", None, None),
    ("2b", "table_label",
     "Our customer consults refugee communities on its registration procedures. We take part in user feedback sessions "
     "when invited.", "2b", None, None),
    ("2c", "table_label",
     "Data is encrypted on the device and transferred only to the customer's own servers. Kits can be wiped remotely. "
     "We do not process or store any biometric data ourselves and have no access to the customer's databases.",
     "2c", None, None),
    ("2d", "table_label",
     "Yes: ethics@virtala-identity.fi, open to anyone. Reports are reviewed by the CEO and the chair of the board.",
     "2d", None, None),
    ("2e", "table_label",
     "Our Code of Conduct and Privacy Policy apply. We do not have a separate human rights policy.", "2e", None, None),
    ("3", "table_label",
     "Not applicable. We do not supply surveillance equipment to governments in the region and do not intend to start.",
     "3", None, None),
]

BLOCKS = [
    LH("VIRTALA IDENTITY OY"),
    LH("Kuusikkotie 17 B, 02150 Espoo, Finland - Business ID 3012847-6", small=True),
    L("Espoo, 1 September 2022", cstyle="DateLine"),
    L("To: Business & Human Rights Resource Centre", cstyle="Address"),
    L("Dear Ms Khoury,"),
    P("Thank you for your letter of 19 July. Virtala is a small company (22 employees) that develops biometric "
      "registration hardware and software for humanitarian and development programmes. Our answers to your questions "
      "are given in the table below; please contact me if you need more detail."),
    Table(["Question", "Answer"], ROWS, widths=[12, 88]),
    P("If it would help your research, we would be glad to put you in touch with our customer's data protection "
      "office."),
    L("Best regards,"),
    L("Aleksi Hautamäki\nCEO, Virtala Identity Oy", cstyle="Signature"),
]
