"""Campaign-level data for dev10: id, title, the 9 questions, and companies that did not reply."""
CAMPAIGN_ID = "independent-dev10"
TITLE = "Independently written replies (dev set 10): MENA surveillance questionnaire"

QUESTIONS = [
    {"id": "1a", "parent": "1", "title": "Products and clients", "topic": "products_and_clients",
     "text": "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."},
    {"id": "1b", "parent": "1", "title": "Deployment scale", "topic": "deployment_scale",
     "text": "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"},
    {"id": "1c", "parent": "1", "title": "Disclosure commitment", "topic": "disclosure_commitment",
     "text": "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"},
    {"id": "2a", "parent": "2", "title": "Human rights due diligence", "topic": "due_diligence",
     "text": "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."},
    {"id": "2b", "parent": "2", "title": "Stakeholder consultation", "topic": "stakeholder_engagement",
     "text": "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"},
    {"id": "2c", "parent": "2", "title": "Other actions against adverse impacts", "topic": "mitigation",
     "text": "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"},
    {"id": "2d", "parent": "2", "title": "Grievance mechanism", "topic": "grievance_mechanism",
     "text": "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"},
    {"id": "2e", "parent": "2", "title": "Human rights policy", "topic": "policy_commitment",
     "text": "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"},
    {"id": "3", "parent": "3", "title": "Plans to stop sales", "topic": "exit_and_restrictions",
     "text": "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"},
]

# (name, aliases, country) of companies that were approached but did not reply
NO_RESPONSE = [
    ("Kestrel Peak Aerostatics Ltd", ["Kestrel Peak"], "Cyprus"),
    ("Orhun Akıllı Sınır Teknolojileri A.Ş.", ["Orhun Sınır Teknolojileri"], "Turkey"),
    ("Lighthouse Biometrics India Pvt. Ltd.", ["Lighthouse Biometrics"], "India"),
    ("Seoraksan Photonics Co., Ltd.", ["Seoraksan Photonics"], "South Korea"),
]
