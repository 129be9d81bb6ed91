from lib import LH, L, P, B

FILE = "Letter_to_BHRRC_14Aug2022.docx"
COMPANY = "Qantara Secure Systems FZ-LLC"
ALIASES = ["Qantara Secure Systems", "Qantara"]
COUNTRY = "United Arab Emirates"
LISTED = True
YAML_STATUS = "responded"
STYLE = "prose"
LANG = "en"
MARKED = False
STATUS = {"1a": "answered", "1b": "partial", "1c": "answered", "2a": "partial", "2b": "not_addressed",
          "2c": "partial", "2d": "answered", "2e": "partial", "3": "answered"}
NOTES = ("Gulf-based integrator; English prose with an Arabic paragraph from the Amman branch (on camps, i.e. 1b) and an "
         "Arabic version of the grievance contact; 1c answered late in the letter; no cues.")
WHAT = "English prose with Arabic passages (letterhead, branch statement, grievance contact), no cues"
THEME = dict(body_font="DejaVu Sans", head_font="DejaVu Sans", size=21, accent="8D6E00",
             letterhead_align="center", date_align="right")

AR_LH = LH("قنطرة للأنظمة الأمنية م.م.ح")
AR_LH.lang = "ar"

BLOCKS = [
    LH("QANTARA SECURE SYSTEMS FZ-LLC"),
    AR_LH,
    LH("Building A4, Dubai Silicon Oasis - P.O. Box 341187 - Dubai, United Arab Emirates", small=True),
    L("14 August 2022", cstyle="DateLine"),
    L("Business & Human Rights Resource Centre\nLondon, United Kingdom", cstyle="Address"),
    L("Dear Sir or Madam,"),
    P("We refer to your letter of 19 July 2022. Qantara Secure Systems designs and integrates security systems for "
      "airports, seaports and land entry points. We are headquartered in Dubai and maintain a service branch in Amman, "
      "Jordan, and a project office in Erbil."),
    P("Our work with government clients in the region consists of under-vehicle inspection systems, licence-plate "
      "recognition, perimeter CCTV with video management software, and the integration of passport readers made by "
      "other manufacturers into inspection lanes. These are installed for customs and interior ministry clients in the "
      "United Arab Emirates, the Hashemite Kingdom of Jordan and the Kurdistan Region of Iraq. We do not manufacture "
      "drones, radars or interception equipment.", "1a"),
    P("The size of an installation varies from a single inspection lane to a complete entry point. Over the last eight "
      "years we have completed several dozen projects of this kind at land ports and checkpoints.", "1b"),
    P("The following paragraph was provided by the manager of our Amman branch:"),
    P("وفيما يتعلق بمخيمات اللاجئين، يؤكد فرعنا في عمّان أنه لم يقم بتوريد أي معدات داخل مخيمات اللاجئين في الأردن "
      "ولم يتولَّ صيانة أي أنظمة فيها. ويقتصر عملنا في الأردن على المعابر الحدودية ومراكز الجمارك، بموجب عقود مع "
      "الجهات الحكومية المختصة.", "1b", lang="ar"),
    P("Before accepting a project we assess the client, the site and the purpose of the system, and our management "
      "reviews any project that may raise concerns about privacy or the treatment of travellers.", "2a"),
    P("Our camera and licence-plate systems are configured by the client. At handover we train the client's operators, "
      "including a module on data protection prepared with a law firm in Dubai, and our standard contracts state that "
      "the client is responsible for the lawful use of the system.", "2c"),
    P("Our Code of Business Ethics commits the company to comply with the laws of the countries where we operate and to "
      "respect the dignity of every person our work affects.", "2e"),
    P("Anyone who has a concern about our conduct or the way our systems are used can write to our compliance officer "
      "at integrity@qantara-secure.ae, in Arabic or English. Messages are handled confidentially and are reported to "
      "the board twice a year.", "2d"),
    P("يمكن لأي شخص لديه ملاحظة أو شكوى التواصل مع مسؤول الامتثال لدينا باللغة العربية أو الإنجليزية على العنوان "
      "الإلكتروني integrity@qantara-secure.ae، وتُعالج جميع الرسائل بسرية تامة.", "2d", lang="ar"),
    P("We are willing to share an updated list of our product lines with the Resource Centre. Information about "
      "individual clients and sites can only be released with the client's written consent, which we would be prepared "
      "to request.", "1c"),
    P("Qantara has no plans to stop working with governments in the region. We are a regional company, our clients are "
      "the legitimate authorities of the countries where we operate, and the systems we install help manage the "
      "movement of millions of travellers and goods every year.", "3"),
    P("We trust this information is helpful."),
    L("Yours faithfully,"),
    L("Tariq Al-Mansouri\nGeneral Manager", cstyle="Signature"),
]
