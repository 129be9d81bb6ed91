from lib import LH, L, P, H

FILE = "Skjoldvik_BHRRC_response_Aug2022.pdf"
COMPANY = "Skjoldvik Maritime AS"
ALIASES = ["Skjoldvik Maritime", "Skjoldvik"]
COUNTRY = "Norway"
LISTED = True
YAML_STATUS = "responded"
STYLE = "headings"
LANG = "en"
MARKED = True
STATUS = {"1a": "answered", "1b": "partial", "1c": "partial", "2a": "answered", "2b": "partial",
          "2c": "answered", "2d": "answered", "2e": "answered", "3": "partial"}
NOTES = ("Warm CSR voice with the company's own topical headings; 1a-1c grouped under one heading; no numbers for "
         "deployments; open about the gap on consulting affected people; question 3 left open.")
WHAT = "topical headings of the company's own, warm CSR voice, 1a-1c under one heading"
THEME = dict(body_font="DejaVu Sans", head_font="DejaVu Serif", size=21, accent="006064", heading_color="006064",
             letterhead_align="left", date_align="right",
             footer="Skjoldvik Maritime AS - Org. no. 921 447 053 - Damsgårdsveien 151, 5160 Laksevåg, Norway")

BLOCKS = [
    LH("Skjoldvik Maritime AS"),
    LH("Damsgårdsveien 151 - 5160 Laksevåg - Norway", small=True),
    L("Bergen, 26 August 2022", cstyle="DateLine"),
    L("Business & Human Rights Resource Centre\nLondon", cstyle="Address"),
    L("Dear Rania Khoury,"),
    P("Thank you for reaching out to us, and for the important work the Resource Centre does. We welcome questions like "
      "yours: they help us test our own practices. Below we have grouped our response under a few headings."),
    H("Who we are"),
    P("Skjoldvik Maritime develops coastal radar networks, vessel traffic services and maritime domain awareness "
      "software. We are a company of about 300 people, and most of our systems are used for port safety, fisheries "
      "protection and search and rescue in Europe and Asia."),
    H("Our work in the Middle East and North Africa", "1a", qs=["1a", "1b", "1c"]),
    P("In the region, we have delivered vessel traffic and coastal surveillance systems to the maritime authorities of "
      "Egypt and Tunisia, and search-and-rescue coordination software to the coast guard of Lebanon. These systems "
      "track ships, not people: they combine radar returns with the identification signals that larger vessels "
      "transmit.", "1a"),
    P("Across these three countries our systems cover a number of radar sites along the coast and one coordination "
      "centre in each country. None of our equipment is installed at land border crossings or in refugee camps.",
      "1b"),
    P("We are glad to keep the Resource Centre informed about our activities in the region at a general level, and we "
      "publish a list of our main reference projects on our website. Details of individual contracts remain subject to "
      "our customers' consent.", "1c"),
    H("How we assess risk", "2a"),
    P("We screen every new government project against our human rights risk criteria before we make an offer. For "
      "maritime surveillance in the Mediterranean, the most serious risks we have identified are that radar and "
      "tracking data could be used to intercept migrant boats and return people to unsafe places, and that delays in "
      "passing on information about boats in distress could cost lives. Projects that score high on these criteria "
      "need approval from our executive management team and an independent review by our ethics council, which has "
      "two external members.", "2a"),
    H("Listening to people affected", "2b"),
    P("This is an area where we know we must do more. So far our engagement has been with organisations rather than "
      "with affected people themselves: we have met Norwegian humanitarian organisations and researchers working on "
      "migration in the Mediterranean, and we are exploring how their networks could help us hear from people with "
      "direct experience of crossings.", "2b"),
    H("Safeguards in our contracts and systems", "2c"),
    P("Our contracts with maritime authorities in the region require that our systems are used in line with the "
      "International Convention on Maritime Search and Rescue and international human rights law, and that "
      "information on vessels in distress is passed to the responsible rescue coordination centre without delay. Our "
      "software logs every hand-over of a distress alert, so that delays can be detected in audits. We train operators "
      "on search-and-rescue obligations, and we keep a right to suspend support and updates if the contract terms are "
      "breached.", "2c"),
    H("Raising concerns", "2d"),
    P("Anyone can contact our ethics council in confidence through our whistleblowing channel at skjoldvik.no/speakup, "
      "in English, French, Arabic or Norwegian. Reports can be anonymous, and the council reports annually to the Board "
      "on the concerns raised and how they were handled.", "2d"),
    H("Our commitments", "2e", qs=["2e", "3"]),
    P("Our Human Rights Policy, adopted in 2019 and updated in 2022 in light of the Norwegian Transparency Act, commits "
      "us to the UN Guiding Principles and the OECD Guidelines, and it is the basis for the screening described above. "
      "We publish an annual account of our due diligence.", "2e"),
    P("Whether we continue to work with a given authority depends on the outcome of these assessments. We believe our "
      "systems help save lives at sea, and we will act on what we learn.", "3"),
    P("Thank you again for your letter. We would be happy to meet you to discuss these issues further."),
    L("Warm regards,"),
    L("Ingrid Solheim-Brekke\nHead of Sustainability\nSkjoldvik Maritime AS", cstyle="Signature"),
]
