from lib import LH, L, P, Q

FILE = "BHRRC questionnaire - Larchmont answers.docx"
COMPANY = "Larchmont Vision Ltd"
ALIASES = ["Larchmont Vision", "Larchmont"]
COUNTRY = "Ireland"
LISTED = True
YAML_STATUS = "responded"
STYLE = "restated"
LANG = "en"
MARKED = True
STATUS = {"1a": "answered", "1b": "answered", "1c": "answered", "2a": "partial", "2b": "answered",
          "2c": "answered", "2d": "answered", "2e": "partial", "3": "partial"}
NOTES = ("Each question restated in shortened form as a bold line with its number, then the answer; no direct MENA "
         "government sales (distributors only); candid about lacking a formal assessment and a standalone policy.")
WHAT = "restated (shortened) questions in bold, all nine answered in order"
THEME = dict(body_font="DejaVu Sans Light", head_font="DejaVu Sans", size=21, accent="0D47A1",
             letterhead_align="left", date_align="left")

BLOCKS = [
    LH("Larchmont Vision"),
    LH("Unit 4, Ballycurreen Technology Park, Cork T12 XK70, Ireland - larchmontvision.ie", small=True),
    L("5 September 2022", cstyle="DateLine"),
    L("Business and Human Rights Resource Centre - MENA surveillance questionnaire", cstyle="Subject"),
    L("Dear Ms Khoury,"),
    P("Thank you for your email of 19 July. We have set out each of your questions below, in shortened form, followed "
      "by our answer."),
    Q("1a. Does Larchmont provide surveillance products to government clients in MENA for migration or border control? "
      "Which products and countries?", "1a"),
    P("No government client in the Middle East or North Africa buys from us directly for border or migration purposes. "
      "Our video analytics software (Larchmont Sentry) and our network cameras are sold through independent "
      "distributors, two of whom operate in the region, in Egypt and Saudi Arabia. To our knowledge those distributors "
      "have supplied our products to airports and commercial sites, but we have no record of any deployment for border "
      "or migration control.", "1a"),
    Q("1b. How many have been distributed at border crossings, checkpoints or refugee camps in the past 5-10 years?",
      "1b"),
    P("None that we are aware of. Our distribution agreements require distributors to tell us about government projects "
      "above a certain value, and no such project at a border crossing, checkpoint or camp has been reported to us.",
      "1b"),
    Q("1c. Will you provide BHRRC with updated lists in future?", "1c"),
    P("Yes. We are happy to send you our current product catalogue and a list of our distributors in the region, and to "
      "update it once a year.", "1c"),
    Q("2a. Do you carry out human rights due diligence before supplying governments or border agencies in MENA? What "
      "risks have you identified?", "2a"),
    P("We screen distributors, and end users where we are told of them, against sanctions lists, and our sales team is "
      "instructed to escalate any enquiry relating to policing, defence or border control to the executive team. We "
      "have not carried out a formal human rights risk assessment for the region.", "2a"),
    Q("2b. Do you consult affected communities and human rights defenders?", "2b"),
    P("No, not at present. Given our size and the indirect nature of our sales in the region, we have not held such "
      "consultations.", "2b"),
    Q("2c. Are you taking other actions to ensure your products do not cause or contribute to adverse impacts on "
      "migrants, refugees and asylum seekers?", "2c"),
    P("Larchmont Sentry does not offer facial recognition in any market. Its analytics detect objects, line crossings "
      "and loitering, and in 2021 we removed an experimental 'crowd demographics' feature from the product because we "
      "were not satisfied that it could be used responsibly.", "2c"),
    Q("2d. Do you have a grievance mechanism?", "2d"),
    P("Yes. Concerns can be raised with our Head of Legal by e-mail at concerns@larchmontvision.ie or by post to the "
      "address above, and will be acknowledged within ten working days. Staff can also use our internal Protected "
      "Disclosures procedure.", "2d"),
    Q("2e. Do you have a human rights policy or internal process governing provision of surveillance products to "
      "government clients or border agencies?", "2e"),
    P("We do not have a standalone human rights policy. Our Ethical Sales Guidelines, which form part of our employee "
      "handbook, cover sales to government and security customers.", "2e"),
    Q("3. Are you planning to stop selling to MENA countries with a track record of human rights violations?", "3"),
    P("We will review our distribution arrangements in the region when the current agreements come up for renewal next "
      "year, and the points raised in your letter will form part of that review.", "3"),
    P("I hope these answers are useful. Please let me know if anything is unclear."),
    L("Best regards,"),
    L("Niamh O'Donoghue\nChief Operating Officer, Larchmont Vision Ltd", cstyle="Signature"),
]
