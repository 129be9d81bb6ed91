"""The 2024 replies, as blocks. Every company, person and reply is invented.

KEEP(...)  a 2022 paragraph repeated word for word (its leading question marker may be renumbered)
EDIT(...)  a 2022 paragraph with changed words (how = light_edit or reordered)
NEW(...)   a paragraph with no 2022 counterpart (ru = copy of another company's 2022 text or of a reference)
2022 paragraphs of a re-responding company that no block KEEPs or EDITs are 'dropped' in gold/changes.jsonl.
"status" is the gold status of each 2024 question in the reply (answered | partial | declined | not_addressed).
"""
from lib import LH, LT, G, H, Q, TH, NEW, KEEP, EDIT, find22
from references import POLICY_FILE, TEMPLATE_FILE, ref_text

ALL_COMPANIES = [
    "Northwind Border Systems", "Helvora Biometrics", "Castellan Vision Systems", "Saltmarsh Aerial Intelligence",
    "Dorvane Identity Solutions", "Kestrel Ridge Analytics", "Orvik Secure Communications",
    "Brightwater Defence Electronics", "Meridian Gate Technologies", "Valmont Détection", "Tarrow Perimeter Group",
    "Aldercrest Systems", "Quillon Data Fusion", "Veltrane Mobility Sensing", "Fenwick Lane Security",
    "Ostral Photonics", "Greyfriars Surveillance Solutions", "Lumen Arc Robotics",
    "Kalliston Maritime Sensing", "Brackenholt AI"]
NEW_COMPANIES = ["Kalliston Maritime Sensing", "Brackenholt AI"]
NO_REPLY = ["Castellan Vision Systems", "Orvik Secure Communications", "Lumen Arc Robotics", "Brackenholt AI"]

A, P, D, N = "answered", "partial", "declined", "not_addressed"


def st(**kw):
    """status helper: st(all=A, q1d=P) -> dict over the 11 questions"""
    base = kw.pop("all", A)
    s = {q: base for q in ["1a", "1b", "1c", "1d", "2a", "2b", "2c", "2d", "2e", "2f", "3"]}
    for k, v in kw.items():
        s[k[1:]] = v
    return s


# My reading of the 2022 replies (corpus/campaigns/demo/gold), per 2022 question id.
def st22(all=A, **kw):
    s = {q: all for q in ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]}
    for k, v in kw.items():
        s[k[1:]] = v
    return s


STATUS22 = {
    "Northwind Border Systems": st22(),
    "Helvora Biometrics": st22(),
    "Castellan Vision Systems": st22(q1c=D),
    "Saltmarsh Aerial Intelligence": st22(q1a=P),
    "Dorvane Identity Solutions": st22(q1c=P),
    "Kestrel Ridge Analytics": st22(q1a=P, q1b=D, q1c=D, q2a=P, q2e=P, q3=D),
    "Orvik Secure Communications": st22(q1a=P, q1b=D, q1c=D, q2a=P, q2b=N, q2c=N, q2d=P, q2e=P, q3=N),
    "Brightwater Defence Electronics": st22(q1a=P, q1b=D, q1c=D, q2a=P, q2b=D, q2c=D, q2d=P, q2e=P, q3=D),
    "Meridian Gate Technologies": st22(),
    "Valmont Détection": st22(),
    "Tarrow Perimeter Group": st22(all=D),
    "Aldercrest Systems": st22(),
    "Quillon Data Fusion": st22(),
    "Veltrane Mobility Sensing": st22(),
    "Fenwick Lane Security": st22(),
    "Ostral Photonics": st22(),
}


def tools(company):
    def K(key, qs, topic, old="", new=None, **kw):
        return KEEP(company, key, qs, topic, old, old if new is None else new, **kw)

    def E(key, t, qs, topic, **kw):
        return EDIT(company, key, t, qs, topic, **kw)
    return K, E


def swap_sentences(t, prefix=""):
    """Reorder a two-part text: the sentences after the first come first."""
    import re
    parts = re.split(r"(?<=\.) (?=[A-Z])", t)
    return prefix + " ".join(parts[1:] + parts[:1])


REPLIES = []

# ------------------------------------------------------------------ Northwind (PDF, markers, hard-wrapped + hyphenated)
K, E = tools("Northwind Border Systems")
REPLIES.append(dict(
    company="Northwind Border Systems", fmt="pdf", style="markers",
    layout=dict(font="Liberation Serif", size=11, margins=(2.5, 2.8, 2.5, 2.8), wrap=74, space_after=160),
    status=st(),
    blocks=[
        LH("NORTHWIND BORDER SYSTEMS LTD"),
        LT("Harbour Court, Ocean Way, Southampton SO14 3TL, United Kingdom"),
        LT("compliance@northwind-border.example · +44 23 8000 0000"),
        LT("8 July 2024"),
        LT("Business & Human Rights Resource Centre, London"),
        LT("Re: Your follow-up questionnaire of 3 June 2024 on surveillance technology, migration and border control"),
        LT("Dear Resource Centre team,"),
        G("Thank you for writing to us again. Two years on, much of what we told you in August 2022 still describes "
          "our approach, and where that is so we have repeated our earlier answer rather than rephrase it. Where our "
          "business or our practice has changed, the answer below says so. We follow the numbering of your new "
          "questionnaire."),
        E("Northwind designs and manufactures",
          "1a) Northwind designs and manufactures long-range thermal imaging cameras, ground surveillance radars and "
          "the command software that links them into a perimeter picture. Our customers are predominantly national "
          "border guard services and critical infrastructure operators in Europe. In the Middle East and North Africa "
          "we currently supply thermal camera masts and radar to the border authorities of three countries, Jordan, "
          "Morocco and Tunisia, under contracts awarded through public tenders. The Tunisian contract was signed in "
          "October 2023. We do not supply facial recognition, biometric or communications interception products, and "
          "we have never done so.", ["1a"], "products_and_clients"),
        E("Over the past ten years we have delivered",
          "1b) Over the past ten years we have delivered 71 fixed camera masts and 26 mobile radar vehicles to "
          "government customers in the region. None of these systems is installed inside a refugee camp. Roughly half "
          "are deployed at formal border crossing points; the remainder cover open stretches of land border between "
          "crossing points.", ["1b"], "deployment_scale"),
        NEW("1c) Since release 7 of our command software, issued in March 2023, operators can switch on a classifier "
            "trained on thermal imagery that labels each detection as a person, a group of people, a vehicle or an "
            "animal. It does not recognise faces, estimate age or ethnicity, or link a detection to any identity, and "
            "it cannot be connected to biometric databases. We have turned down two requests to add such features.",
            ["1c"], "products_and_clients"),
        K("We are willing to confirm to BHRRC", ["1d"], "disclosure_commitment", old="1c) ", new="1d) "),
        K("every proposed sale to a government end user outside the EU", ["2a"], "due_diligence", old="2a) "),
        K("A country assessment drawing on UN treaty body", ["2a"], "due_diligence", kind="list_item", mk="1."),
        K("An end-use assessment of where and how", ["2a"], "due_diligence", kind="list_item", mk="2."),
        K("A decision by the review panel to proceed", ["2a"], "due_diligence", kind="list_item", mk="3."),
        E("The main risks we have identified are the use of thermal imagery",
          "The main risks we have identified are the use of thermal imagery to intercept people in ways that expose "
          "them to violence or to refoulement, and the sharing of our imagery with other agencies without safeguards. "
          "On 14 March 2021 the panel declined one opportunity in the region because of concerns of this kind, and on "
          "2 November 2023 it declined a second.", ["2a"], "due_diligence"),
        NEW("2b) In 2023 we consulted people affected by border surveillance for the first time. With the help of a "
            "legal aid organisation in Oujda, we held three confidential group discussions with migrants who had "
            "crossed or tried to cross the eastern border of Morocco, and an independent facilitator reported their "
            "concerns to our review panel without identifying anyone. The main concern raised was not detection "
            "itself but what happens to people after they are intercepted.", ["2b"], "stakeholder_engagement"),
        K("Our contracts in the region contain an end-use clause", ["2c"], "mitigation", old="2c) "),
        K("Our Speak Up line, run by an independent provider", ["2d"], "grievance_mechanism", old="2d) "),
        NEW("2e) We are not aware of any case in which our systems have been linked to harm to a migrant, refugee or "
            "asylum seeker, and no complaint of this kind has reached our Speak Up line. If our review found such a "
            "link, we would raise it with the customer, suspend support where the contract allows, and contribute to "
            "remedy for the people affected through a legitimate process rather than decide compensation ourselves.",
            ["2e"], "grievance_mechanism"),
        K("Our Human Rights Policy, approved by the Board in 2020", ["2f"], "policy_commitment", old="2e) ", new="2f) "),
        K("We have no plans to withdraw from border surveillance", ["3"], "exit_and_restrictions", old="3) "),
        G("We hope these answers are helpful. I would be glad to discuss them, or the findings of the 2023 "
          "consultation, with your team."),
        LT("Yours faithfully,"),
        LT("Eleanor Whitcombe"),
        LT("General Counsel and Company Secretary, Northwind Border Systems Ltd"),
    ]))

# ------------------------------------------------------------------ Helvora (DOCX, markers, pastes its own policy)
K, E = tools("Helvora Biometrics")
REPLIES.append(dict(
    company="Helvora Biometrics", fmt="docx", style="markers",
    layout=dict(font="Liberation Sans", size=10.5),
    status=st(),
    blocks=[
        LH("Helvora Biometrics AG"),
        LT("Sustainability & Human Rights Office · Seestrasse 118 · 8820 Wädenswil · Switzerland"),
        LT("Wädenswil, 15 July 2024"),
        LT("To the Business & Human Rights Resource Centre"),
        LT("Dear colleagues,"),
        G("Thank you for following up on your 2022 survey. Since then we have revised our Human Rights Policy. Where "
          "the revised policy answers your question directly, we quote it, so that you can see the commitment in the "
          "words our Executive Board adopted."),
        E("Helvora develops portable biometric enrolment kits",
          "Question 1(a): Helvora develops portable biometric enrolment kits (fingerprint, iris and face capture in a "
          "ruggedised case) and the matching software used to register people. In the Middle East and North Africa "
          "our kits are used by the civil registration and immigration authorities of Jordan, Lebanon, Tunisia and "
          "Iraq, mostly for the registration of refugees and asylum seekers in cooperation with humanitarian agencies. "
          "We do not sell surveillance cameras, and our software does not perform live facial recognition in public "
          "spaces.", ["1a"], "products_and_clients"),
        E("Since 2014 we have delivered approximately",
          "Question 1(b): Since 2014 we have delivered approximately 1,420 enrolment kits to government customers in "
          "the region, of which about 860 are in use in or near refugee camps and registration centres and about 75 "
          "at land border crossings. The remainder are held at central registration offices.",
          ["1b"], "deployment_scale"),
        NEW("Question 1(c): Our matching software compares the face and iris images captured at enrolment with the "
            "records already held by the same authority, in order to detect duplicate registrations. This is "
            "one-to-many matching, but it only takes place at a registration desk, with the person present and "
            "informed. The software cannot process video streams or search for people in public spaces, and every "
            "match above the threshold is reviewed by a trained operator before any decision is taken.",
            ["1c"], "products_and_clients"),
        K("We would be glad to share an updated overview", ["1d"], "disclosure_commitment",
          old="Question 1(c): ", new="Question 1(d): "),
        K("Every project involving the registration of displaced people", ["2a"], "due_diligence", old="Question 2(a): "),
        E("Since 2019 we have held consultations with refugee-led organisations",
          "Question 2(b): We do. Since 2019 we have held consultations with refugee-led organisations in Amman and "
          "Beirut before major deployments, together with a humanitarian partner, and in 2023 we held the first such "
          "consultation in Tunis. We have invited digital rights groups to review our data protection design. Human "
          "rights defenders working on migration took part in our 2021 stakeholder dialogue in Geneva.",
          ["2b"], "stakeholder_engagement"),
        K("Yes. The main measures we take are:", ["2c"], "mitigation", old="Question 2(c): "),
        K("privacy by design: templates are encrypted", ["2c"], "mitigation", kind="list_item"),
        K("contract clauses that restrict the purpose of processing", ["2c"], "mitigation", kind="list_item"),
        K("training for operators on informed consent", ["2c"], "mitigation", kind="list_item"),
        NEW("an annual external audit of the data flows of each humanitarian deployment, introduced in 2023, whose "
            "summary we share with the humanitarian partner concerned.", ["2c"], "mitigation", kind="list_item"),
        K("Our suppliers are bound by the same principles", ["2c"], "mitigation"),
        NEW(ref_text(POLICY_FILE, "bio2"), ["2c"], "mitigation", quote=True, ru=("R", POLICY_FILE, "bio2", "verbatim")),
        K("Anyone – including registered persons – can raise a concern", ["2d"], "grievance_mechanism",
          old="Question 2(d): "),
        NEW(swap_sentences(ref_text(POLICY_FILE, "remedy"), "Question 2(e): "), ["2e"], "grievance_mechanism",
            ru=("R", POLICY_FILE, "remedy", "reordered")),
        NEW("In 2023 a humanitarian partner told us that, at one registration centre, people whose fingerprints could "
            "not be captured had been turned away from food distribution for several days. We paid for additional "
            "manual registration staff for three months, changed the software so that a failed capture can no longer "
            "block a registration, and met the representatives of the people concerned to explain what we had changed.",
            ["2e"], "grievance_mechanism"),
        E("Our Human Rights Policy, adopted in 2018 and revised in 2021",
          "Question 2(f): Our Human Rights Policy, adopted in 2018 and revised in 2021 and 2023, is based on the UN "
          "Guiding Principles and the OECD Guidelines for Multinational Enterprises. It includes a specific commitment "
          "on the responsible use of biometric technology in humanitarian and migration contexts, and any sale to a "
          "border or migration authority requires the approval of our Executive Board. The relevant passages are "
          "reproduced in the annex to this letter.", ["2f"], "policy_commitment"),
        E("We have ended one contract in the region, in 2020",
          "Question 3: We do not plan a general withdrawal, as we believe that responsible registration technology "
          "serves refugees better than the alternatives. We have ended one contract in the region, in 2020, when the "
          "customer did not accept our data protection conditions, and we would do so again.",
          ["3"], "exit_and_restrictions", how="reordered"),
        G("We remain at your disposal and would welcome a conversation about the revised policy."),
        LT("With kind regards,"),
        LT("Dr. Mirjam Aebischer"),
        LT("Head of Sustainability & Human Rights, Helvora Biometrics AG"),
        H("Annex – Extract from the Helvora Human Rights Policy (revised September 2023)", ["2f"]),
        NEW(ref_text(POLICY_FILE, "commit"), ["2f"], "policy_commitment", kind="annex",
            ru=("R", POLICY_FILE, "commit", "verbatim")),
        NEW(ref_text(POLICY_FILE, "bio1"), ["2f"], "policy_commitment", kind="annex",
            ru=("R", POLICY_FILE, "bio1", "verbatim")),
    ]))

# ------------------------------------------------------------------ Saltmarsh (DOCX, markers)
K, E = tools("Saltmarsh Aerial Intelligence")
REPLIES.append(dict(
    company="Saltmarsh Aerial Intelligence", fmt="docx", style="markers",
    layout=dict(font="DejaVu Sans", size=10),
    status=st(),
    blocks=[
        LH("Saltmarsh Aerial Intelligence Ltd"),
        LT("Marsaxlokk, Malta"),
        LT("22 July 2024"),
        LT("To: Business & Human Rights Resource Centre"),
        LT("From: Daniel Farrugia, Chief Executive"),
        LT("Dear BHRRC team,"),
        G("Thanks for coming back to us. We are a little bigger than in 2022 – 120 people now – but we answer the way "
          "we did then: plainly, and in your order."),
        E("We operate medium-altitude drones",
          "Q1a – Yes. We operate medium-altitude drones and a light surveillance aircraft that fly maritime patrol "
          "missions as a service, under contract. In the region our client is the coast guard of Tunisia, which has now "
          "agreed to be named; we also fly for a European agency whose missions cover the central Mediterranean. We "
          "sell flight hours and imagery, not the aircraft.", ["1a"], "products_and_clients"),
        E("We are not at border crossings or camps.",
          "Q1b – We are not at border crossings or camps. Since 2017 we have flown roughly 13,800 hours over the "
          "central Mediterranean from three bases, with up to four aircraft on task at any one time.",
          ["1b"], "deployment_scale"),
        NEW("Q1c – No facial recognition, and nothing that identifies people. Since 2023 our sensor operators use a "
            "detection aid that flags small boats in radar and infrared imagery so that they are not missed at night; "
            "the operator decides what is reported. The aid is trained on images of vessels, not of people.",
            ["1c"], "products_and_clients"),
        E("We can tell you each year which states we fly for",
          "Q1d – We can tell you each year which states we fly for and how many hours. Both of our contracts now allow "
          "this.", ["1d"], "disclosure_commitment"),
        K("and we know this is the question that matters most", ["2a"], "due_diligence", old="Q2a – "),
        E("Only indirectly. We have met search-and-rescue NGOs",
          "Q2b – Only indirectly. We have met search-and-rescue NGOs several times and shared data on response times "
          "with one of them. We have not consulted people who made the crossing themselves, although one of those "
          "NGOs has offered to arrange this in 2025.", ["2b"], "stakeholder_engagement"),
        K("Our standing orders, in Annex 2 of every contract", ["2c"], "mitigation", old="Q2c – "),
        E("Crew members and anyone else can report concerns",
          "Q2d – Crew members and anyone else can report concerns to our ethics officer or to an external "
          "ombudsperson. We now publish the ombudsperson's address in Arabic, French and English on our website, and "
          "in 2023 we received our first complaint from outside the company.", ["2d"], "grievance_mechanism"),
        NEW("Q2e – That complaint came from a search-and-rescue NGO, which said that one of our alerts in August 2023 "
            "had reached the rescue centre 40 minutes late. The ombudsperson found that the delay was ours: the alert "
            "had been sent to one authority only. Everyone on the boat was rescued, so there was no one to compensate, "
            "but we changed the alert procedure, retrained all crews and published the ombudsperson's findings.",
            ["2e"], "grievance_mechanism"),
        NEW("Q2f – Our board adopted a full Human Rights Policy in November 2023, replacing the short statement of "
            "2021. It has a section on maritime surveillance and migration, which commits us to pass every sighting "
            "of a boat in distress to a rescue authority, never only to an authority that intercepts.",
            ["2f"], "policy_commitment"),
        K("We will not take contracts where our imagery", ["3"], "exit_and_restrictions", old="Q3 – "),
        LT("Kind regards,"),
        LT("Daniel Farrugia"),
        LT("Chief Executive, SAI"),
    ]))

# ------------------------------------------------------------------ Dorvane (PDF, table with the 2024 questions restated)
K, E = tools("Dorvane Identity Solutions")
Q24TEXT = {}  # filled from the campaign file text below (kept here so the table restates the 2024 wording)
from questions import QUESTIONS  # noqa: E402
for q in QUESTIONS:
    Q24TEXT[q["id"]] = q["text"]
TOPIC = {q["id"]: q["topic"] for q in QUESTIONS}


def TQ(qid):
    return Q(Q24TEXT[qid], [qid], TOPIC[qid], kind="table_question")


REPLIES.append(dict(
    company="Dorvane Identity Solutions", fmt="pdf", style="table",
    layout=dict(font="Liberation Sans", size=9.5, margins=(2.0, 2.0, 2.0, 2.0), table_widths=[42, 62],
                space_after=120),
    status=st(q1d=P),
    blocks=[
        LH("Dorvane Identity Solutions B.V."),
        LT("Corporate Responsibility"),
        LT("Utrecht, 11 September 2024"),
        LT("Our reference: CR/2024/088"),
        LT("Dear Business & Human Rights Resource Centre,"),
        G("Thank you for your follow-up questionnaire of 3 June 2024. We have again answered in a table, with your "
          "questions on the left. Where nothing has changed since our reply of September 2022, our answer repeats "
          "what we said then."),
        TH("BHRRC question (2024)"), TH("Dorvane response"),
        TQ("1a"),
        E("We supply passport and ID-document readers",
          "Yes. We supply passport and ID-document readers and document inspection software to the border police of "
          "Morocco and the United Arab Emirates, and e-gates at international airports in Saudi Arabia and Oman. Our "
          "readers check the security features of travel documents against ICAO Doc 9303; they do not capture "
          "fingerprints or run facial recognition against watch lists unless the customer integrates a third-party "
          "system.", ["1a"], "products_and_clients", kind="table_answer"),
        TQ("1b"),
        E("Between 2013 and 2022 we delivered",
          "Between 2014 and 2024 we delivered about 2,900 document readers and 30 e-gates to government customers in "
          "the region. Most readers are at airports; around 410 are at land and sea border crossing points. None is "
          "in a refugee camp.", ["1b"], "deployment_scale", kind="table_answer"),
        TQ("1c"),
        NEW("Our e-gates compare the traveller's live face image with the photograph stored in the chip of their "
            "passport (one-to-one verification). They do not search databases or watch lists, and the live image is "
            "deleted when the traveller leaves the gate. In 2023 we tested the verification algorithm for differences "
            "in error rates by sex, age and skin tone and published a summary of the results.",
            ["1c"], "products_and_clients", kind="table_answer"),
        TQ("1d"),
        K("We can share the list of countries and product types annually", ["1d"], "disclosure_commitment",
          kind="table_answer"),
        TQ("2a"),
        K("Our Trade Compliance and Corporate Responsibility teams jointly assess", ["2a"], "due_diligence",
          kind="table_answer"),
        E("The risks we identified in the region include",
          "The risks we identified in the region include the use of document data to track people who have been "
          "refused entry, discrimination in secondary inspection, the retention of data beyond what border control "
          "requires, and face verification errors that fall more often on some groups of travellers than on others.",
          ["2a"], "due_diligence", kind="table_answer"),
        TQ("2b"),
        K("Not directly. We consult privacy experts", ["2b"], "stakeholder_engagement", kind="table_answer"),
        TQ("2c"),
        K("Our software stores no personal data by default", ["2c"], "mitigation", kind="table_answer"),
        TQ("2d"),
        K("Our SpeakUp channel is open to third parties", ["2d"], "grievance_mechanism", kind="table_answer"),
        TQ("2e"),
        NEW("We are not aware of any case in which our products have been linked to such harm. Any case raised with "
            "us would be handled under our SpeakUp procedure and reviewed by the Corporate Responsibility Officer.",
            ["2e"], "grievance_mechanism", kind="table_answer"),
        TQ("2f"),
        E("Our Human Rights Statement (2021) refers",
          "Our Human Rights Statement (2021, revised in 2023) refers to the UN Guiding Principles, and our Responsible "
          "Sales Procedure governs sales to government customers, including border agencies.",
          ["2f"], "policy_commitment", kind="table_answer"),
        TQ("3"),
        K("We have no such plans at present.", ["3"], "exit_and_restrictions", kind="table_answer"),
        G("Please let us know if any answer needs clarification."),
        LT("Yours sincerely,"),
        LT("Joost van der Heijden"),
        LT("Corporate Responsibility Officer"),
    ]))

from letters2 import REPLIES2  # noqa: E402
REPLIES.extend(REPLIES2)
