"""The 2024 questionnaire and company list; build.py writes campaign.yaml from them.

Numbering changed in 2024: the new AI question is 1c (so the 2022 disclosure question 1c became 1d) and the new
remedy question is 2e (so the 2022 policy question 2e became 2f). same_as names the 2022 question repeated.
"""
QUESTIONS = [
    dict(id="1a", parent="1", title="Products and clients", topic="products_and_clients", same_as="demo/1a",
         text="Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
    dict(id="1b", parent="1", title="Deployments", topic="deployment_scale", same_as="demo/1b",
         text="How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years? Please include any deployments made since your reply to our 2022 questionnaire."),
    dict(id="1c", parent="1", title="Facial recognition and AI", topic="products_and_clients", same_as=None,
         text="Do any of the solutions, products or services you supply to government clients in the Middle East and North Africa for migration or border control use facial recognition or other artificial intelligence to identify, profile or assess individuals? If so, please describe them and any limits you place on their use."),
    dict(id="1d", parent="1", title="Future disclosure", topic="disclosure_commitment", same_as="demo/1c",
         text="Are you willing to provide the Resource Centre with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
    dict(id="2a", parent="2", title="Human rights due diligence", topic="due_diligence", same_as="demo/2a",
         text="Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the Middle East and North Africa region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
    dict(id="2b", parent="2", title="Consultation with affected communities", topic="stakeholder_engagement", same_as="demo/2b",
         text="Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human rights defenders as part of your due diligence process?"),
    dict(id="2c", parent="2", title="Other actions against adverse impacts", topic="mitigation", same_as="demo/2c",
         text="Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    dict(id="2d", parent="2", title="Grievance mechanism", topic="grievance_mechanism", same_as="demo/2d",
         text="Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    dict(id="2e", parent="2", title="Remedy for affected people", topic="grievance_mechanism", same_as=None,
         text="Where your products or services have been linked to harm to migrants, refugees or asylum seekers, has your company provided for or cooperated in remedy for the people affected? Please describe any cases and their outcome."),
    dict(id="2f", parent="2", title="Human rights policy", topic="policy_commitment", same_as="demo/2e",
         text="Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
    dict(id="3", parent="3", title="Plans to stop sales", topic="exit_and_restrictions", same_as="demo/3",
         text="Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]

# name, aliases, country, 2024 status (the 18 demo companies, same spelling and aliases, then 2 new ones)
COMPANIES = [
    ("Northwind Border Systems", ["Northwind", "Northwind Border Systems Ltd"], "United Kingdom", "responded"),
    ("Helvora Biometrics", ["Helvora", "Helvora Biometrics AG"], "Switzerland", "responded"),
    ("Castellan Vision Systems", ["Castellan Vision", "Castellan Vision Systems S.r.l."], "Italy", "no_response"),
    ("Saltmarsh Aerial Intelligence", ["Saltmarsh", "Saltmarsh Aerial", "SAI"], "Malta", "responded"),
    ("Dorvane Identity Solutions", ["Dorvane", "Dorvane Identity Solutions B.V."], "Netherlands", "responded"),
    ("Kestrel Ridge Analytics", ["Kestrel Ridge", "Kestrel Ridge Analytics Inc."], "United States", "responded"),
    ("Orvik Secure Communications", ["Orvik", "Orvik Secure Communications AS"], "Norway", "no_response"),
    ("Brightwater Defence Electronics", ["Brightwater", "Brightwater Defence", "BDE"], "United Kingdom", "responded"),
    ("Meridian Gate Technologies", ["Meridian Gate", "Meridian Gate Technologies Ltd"], "Cyprus", "responded"),
    ("Valmont Détection", ["Valmont Detection", "Valmont Détection SAS", "Valmont"], "France", "responded"),
    ("Tarrow Perimeter Group", ["Tarrow", "Tarrow Perimeter"], "Australia", "responded"),
    ("Aldercrest Systems", ["Aldercrest", "Aldercrest Systems GmbH"], "Germany", "responded"),
    ("Quillon Data Fusion", ["Quillon", "Quillon Data Fusion SA"], "Belgium", "responded"),
    ("Veltrane Mobility Sensing", ["Veltrane", "Veltrane Mobility Sensing S.L."], "Spain", "responded"),
    ("Fenwick Lane Security", ["Fenwick Lane", "Fenwick Lane Security Ltd"], "Ireland", "responded"),
    ("Ostral Photonics", ["Ostral", "Ostral Photonics GmbH"], "Austria", "responded"),
    ("Greyfriars Surveillance Solutions", ["Greyfriars", "Greyfriars Surveillance"], "United Kingdom", "responded"),
    ("Lumen Arc Robotics", ["Lumen Arc", "Lumen Arc Robotics Inc."], "Canada", "no_response"),
    ("Kalliston Maritime Sensing", ["Kalliston", "Kalliston Maritime Sensing S.A."], "Greece", "responded"),
    ("Brackenholt AI", ["Brackenholt", "Brackenholt AI OÜ"], "Estonia", "no_response"),
]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def campaign_yaml():
    out = [
        "# Follow-up to the demo campaign, two years later: most of the 2022 questions again (same_as names the",
        "# 2022 question each repeats), plus two new ones (facial recognition / AI, and remedy).",
        "# Every company, person and reply here is invented; none speaks for a real company.",
        "# The replies in replies/ are generated from sources/ (see README.md).",
        "id: demo-2024",
        'title: "Demo follow-up 2024: surveillance technology at borders, AI and remedy (fictional replies)"',
        "organisation: Pipeline demonstration corpus",
        "date_sent: 2024-06-03",
        "replies: replies",
        "",
        "questions:",
    ]
    for x in QUESTIONS:
        out.append(f"  - id: {q(x['id']) if x['id'].isdigit() else x['id']}")
        out.append(f"    parent: {q(x['parent'])}")
        out.append(f"    title: {x['title']}")
        out.append(f"    topic: {x['topic']}")
        if x["same_as"]:
            out.append(f"    same_as: {x['same_as']}")
        out.append(f"    text: {q(x['text'])}")
    out += ["", "companies:"]
    for name, aliases, country, status in COMPANIES:
        out.append(f"  - name: {name}")
        out.append(f"    aliases: [{', '.join(aliases)}]")
        out.append(f"    country: {country}")
        out.append(f"    status: {status}")
    return "\n".join(out) + "\n"
