from lib import LH, L, P, H, AN, PAGEBREAK

FILE = "Letter 0915 with annexes.pdf"
COMPANY = "Tarnovec Systems a.s."
ALIASES = ["Tarnovec Systems", "Tarnovec"]
COUNTRY = "Czech Republic"
LISTED = True
YAML_STATUS = "responded"
STYLE = "annex"
LANG = "en"
MARKED = False
STATUS = {"1a": "answered", "1b": "answered", "1c": "declined", "2a": "answered", "2b": "not_addressed",
          "2c": "partial", "2d": "answered", "2e": "answered", "3": "partial"}
NOTES = ("Short cover letter (declines lists, points to annexes) plus Annex A with bold '1(a)' run-in answers and "
         "Annex B, an unnumbered policy extract whose sections answer 2a, 2c and 2e; 2(b) silently skipped.")
WHAT = "cover letter + Annex A (numbered answers) + Annex B (policy extract, unmarked)"
THEME = dict(body_font="DejaVu Serif", head_font="DejaVu Serif", size=21, accent="4A148C", heading_color="4A148C",
             letterhead_align="center", date_align="right",
             footer="Tarnovec Systems a.s. - IČO 28491736 - Hněvkovského 65, 617 00 Brno, Czech Republic")

BLOCKS = [
    LH("TARNOVEC SYSTEMS a.s."),
    LH("Hněvkovského 65 - 617 00 Brno - Czech Republic", small=True),
    L("Brno, 15 September 2022", cstyle="DateLine"),
    L("Business & Human Rights Resource Centre\nMs Rania Khoury, MENA Researcher", cstyle="Address"),
    L("Dear Ms Khoury,"),
    P("We acknowledge with thanks your letter of 19 July 2022 concerning the provision of surveillance technology in "
      "the context of migration and border control in the Middle East and North Africa."),
    P("Tarnovec Systems takes these questions seriously. Our detailed answers are set out in Annex A to this letter. "
      "Annex B contains an extract from our Human Rights and Responsible Export Policy, which governs all sales of our "
      "border security products."),
    P("As explained in Annex A, we are unable to undertake to provide the Resource Centre with client lists in the "
      "future. We would, however, be glad to meet you to present our approach in more detail.", "1c",
      topic="disclosure_commitment"),
    L("Yours sincerely,"),
    L("Ing. Pavel Dvořáček\nChief Executive Officer\nEnclosures: Annex A, Annex B", cstyle="Signature"),
    PAGEBREAK(),
    H("Annex A - Responses to the questionnaire of the Business & Human Rights Resource Centre"),
    AN("**1(a)** Tarnovec supplies unattended ground sensor networks (seismic, acoustic and magnetic intrusion sensors "
       "with a central monitoring station) and passive radio-frequency detection systems for border surveillance. In "
       "the MENA region these products have been supplied to the border guard of the Arab Republic of Egypt and to the "
       "Ministry of National Defence of the People's Democratic Republic of Algeria.", "1a", marked=True),
    AN("**1(b)** Between 2013 and 2022 Tarnovec delivered four sensor network projects in the region, with a total of "
       "approximately 2,600 individual sensors and nine monitoring stations, all deployed along desert land borders "
       "away from official crossing points. No equipment has been supplied for use in refugee camps or at "
       "checkpoints.", "1b", marked=True),
    AN("**1(c)** Information on customers is subject to confidentiality obligations under our contracts and, in the "
       "case of defence customers, to the classification rules of the customer state. We are therefore not able to "
       "commit to providing such lists.", "1c", topic="confidentiality_decline", marked=True),
    AN("**2(a)** Yes. Since 2019 every offer to a government customer outside the EU and NATO has been subject to a "
       "human rights due diligence review by the Compliance Office (see Annex B, Section 3). For border surveillance in "
       "North Africa the review has identified the following principal risks: (i) use of detection data to locate and "
       "apprehend migrants in remote desert areas and expel them without access to asylum procedures, sometimes to "
       "places where their lives are at risk; (ii) use of sensor networks to monitor the movements of local nomadic "
       "communities; (iii) transfer of equipment to units with a record of abuses.", "2a", marked=True),
    AN("**2(c)** Our sensors detect movement and radio emissions but do not identify individuals or record the content "
       "of communications. Export licences are issued by the Licensing Administration of the Czech Ministry of Industry "
       "and Trade, and each delivery is accompanied by an end-user certificate.", "2c", marked=True),
    AN("**2(d)** Concerns may be reported by any person, including anonymously, through the whistleblowing channel on "
       "our website or to the Compliance Office at compliance@tarnovec-systems.cz. The Compliance Office reports to the "
       "Supervisory Board.", "2d", marked=True),
    AN("**2(e)** Yes. The Human Rights and Responsible Export Policy adopted by the Board of Directors in 2019, an "
       "extract of which is attached as Annex B, governs all such sales.", "2e", marked=True),
    AN("**3** Tarnovec does not supply countries subject to EU, OSCE or UN arms embargoes. Beyond this, decisions are "
       "taken case by case in accordance with our policy.", "3", marked=True),
    H("Annex B - Extract from the Tarnovec Systems Human Rights and Responsible Export Policy (2019)"),
    AN("Section 1. Tarnovec Systems respects internationally recognised human rights, as expressed in the International "
       "Bill of Human Rights, and follows the UN Guiding Principles on Business and Human Rights in its operations and "
       "business relationships.", "2e"),
    AN("Section 3. No offer for the supply of border security or surveillance products to a government end user outside "
       "the European Union and NATO may be submitted without a prior human rights due diligence review by the "
       "Compliance Office. The review shall assess the end user, the intended use, the human rights situation in the "
       "country of destination and the capabilities of the product, and shall recommend conditions or the rejection of "
       "the offer.", "2a"),
    AN("Section 5. Where the Company obtains credible information that its products are being used in connection with "
       "serious human rights violations, it shall investigate and may suspend deliveries, services and software "
       "support, or terminate the contract.", "2c", qs=["2c", "3"], topic="exit_and_restrictions"),
]
