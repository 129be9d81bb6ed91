#!/usr/bin/env python3
"""Write ../campaign.yaml (questions from the brief; companies from the letter sources + non-responders)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import load_letters  # noqa

QUESTIONS = [
    ("1a", "1", "Products and clients", "products_and_clients", "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
    ("1b", "1", "Deployment scale", "deployment_scale", "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("1c", "1", "Disclosure commitment", "disclosure_commitment", "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
    ("2a", "2", "Human rights due diligence", "due_diligence", "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
    ("2b", "2", "Stakeholder consultation", "stakeholder_engagement", "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
    ("2c", "2", "Mitigation of adverse impacts", "mitigation", "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism", "grievance_mechanism", "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    ("2e", "2", "Human rights policy", "policy_commitment", "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
    ("3", "3", "Plans to stop sales", "exit_and_restrictions", "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]

# listed responders: legal name -> (aliases, country); status comes from the letter style
LISTED = {
    "Halvane Optronics Ltd": (["Halvane Optronics", "Halvane"], "United Kingdom"),
    "Ashcombe Lyle Analytics plc": (["Ashcombe Lyle Analytics", "Ashcombe Lyle"], "United Kingdom"),
    "Kessbach Ortungstechnik GmbH": (["Kessbach Ortungstechnik", "Kessbach"], "Germany"),
    "Véronne Systèmes S.A.": (["Véronne Systèmes", "Veronne Systemes", "Véronne"], "France"),
    "Tarvik Aerial Systems Oy": (["Tarvik Aerial Systems", "Tarvik"], "Finland"),
    "Stroomveld Secure Communications B.V.": (["Stroomveld Secure Communications", "Stroomveld"], "Netherlands"),
    "Kestrane Defence Industries Ltd": (["Kestrane Defence Industries", "Kestrane"], "Cyprus"),
    "Sentelle Défense SAS": (["Sentelle Défense", "Sentelle Defense", "Sentelle"], "France"),
    "Lindqvist & Maar Security AB": (["Lindqvist & Maar", "Lindqvist and Maar"], "Sweden"),
    "Rheinauer Bildsysteme AG": (["Rheinauer Bildsysteme", "Rheinauer"], "Germany"),
    "Calder Peak Technologies Inc.": (["Calder Peak Technologies", "Calder Peak"], "Canada"),
    "Aldmark Maritime Surveillance A/S": (["Aldmark Maritime Surveillance", "Aldmark"], "Denmark"),
    "Pellucid Gate Solutions Ltd": (["Pellucid Gate Solutions", "Pellucid Gate"], "Ireland"),
    "Sorvello Biometrics S.r.l.": (["Sorvello Biometrics", "Sorvello"], "Italy"),
    "Wendlinger Sicherheitstechnik GmbH & Co. KG": (["Wendlinger Sicherheitstechnik", "Wendlinger"], "Germany"),
    "Obrelle Technologies SAS": (["Obrelle Technologies", "Obrelle"], "France"),
    "Oakhaven Perimeter Systems LLC": (["Oakhaven Perimeter Systems", "Oakhaven"], "United States"),
    "Meridane Identity Solutions N.V.": (["Meridane Identity Solutions", "Meridane"], "Belgium"),
    "Rimal Vantage Systems FZ-LLC": (["Rimal Vantage Systems", "Rimal Vantage"], "United Arab Emirates"),
}
NO_RESPONSE = [
    ("Vostrand Electro-Optics GmbH", ["Vostrand"], "Germany"),
    ("Pelagos Border Technologies S.A.", ["Pelagos Border Technologies", "Pelagos"], "Greece"),
    ("Mirelco Intelligence Ltd", ["Mirelco"], "Israel"),
    ("Corvane Tactical Systems Inc.", ["Corvane"], "United States"),
]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    letters = load_letters()
    listed = [L for L in letters if L["listed"]]
    names = {L["company"] for L in listed}
    assert names == set(LISTED), names ^ set(LISTED)
    assert not ({L["company"] for L in letters if not L["listed"]} & set(LISTED))
    out = ["id: independent-dev",
           'title: "Independently written replies (dev set): MENA surveillance questionnaire"',
           "organisation: Business & Human Rights Resource Centre (BHRRC)",
           "date_sent: 2022-07", "replies: replies", "questions:"]
    for qid, parent, title, topic, text in QUESTIONS:
        out += ["  - id: %s" % (q(qid) if qid == "3" else qid), "    parent: %s" % q(parent),
                "    title: %s" % title, "    topic: %s" % topic, "    text: %s" % q(text)]
    out.append("companies:")
    seen = set()
    for L in listed:
        al, country = LISTED[L["company"]]
        status = "declined" if L["style"] == "refusal" else "responded"
        rows = [(L["company"], al, country, status)]
        for name, aliases, c, st in rows:
            for n in [name] + aliases:
                assert n.lower() not in seen, n
                seen.add(n.lower())
            out += ["  - name: %s" % q(name), "    aliases: [%s]" % ", ".join(q(a) for a in aliases),
                    "    country: %s" % c, "    status: %s" % st]
    for name, aliases, c in NO_RESPONSE:
        for n in [name] + aliases:
            assert n.lower() not in seen, n
            seen.add(n.lower())
        out += ["  - name: %s" % q(name), "    aliases: [%s]" % ", ".join(q(a) for a in aliases),
                "    country: %s" % c, "    status: no_response"]
    with open(os.path.join(os.path.dirname(HERE), "campaign.yaml"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
