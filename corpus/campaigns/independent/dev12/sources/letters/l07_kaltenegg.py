from lib import LH, L, P

FILE = "KO_Stellungnahme_BHRRC_EN.pdf"
COMPANY = "Kaltenegg Optronik GmbH"
ALIASES = ["Kaltenegg Optronik", "Kaltenegg"]
COUNTRY = "Austria"
LISTED = True
YAML_STATUS = "responded"
STYLE = "markers"
LANG = "en"
MARKED = True
STATUS = {"1a": "answered", "1b": "partial", "1c": "declined", "2a": "answered", "2b": "answered",
          "2c": "partial", "2d": "answered", "2e": "answered", "3": "answered"}
NOTES = ("Austrian legal 'Ad 1a:' run-in markers in bold, including a combined 'Ad 1b and 1c:'; only 'low two-digit "
         "range' for numbers; lists risks; export authorisation folded into 2e.")
WHAT = "markers 'Ad 1a:' (bold run-in), combined marker 'Ad 1b and 1c:'"
THEME = dict(body_font="DejaVu Sans", head_font="DejaVu Sans", size=20, accent="5D4037",
             letterhead_align="left", date_align="right")

BLOCKS = [
    LH("KALTENEGG OPTRONIK"),
    LH("Kaltenegg Optronik GmbH - Puchstraße 219 - 8055 Graz - Austria - FN 412977 t", small=True),
    L("Graz, 31 August 2022", cstyle="DateLine"),
    L("Business & Human Rights Resource Centre\nAttn. Ms Rania Khoury", cstyle="Address"),
    L("Dear Ms Khoury,"),
    P("Thank you for your enquiry of 19 July 2022. Please find our answers below; we have kept to the numbering of your "
      "questionnaire."),
    P("**Ad 1a:** Kaltenegg manufactures long-range day/night camera systems (product family KO-Vigil) and relocatable "
      "surveillance towers that combine these cameras with a laser rangefinder. Government customers in the MENA region "
      "are the border guard of the Republic of Tunisia (towers along the land border with Libya, delivered 2019 to "
      "2021) and the Ministry of Interior of the Kingdom of Saudi Arabia (cameras for its southern border region, "
      "delivered 2017).", "1a"),
    P("**Ad 1b and 1c:** The number of systems delivered to the region is in the low two-digit range. We do not publish "
      "exact quantities or delivery locations, and we are not in a position to provide BHRRC with updated customer "
      "lists in the future, as these are covered by confidentiality agreements with the authorities concerned.", "1b",
      qs=["1b", "1c"], topic="confidentiality_decline"),
    P("**Ad 2a:** Yes. Since 2020, projects with government end users outside the EU and EFTA undergo a human rights "
      "risk assessment, carried out by our compliance function with support from an external consultancy. The "
      "assessment covers the end user, the country situation, the intended area of operation and the technical "
      "capability of the system. Risks identified for border projects in the region include the use of our imagery to "
      "locate groups of migrants and asylum seekers and push them back across the land border, excessive use of force "
      "during interceptions guided by our systems, and long-term storage of recordings of civilians living near the "
      "border.", "2a"),
    P("**Ad 2b:** No. We do not currently consult affected communities or human rights defenders directly. For our "
      "assessments we rely on public reports by UN agencies and NGOs.", "2b"),
    P("**Ad 2c:** Our systems do not include facial recognition or other biometric functions, and we do not offer such "
      "functions as an option for customers in the region. End-user certificates exclude re-export.", "2c"),
    P("**Ad 2d:** Our whistleblower system (hinweis.kaltenegg-optronik.at) is open to employees and external persons "
      "and allows anonymous reports. Reports are processed by the Head of Compliance, who reports directly to the "
      "Supervisory Board.", "2d"),
    P("**Ad 2e:** Yes. The Kaltenegg Human Rights Statement (2020) and the internal directive 'Sales to Sensitive End "
      "Users' govern these sales. Exports additionally require authorisation by the competent Austrian federal ministry "
      "under the Foreign Trade Act 2011 and the EU Dual-Use Regulation.", "2e"),
    P("**Ad 3:** There are currently no plans to stop business in the region in general. Each new project is assessed "
      "individually; in 2021 we did not pursue one opportunity in the region following our assessment.", "3"),
    P("We hope that these answers are helpful and remain at your disposal for further questions."),
    L("Kind regards"),
    L("Mag. Stefanie Wurmbrand\nHead of Legal & Compliance\nKaltenegg Optronik GmbH", cstyle="Signature"),
]
