# Prose, English with two Arabic right-to-left paragraphs (subsidiary in Dubai), DOCX. Warm CSR voice, with cues.
META = {
    "file": "Sablestone_Biometrics_BHRRC_reply.docx",
    "company": "Sablestone Biometrics Ltd",
    "aliases": ["Sablestone Biometrics", "Sablestone"],
    "country": "United Kingdom",
    "listed": True,
    "style": "prose",
    "lang": "en",
    "layout": {"font": "Calibri", "size_pt": 11, "page": "A4", "letterhead_align": "right",
               "letterhead_color": "0B6E4F", "heading_font": "Calibri Light", "letterhead_size_pt": 18},
    "status": {"1a": "partial", "1b": "answered", "1c": "partial", "2a": "partial", "2b": "partial",
               "2c": "answered", "2d": "answered", "2e": "answered", "3": "partial"},
    "notes": ("Warm CSR prose with cues; the Dubai subsidiary answers 2b and 2d in Arabic (RTL paragraphs). "
              "Partial: 1a (products described but the countries are withheld), "
              "1c (offers product updates and a report, client information left to contracts), "
              "2a (UNGP-based process asserted, no risks outlined), "
              "2b (engagement with local NGOs and legal-aid centres only, not with migrants themselves), "
              "3 (presence 'kept under regular review' instead of an answer on stopping). "
              "Caveated answer(s): 1b (around 340 kits with a rough split, given as estimates from shipment records)."),
}

BLOCKS = [
    ("lh", "Sablestone Biometrics"),
    ("lhs", "Sablestone Biometrics Ltd · 9 Quayside Walk · Bristol BS1 4RN · United Kingdom"),
    ("letter", "2 September 2022"),
    ("letter", "Business & Human Rights Resource Centre, London"),
    ("letter", "Dear Nour,"),
    ("p", "g", "OT",
     "Thank you so much for reaching out, and for the important work the Resource Centre does to shine a light on how "
     "technology affects people on the move. We welcome the chance to share how we think about these issues, and we "
     "hope this letter is helpful."),
    ("p", "1a", "PC",
     "To start with what we supply: Sablestone designs mobile biometric enrolment kits that capture fingerprints, iris "
     "and facial images, together with the software that manages enrolment records. In the Middle East and North "
     "Africa these kits are supplied to government clients, including agencies responsible for immigration and "
     "residency, through our subsidiary Sablestone Gulf FZ-LLC in Dubai. Our client agreements in the region do not "
     "allow us to name the countries concerned."),
    ("p", "1b", "DS",
     "Regarding volumes, our shipment records show that around 340 kits have gone to government clients in the region "
     "since 2015. About a third of them have been used at land border crossings and airports, and as far as we know "
     "none have been used in refugee camps. Please treat these figures as estimates, since clients sometimes move kits "
     "between sites after delivery."),
    ("p", "2a", "DD",
     "On due diligence, we follow the UN Guiding Principles on Business and Human Rights. Every opportunity involving "
     "a government client goes through our human rights due diligence process before we submit a proposal, and our "
     "Responsible Sales Committee considers the outcome. We are proud of the rigour of this process and we continue "
     "to strengthen it every year."),
    ("p", "2c", "MI",
     "We are also very aware that biometric data is among the most sensitive information a person has. Our kits are "
     "built on privacy-by-design principles: templates are encrypted on the device, nothing is sent to us or to any "
     "cloud service, and the software cannot run a one-to-many search against a watchlist unless the client buys a "
     "separate module, which we do not offer to migration authorities. We also provide every client's operators with "
     "training on dignity, consent and data protection, developed together with an independent data protection "
     "expert."),
    ("p", "g", "OT",
     "Our colleagues at Sablestone Gulf, who work most closely with clients in the region, wanted to describe their "
     "own engagement in their own words:"),
    ("p", "2b", "SE",
     "نحن في سابلستون الخليج نحرص على التواصل بشكل منتظم مع منظمات المجتمع المدني المحلية ومراكز المساعدة القانونية "
     "التي تعمل مع المهاجرين في المنطقة، ونأخذ ملاحظاتها بعين الاعتبار عند مراجعة مشاريعنا مع العملاء الحكوميين. وقد "
     "شاركنا خلال عام 2021 في ورشتي عمل حول حماية البيانات الشخصية نظمتهما جمعيات مهنية في دبي وعمّان.",
     {"lang": "ar"}),
    ("p", "2d", "GM",
     "كما نود أن نوضح أن خط الإبلاغ التابع للمجموعة متاح باللغة العربية على مدار الساعة، ويمكن لأي شخص، سواء كان "
     "موظفاً أو عميلاً أو فرداً من الجمهور، أن يقدم شكوى أو يبلغ عن مخاوفه بشكل سري، ومن دون الكشف عن هويته إذا رغب "
     "في ذلك، عبر الهاتف أو من خلال الموقع الإلكتروني.",
     {"lang": "ar"}),
    ("p", "2e", "PO",
     "All of this sits under our Human Rights Policy, adopted by the Board in 2020, which commits us to the UN Guiding "
     "Principles and names migrants, refugees and stateless people as groups at heightened risk. The policy requires "
     "a documented review by the Responsible Sales Committee, chaired by our Chief Operating Officer, before any sale "
     "to a government client for identity, border or migration purposes, and the Committee can attach conditions to a "
     "sale or reject it."),
    ("p", "1c", "DC",
     "We would be delighted to keep the Resource Centre informed about our product portfolio as it evolves, and we "
     "will add you to the mailing list for our annual Responsibility Report. Information about individual clients is "
     "governed by our agreements with them."),
    ("p", "3", "EX",
     "Finally, on the question of our future in the region: our presence in every market is kept under regular "
     "review by the Board in the light of human rights developments, and we will continue to act responsibly."),
    ("letter", "With warm regards,"),
    ("sig", "Harriet Ngozi-Clarke"),
    ("sig", "Head of Responsible Business"),
]
