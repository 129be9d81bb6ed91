from blocks import LH, LL, G, A

LETTER = dict(
    file="QST reply BHRRC Sep2022.pdf",
    company="Qamar Sentinel Technologies L.L.C.", aliases=["Qamar Sentinel Technologies", "Qamar Sentinel"],
    country="Jordan", listed=True, campaign_status="responded", style="markers", lang="en", marked_default=True,
    layout=dict(font="DejaVu Sans", size=21, margin=1300,
                footer="Qamar Sentinel Technologies L.L.C. · Commercial Registration No. 41872 · Amman, Hashemite Kingdom of Jordan"),
    status={"1a": "answered", "1b": "answered", "1c": "partial", "2a": "answered", "2b": "answered",
            "2c": "answered", "2d": "answered", "2e": "answered", "3": "answered"},
    notes="MENA subsidiary answering in English with Arabic versions of several answers; square-bracketed hyphenated "
          "labels as bold run-ins, one label covering two non-adjacent sub-questions. "
          "Partial: 1c (annual product list offered, clients and agencies withheld).",
    tests="bilingual English/Arabic letter; bracketed run-in labels [1-a]; Arabic paragraphs under a label carry no label of their own; "
          "combined label for 2a and 2c",
    blocks=[
        LH("QAMAR SENTINEL TECHNOLOGIES L.L.C."),
        LH("Wasfi Al-Tal Street 118, Amman 11183, Jordan · A subsidiary of Brightmoor Group plc", fmt="lhs"),
        LL("Amman, 3 September 2022"),
        LL("To the Business & Human Rights Resource Centre"),
        LL("Dear Sir or Madam,"),
        G("We write on behalf of Qamar Sentinel Technologies, the Jordanian subsidiary of Brightmoor Group, in reply to "
          "your questionnaire. Our staff in Amman work in both Arabic and English, and so that our team and our partners "
          "can read this reply we have added an Arabic version after several of the English answers. Each answer carries "
          "the number of your question in square brackets."),
        G("نرسل إليكم هذا الرد باسم شركة قمر سنتينل للتقنيات، وقد أضفنا نصا عربيا بعد عدد من الإجابات الإنجليزية حتى "
          "يتمكن فريقنا وشركاؤنا في المنطقة من الاطلاع عليه.", lang="ar"),
        A("1a", "**[1-a]** Yes. Qamar Sentinel supplies integrated perimeter systems – fixed thermal cameras, fence-mounted "
                "intrusion sensors and a video management platform – to the border guard of the Jordan Armed Forces and, "
                "through a subcontract, to the civil defence authority in the Kurdistan Region of Iraq. We do not sell "
                "these systems to any other government in the region."),
        A("1a", "نعم. تورد الشركة أنظمة متكاملة لحماية المحيط، تشمل كاميرات حرارية ثابتة وأجهزة استشعار للتسلل مثبتة على "
                "السياج ومنصة لإدارة الفيديو، إلى حرس الحدود التابع للقوات المسلحة الأردنية، ومن خلال عقد من الباطن إلى "
                "الدفاع المدني في إقليم كردستان العراق. ولا نبيع هذه الأنظمة لأي حكومة أخرى في المنطقة.", lang="ar"),
        A("1b", "**[1-b]** Over the past eight years we have installed 64 thermal camera towers and roughly 140 kilometres "
                "of fence sensors along Jordan's northern and eastern borders. We have not installed any equipment inside "
                "refugee camps, including Zaatari and Azraq."),
        A("1c", "**[1-c]** We can share an updated product list each year. Client names and border agencies will not be "
                "shared without the written approval of the client, and in our experience such approval is not given."),
        A("2a,2c", "**[2-a] [2-c]** Before each tender, our parent company's compliance team reviews the project against its "
                   "human rights screening checklist. For border projects the main risks recorded were the use of thermal "
                   "imaging to push back people approaching the border, the detention of people detected at night, and the "
                   "retention of video images of refugees. As a result, video is kept for 30 days only, cameras are not "
                   "linked to any facial recognition function, and operators are trained to notify the humanitarian "
                   "liaison officer when families or injured people are detected."),
        A("2a,2c", "قبل كل مناقصة، تراجع إدارة الامتثال في الشركة الأم المشروع وفق قائمة فحص خاصة بحقوق الإنسان. ومن أبرز "
                   "المخاطر التي رصدناها استخدام التصوير الحراري لإبعاد الأشخاص عن الحدود، واحتجاز من يتم رصدهم ليلا، "
                   "والاحتفاظ بصور اللاجئين. ولذلك لا نحتفظ بالتسجيلات أكثر من ثلاثين يوما، ولا نربط الكاميرات بأي وظيفة "
                   "للتعرف على الوجوه.", lang="ar"),
        A("2b", "**[2-b]** We have no formal consultation process with refugees or migrants. Our local team meets "
                "periodically with UNHCR field staff and with two Jordanian human rights organisations, whose comments are "
                "passed on to the compliance team."),
        A("2d", "**[2-d]** Complaints can be made through the Brightmoor Group ethics line, which accepts reports by telephone "
                "and web form in Arabic and English, anonymously if preferred. Qamar also accepts written complaints at its "
                "Amman office."),
        A("2d", "يمكن تقديم الشكاوى عبر خط الأخلاقيات التابع لمجموعة برايتمور، بالهاتف أو من خلال نموذج إلكتروني باللغتين "
                "العربية والإنجليزية، مع إمكانية عدم الكشف عن الهوية. كما نستقبل الشكاوى المكتوبة في مكتبنا في عمان.",
          lang="ar"),
        A("2e", "**[2-e]** The Brightmoor Group Human Rights Policy applies to all subsidiaries. There is no separate procedure "
                "for migration-related sales; border projects follow the general tender approval process, which includes "
                "the screening described above."),
        A("3", "**[3]** No. We intend to continue supporting the border security of Jordan, which hosts a very large refugee "
               "population, and we believe that our safeguards reduce rather than increase the risks to refugees."),
        A("3", "لا. نعتزم مواصلة دعم أمن الحدود في الأردن، الذي يستضيف أعدادا كبيرة جدا من اللاجئين، ونرى أن الضمانات التي "
               "نطبقها تحد من المخاطر على اللاجئين ولا تزيدها.", lang="ar"),
        G("Please do not hesitate to contact our compliance office in Amman if any of these answers requires "
          "clarification or further detail."),
        LL("With best regards,"),
        LL("Rania Al-Khatib"),
        LL("General Manager, Qamar Sentinel Technologies L.L.C."),
    ],
)
