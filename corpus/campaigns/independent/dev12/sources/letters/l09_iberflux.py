from lib import LH, L, P, H

FILE = "Iberflux_respuesta_BHRRC.pdf"
COMPANY = "Iberflux Sistemas, S.L."
ALIASES = ["Iberflux Sistemas", "Iberflux"]
COUNTRY = "Spain"
LISTED = True
YAML_STATUS = "responded"
STYLE = "markers"
LANG = "en"
MARKED = True
STATUS = {"1a": "answered", "1b": "answered", "1c": "answered", "2a": "partial", "2b": "partial",
          "2c": "answered", "2d": "partial", "2e": "answered", "3": "partial"}
NOTES = ("Markers as lettered paragraphs '(a)'...'(e)' under bold group lines '1.', '2.', '3.'; full product, country "
         "and number answers; vague due diligence; question 3 answered with export-control compliance only.")
WHAT = "markers '(a)' under '1.'/'2.' group lines; willing to disclose; 3 answered by export-control compliance"
THEME = dict(body_font="DejaVu Serif", head_font="DejaVu Sans", size=21, accent="B71C1C",
             letterhead_align="right", date_align="right",
             footer="Iberflux Sistemas, S.L. - CIF B-87420619 - Inscrita en el Registro Mercantil de Madrid")

BLOCKS = [
    LH("IBERFLUX SISTEMAS, S.L."),
    LH("Calle de la Hiedra 41 - 28036 Madrid - España", small=True),
    L("Madrid, 19 September 2022", cstyle="DateLine"),
    L("Ms Rania Khoury\nBusiness & Human Rights Resource Centre", cstyle="Address"),
    L("Subject: Response to questionnaire on surveillance technology and migration in MENA", cstyle="Subject"),
    L("Dear Ms Khoury,"),
    P("Thank you for contacting Iberflux. We apologise for the delay in replying, which was due to the summer period. "
      "Our answers follow the structure of your letter."),
    H("1. Products, clients and deployments", "1a", qs=["1a", "1b", "1c"], bold_para=True),
    P("(a) Yes. Iberflux supplies fixed and mobile coastal surveillance stations, each combining a maritime radar, a "
      "thermal and daylight camera and a communications link to a regional command centre, together with the "
      "command-and-control software. In the region our clients are the Royal Gendarmerie of Morocco and the National "
      "Coast Guard of Mauritania, the latter under a programme co-financed by the European Union.", "1a"),
    P("(b) Since 2014 we have installed 14 fixed stations, 6 mobile units and 3 regional command centres in these two "
      "countries. None of them is located at a land border crossing or in a refugee camp.", "1b"),
    P("(c) Yes. Subject to the agreement of our clients, we are willing to inform the Resource Centre each year of the "
      "product families we supply in the region and of the countries concerned.", "1c"),
    H("2. Due diligence and safeguards", "2a", qs=["2a", "2b", "2c", "2d", "2e"], bold_para=True),
    P("(a) Our Compliance Department reviews each international project before the offer is submitted. The review "
      "covers the legal status of the end user, export licensing requirements and reputational risks, including human "
      "rights risks.", "2a"),
    P("(b) We maintain contact with humanitarian organisations active in maritime search and rescue through our "
      "participation in Spanish and European industry forums.", "2b"),
    P("(c) Our stations are designed to detect vessels, not individual persons, and the software has no biometric "
      "function. Contracts oblige the end user to operate the system in accordance with international maritime law, "
      "including the duty to assist persons in distress at sea, and we train operators on these obligations at each "
      "site. Data are stored in the client's command centre and we have no access to them once the system is handed "
      "over.", "2c"),
    P("(d) Iberflux has an ethics channel, managed by the Compliance Department, which employees, suppliers and other "
      "business partners can use to report irregularities.", "2d"),
    P("(e) Yes. Our Code of Ethics and our Crime Prevention Model, approved by the Board of Directors, include a "
      "commitment to respect human rights, and our Export Control Procedure requires the approval of the Compliance "
      "Department for every sale to a government outside the European Union.", "2e"),
    H("3. Future sales", "3", bold_para=True),
    P("Iberflux complies strictly with the export control decisions of the Spanish authorities and with EU and UN "
      "embargoes, and will continue to do so. Our commercial decisions in the region will take into account the "
      "results of our compliance reviews.", "3", topic="export_control"),
    P("Please do not hesitate to contact us if you require further information."),
    L("Yours sincerely,"),
    L("Javier Ortega Salcedo\nDirector of Institutional Relations", cstyle="Signature"),
]
