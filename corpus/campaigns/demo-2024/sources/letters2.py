"""The 2024 replies, continued (see letters.py for the block helpers)."""
from lib import LH, LT, G, H, Q, TH, NEW, KEEP, EDIT, find22
from references import POLICY_FILE, TEMPLATE_FILE, ref_text

A, P, D, N = "answered", "partial", "declined", "not_addressed"


def st(**kw):
    base = kw.pop("all", A)
    s = {q: base for q in ["1a", "1b", "1c", "1d", "2a", "2b", "2c", "2d", "2e", "2f", "3"]}
    for k, v in kw.items():
        s[k[1:]] = v
    return s


def tools(company):
    def K(key, qs, topic, old="", new=None, **kw):
        return KEEP(company, key, qs, topic, old, old if new is None else new, **kw)

    def E(key, t, qs, topic, **kw):
        return EDIT(company, key, t, qs, topic, **kw)
    return K, E


def swap_sentences(t, prefix=""):
    import re
    parts = re.split(r"(?<=\.) (?=[A-Z])", t)
    return prefix + " ".join(parts[1:] + parts[:1])


def replaced(t, *pairs):
    for a, b in pairs:
        if a not in t:
            raise SystemExit(f"replace: {a!r} not in {t[:60]!r}")
        t = t.replace(a, b, 1)
    return t


REPLIES2 = []

# ------------------------------------------------------------------ Kestrel Ridge (DOCX, table with bare numbers)
K, E = tools("Kestrel Ridge Analytics")


def TL(qid):
    return Q(qid, [qid], "other", kind="table_label")


REPLIES2.append(dict(
    company="Kestrel Ridge Analytics", fmt="docx", style="table",
    layout=dict(font="Liberation Serif", size=11, table_widths=[8, 78]),
    status=st(q1a=P, q1b=D, q1d=D, q2a=P, q2e=D, q2f=P, q3=D),
    blocks=[
        LH("KESTREL RIDGE ANALYTICS"),
        LT("Office of the General Counsel"),
        LT("August 20, 2024"),
        LT("Business & Human Rights Resource Centre"),
        LT("Dear Sir or Madam,"),
        G('Kestrel Ridge Analytics, Inc. ("Kestrel Ridge") has received your letter of June 3, 2024. Our responses to '
          'your numbered questions appear below.'),
        TH("No."), TH("Response"),
        TL("1a"), K("Kestrel Horizon is licensed to public sector customers", ["1a"], "products_and_clients", kind="table_answer"),
        TL("1b"), K("It is not \"distributed\" at border crossings", ["1b"], "confidentiality_decline", kind="table_answer"),
        TL("1c"),
        NEW("Kestrel Horizon does not include facial recognition. It uses machine-learning models to resolve records "
            "that refer to the same person or vehicle across datasets a customer already holds. Customers decide which "
            "datasets are connected; our Responsible Use Principles prohibit using the platform to profile people on "
            "the basis of ethnicity, religion or political opinion.", ["1c"], "products_and_clients", kind="table_answer"),
        TL("1d"), K("No. Kestrel Ridge does not publish customer lists.", ["1d"], "disclosure_commitment", kind="table_answer"),
        TL("2a"),
        E("Every prospective government customer is reviewed by our Trust",
          "Yes. Every prospective government customer is reviewed by our Trust & Responsibility Council before contract "
          "signature. The Council considers the customer's mission, the legal authorities under which it operates, the "
          "intended use cases and the human rights situation in the country. In 2023 the Council reviewed 41 "
          "prospective government customers and declined three. We do not publish the risks identified in individual "
          "reviews.", ["2a"], "due_diligence", kind="table_answer"),
        TL("2b"), K("Our Council includes an external member", ["2b"], "stakeholder_engagement", kind="table_answer"),
        TL("2c"),
        E("Kestrel Horizon includes granular access controls",
          "Kestrel Horizon includes granular access controls, purpose-based access justifications and immutable audit "
          "logs, which allow customers and oversight bodies to review how data was used. Since version 5.0, released on "
          "February 6, 2024, the platform enforces retention limits by data source by default. Our hosted environment "
          "is audited annually under SOC 2 Type II.", ["2c"], "mitigation", kind="table_answer"),
        K("We cannot monitor how customers use their own data", ["2c"], "mitigation", kind="table_answer"),
        TL("2d"), K("Concerns may be sent to ethics@kestrelridge.example", ["2d"], "grievance_mechanism", kind="table_answer"),
        TL("2e"),
        NEW("We do not comment on matters concerning individual customers.", ["2e"], "confidentiality_decline",
            kind="table_answer"),
        TL("2f"), K("Our Code of Business Conduct and our Responsible Use Principles", ["2f"], "policy_commitment",
                    kind="table_answer"),
        TL("3"), K("We do not comment on commercial plans", ["3"], "confidentiality_decline", kind="table_answer"),
        LT("Sincerely,"),
        LT("Rachel Okafor"),
        LT("Deputy General Counsel, Kestrel Ridge Analytics, Inc."),
    ]))

# ------------------------------------------------------------------ Brightwater (PDF, prose, mostly declines)
K, E = tools("Brightwater Defence Electronics")
REPLIES2.append(dict(
    company="Brightwater Defence Electronics", fmt="pdf", style="prose",
    layout=dict(font="DejaVu Serif", size=10.5, margins=(3.0, 3.0, 3.0, 3.0), justify=True),
    status=st(q1a=P, q1b=D, q1c=A, q1d=D, q2a=P, q2b=D, q2c=D, q2d=P, q2e=D, q2f=P, q3=D),
    blocks=[
        LH("BRIGHTWATER DEFENCE ELECTRONICS PLC"),
        LT("Group Legal"),
        LT("17 June 2024"),
        LT("By e-mail only"),
        LT("Business & Human Rights Resource Centre"),
        LT("Dear Sirs,"),
        G("We acknowledge receipt of your follow-up questionnaire of 3 June 2024."),
        E("It is our long-standing practice not to comment on our customers",
          "Brightwater designs and manufactures radar, electro-optical and counter-drone systems for defence and "
          "security customers in the United Kingdom, in other NATO member states and internationally. It is our "
          "long-standing practice not to comment on our customers, on the identity of end users or on the location and "
          "quantity of equipment supplied. This information is commercially sensitive and is in many cases subject to "
          "contractual and national security obligations which we are not at liberty to set aside.",
          ["1a", "1b", "1d"], "confidentiality_decline"),
        K("For the avoidance of doubt, our products are designed", ["1a"], "products_and_clients"),
        NEW("Some of our radar and counter-drone products use machine-learning techniques to classify tracks as "
            "aircraft, drones, birds, vehicles or vessels. None of them processes images of faces or any other "
            "biometric data.", ["1c"], "products_and_clients"),
        E("All exports of our products are subject to the UK strategic export control regime",
          "All exports of our products are subject to the UK strategic export control regime and require a licence "
          "from the Export Control Joint Unit, which assesses each application against the Strategic Export Licensing "
          "Criteria as revised in 2021, including the risk of internal repression. We also observe all applicable "
          "sanctions and embargoes, including those imposed since 2022.", ["2a"], "export_control"),
        K("Brightwater is committed to respecting human rights", ["2f", "2d"], "policy_commitment"),
        G("We do not intend to comment on the remaining questions.", topic="confidentiality_decline"),
        LT("Yours faithfully,"),
        LT("J. Pryce"),
        LT("Group General Counsel, for and on behalf of Brightwater Defence Electronics plc"),
    ]))

# ------------------------------------------------------------------ Meridian Gate (DOCX, combined; copies Northwind 2022)
K, E = tools("Meridian Gate Technologies")
_nw2d = find22("Northwind Border Systems", "Our Speak Up line, run by an independent provider")["text"]
_mg2d = replaced(_nw2d, ("2d) Yes. Our Speak Up line", "As to question 2d: our Speak Up line"),
                 ("English, French and Arabic", "English, Greek and Arabic"),
                 ("reported to the Audit Committee", "reported to the Board of Directors"))
REPLIES2.append(dict(
    company="Meridian Gate Technologies", fmt="docx", style="combined",
    layout=dict(font="Liberation Serif", size=12),
    status=st(q2e=N),
    blocks=[
        LH("Meridian Gate Technologies Ltd"),
        LT("Nicosia, 29 July 2024"),
        LT("Business & Human Rights Resource Centre"),
        LT("Dear Madam, Dear Sir,"),
        G("Thank you for your letter of 3 June 2024. As last time, we have grouped related questions and answered them "
          "together."),
        E("Meridian Gate supplies integrated checkpoint systems",
          "In response to questions 1a, 1b and 1d: Meridian Gate supplies integrated checkpoint systems – under-vehicle "
          "inspection cameras, low-dose X-ray scanners for vehicles and cargo, and the software that queues vehicles "
          "through a crossing. In the MENA region our systems are in use at land border crossings in Jordan, Iraq "
          "(Kurdistan Region), Egypt and, since 2023, Morocco.", ["1a", "1b", "1d"], "products_and_clients"),
        E("Over the last eight years we have equipped",
          "Over the last ten years we have equipped 21 crossing points with a total of 52 inspection lanes. None of our "
          "systems is used in refugee camps. We are prepared to confirm this information to BHRRC annually, at the level "
          "of detail given here.", ["1b", "1d"], "deployment_scale"),
        NEW("On question 1c: our queueing software reads number plates automatically and checks them against the "
            "customs authority's list of vehicles due for inspection. We do not offer facial recognition, and our "
            "under-vehicle cameras are positioned so that they do not capture the faces of drivers or passengers.",
            ["1c"], "products_and_clients"),
        K("With regard to question 2a, our due diligence", ["2a"], "due_diligence"),
        E("we have not held consultations with migrants or refugees",
          "Regarding 2(b) and 2(c): we have not held consultations with migrants or refugees. We do require our "
          "customers to display notices informing drivers and passengers that vehicles are scanned, and our operator "
          "training, updated on 15 January 2024, covers the humane treatment of people found in vehicles. Our contracts "
          "allow us to withdraw technical support if equipment is used contrary to Article 12 of the contract, which "
          "limits use to customs and border inspection.", ["2b", "2c"], "mitigation"),
        NEW(_mg2d, ["2d"], "grievance_mechanism", ru=("X", "Northwind Border Systems",
                                                       "Our Speak Up line, run by an independent provider", "light_edit")),
        NEW("On question 2f, the Human Rights Policy we announced in 2022 was adopted by our Board in March 2023. It "
            "commits us to the UN Guiding Principles and requires a human rights assessment before any sale to a border "
            "authority.", ["2f"], "policy_commitment"),
        K("Finally, on question 3, we have no plans", ["3"], "exit_and_restrictions"),
        LT("Yours sincerely,"),
        LT("Andreas Kyriacou"),
        LT("Managing Director"),
    ]))

# ------------------------------------------------------------------ Valmont (PDF, French)
K, E = tools("Valmont Détection")
REPLIES2.append(dict(
    company="Valmont Détection", fmt="pdf", style="french",
    layout=dict(font="Liberation Sans", size=10.5, margins=(2.5, 2.5, 2.5, 2.5)),
    status=st(),
    blocks=[
        LH("VALMONT DÉTECTION"),
        LT("Direction juridique et conformité"),
        LT("Lyon, le 9 juillet 2024"),
        LT("À l'attention du Business & Human Rights Resource Centre"),
        LT("Objet : votre questionnaire de suivi du 3 juin 2024"),
        LT("Madame, Monsieur,"),
        G("Nous vous remercions de votre nouveau courrier. Vous trouverez ci-dessous nos réponses, qui suivent la "
          "numérotation de votre questionnaire de 2024."),
        K("Valmont Détection conçoit des caméras thermiques", ["1a"], "products_and_clients", old="Question 1.a : "),
        E("Depuis 2015, environ 180 caméras",
          "Question 1.b : Depuis 2015, environ 240 caméras et 2 100 capteurs ont été installés le long de frontières "
          "terrestres. Aucun équipement n'a été installé dans un camp de réfugiés.", ["1b"], "deployment_scale"),
        NEW("Question 1.c : Nos caméras thermiques ne permettent pas la reconnaissance faciale et ne sont pas conçues "
            "pour identifier des personnes. Depuis 2023, un logiciel d'analyse d'images distingue les personnes, les "
            "véhicules et les animaux afin de réduire les fausses alarmes ; il ne conserve aucune image au-delà de "
            "30 jours.", ["1c"], "products_and_clients"),
        K("Nous sommes disposés à vous communiquer chaque année", ["1d"], "disclosure_commitment",
          old="Question 1.c : ", new="Question 1.d : "),
        E("Chaque projet fait l'objet d'une analyse des risques",
          "Question 2.a : Oui. Chaque projet fait l'objet d'une analyse des risques pour les droits humains, menée par "
          "la direction juridique avant la remise de l'offre. Bien que Valmont ne soit pas soumise à l'article "
          "L. 225-102-4 du Code de commerce relatif au devoir de vigilance, nous nous en inspirons. Le principal risque "
          "identifié est l'utilisation de nos détections pour intercepter des personnes migrantes dans des conditions "
          "dangereuses, notamment dans des zones désertiques. Depuis 2023, cette analyse est revue par un cabinet "
          "extérieur pour les pays à risque élevé.", ["2a"], "due_diligence"),
        K("Nous n'avons pas mené de consultation directe", ["2b"], "stakeholder_engagement", old="Question 2.b : "),
        K("Nos contrats limitent l'usage des équipements", ["2c"], "mitigation", old="Question 2.c : "),
        K("Un dispositif d'alerte, accessible aux salariés", ["2d"], "grievance_mechanism", old="Question 2.d : "),
        NEW("Question 2.e : Nous n'avons connaissance d'aucun cas dans lequel nos équipements auraient été associés à "
            "une atteinte aux droits de personnes migrantes. Si un tel cas nous était signalé, notre comité de "
            "direction examinerait avec le client les mesures de réparation possibles.", ["2e"], "grievance_mechanism"),
        K("Notre charte éthique comporte un engagement", ["2f"], "policy_commitment",
          old="Question 2.e : ", new="Question 2.f : "),
        E("Nous n'envisageons pas de cesser nos activités",
          "Question 3 : Nous refusons toute vente lorsque l'analyse des risques conclut à un risque grave, comme ce fut "
          "le cas en 2021. Nous n'envisageons pas, en revanche, de cesser nos activités dans la région.",
          ["3"], "exit_and_restrictions", how="reordered"),
        G("Nous restons à votre disposition pour tout complément d'information."),
        LT("Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."),
        LT("Claire Delaunay"),
        LT("Directrice juridique et conformité"),
    ]))

# ------------------------------------------------------------------ Tarrow (DOCX, prose; declined in 2022, answers now)
REPLIES2.append(dict(
    company="Tarrow Perimeter Group", fmt="docx", style="prose",
    layout=dict(font="Liberation Sans", size=11),
    status=st(q1b=P, q1d=D, q2b=N, q2e=N, q3=N),
    blocks=[
        LH("Tarrow Perimeter Group"),
        LT("Level 12, 140 St Georges Terrace, Perth WA 6000, Australia"),
        LT("Perth, 14 August 2024"),
        LT("To: Business & Human Rights Resource Centre"),
        LT("Re: Follow-up questionnaire – surveillance technology, MENA"),
        LT("Dear Sir or Madam,"),
        G("Thank you for your letter of 3 June 2024. In 2022 we declined to take part in your survey. Our board has "
          "since reviewed our approach to disclosure, and we are now able to answer several of your questions, although "
          "some information remains subject to client confidentiality."),
        NEW("Tarrow designs and installs perimeter intrusion detection systems: fence-mounted vibration sensors, buried "
            "fibre-optic cable and thermal cameras that alert a control room when a fence is cut or climbed. In the "
            "Middle East our clients are operators of oil and gas facilities in Oman and Saudi Arabia and, since 2021, "
            "the border authority of Oman, for which we protect the perimeter of two land border crossing posts.",
            ["1a"], "products_and_clients"),
        NEW("We are not able to give numbers of sensors or cameras by site. The two crossing posts in Oman are our only "
            "installations connected with border control; we have none in refugee camps or at checkpoints.",
            ["1b"], "deployment_scale"),
        NEW("None of our systems uses facial recognition. The thermal cameras alert on movement near a fence line and "
            "show the operator an image; they do not identify the person.", ["1c"], "products_and_clients"),
        NEW("Since 2023, every proposal to a government client outside Australia has been reviewed by our Risk "
            "Committee before submission. The review considers the client's human rights record and how intrusion "
            "alerts could lead to harm to people crossing a perimeter. For the Oman border posts, the main risk we "
            "identified was that alerts could lead to the use of force against people crossing irregularly, including "
            "migrant workers.", ["2a"], "due_diligence"),
        NEW("Our contract with the Omani border authority limits the use of our system to the perimeter of the two "
            "posts, and our control-room training includes a session on proportionate response to alerts.",
            ["2c"], "mitigation"),
        NEW("Concerns can be raised with our Company Secretary or anonymously through an external whistleblowing "
            "service, which is open to people outside the company.", ["2d"], "grievance_mechanism"),
        NEW("Our board adopted a Human Rights Statement in 2023. It commits Tarrow to respect human rights in line with "
            "the UN Guiding Principles and sets out the Risk Committee review described above.",
            ["2f"], "policy_commitment"),
        NEW("We cannot commit to providing lists of clients in future, as each client must consent to being named; the "
            "information in this letter has been cleared with the clients concerned.",
            ["1d"], "confidentiality_decline"),
        G("We trust that this reply is helpful."),
        LT("Yours faithfully,"),
        LT("Michael Hartnett"),
        LT("Company Secretary, Tarrow Perimeter Group Pty Ltd"),
    ]))

# ------------------------------------------------------------------ Aldercrest (PDF, long, two columns, re-paginated)
K, E = tools("Aldercrest Systems")
REPLIES2.append(dict(
    company="Aldercrest Systems", fmt="pdf", style="long",
    layout=dict(font="Liberation Serif", size=10, margins=(2.0, 1.8, 2.0, 1.8), cols=2, justify=True, space_after=100),
    status=st(q1d=P),
    blocks=[
        LH("Aldercrest Systems GmbH"),
        LT("Corporate Responsibility & Compliance"),
        LT("Hamburg, 30 August 2024"),
        LT("Business & Human Rights Resource Centre"),
        LT("Subject: Your follow-up request of 3 June 2024 – surveillance technology, migration and border control"),
        LT("Dear Sir or Madam,"),
        G("Thank you for following up on our 2022 exchange. As before, we answer under your three headings and refer to "
          "each question by Roman numeral and letter, so that II(e) corresponds to your new question 2e on remedy."),
        G("Aldercrest Systems now employs around 1,450 people in Germany, Poland and Jordan. Since 2023 our service "
          "centre in Amman has been responsible for the maintenance of our equipment in the Middle East."),
        H("I. Products, deployments and disclosure", ["1a", "1b", "1c", "1d"]),
        E("In the Middle East and North Africa we have three active government customers",
          "I(a) Yes. In the Middle East and North Africa we have two active government customers in the field of border "
          "management: the border police of Jordan and the Ministry of Interior of Tunisia. Our project with the border "
          "guard of Libya's Government of National Unity, financed by a European donor, ended in March 2024.",
          ["1a"], "products_and_clients"),
        E("For Jordan we supplied mobile surveillance towers",
          "For Jordan we supplied mobile surveillance towers – trailers carrying a mast with a thermal and daylight "
          "camera, a short-range radar and a solar power unit – together with the software that displays their "
          "detections in a regional operations room. For Tunisia we delivered biometric self-service kiosks that "
          "capture fingerprints and a facial image of travellers at two seaports. The Libyan project covered "
          "command-and-control software and training only; no sensors were delivered there.",
          ["1a"], "products_and_clients"),
        K("We do not supply interception of communications", ["1a"], "products_and_clients"),
        E("Since 2013 we have delivered 38 mobile surveillance towers",
          "I(b) Since 2013 we have delivered 47 mobile surveillance towers and 64 biometric kiosks to customers in the "
          "region. The towers are moved by the customer from time to time; to our knowledge they have been used along "
          "the northern and eastern land borders of Jordan, at distances between 2 and 15 kilometres from the border "
          "line. The kiosks are installed in the passenger terminals of three ports.", ["1b"], "deployment_scale"),
        E("None of our equipment is installed in a refugee camp.",
          "None of our equipment is installed in a refugee camp. We are aware, however, that one tower was temporarily "
          "positioned close to an informal settlement in 2019; we described this case in our 2022 letter and return to "
          "it under II(e).", ["1b"], "deployment_scale"),
        NEW("I(c) The kiosks compare the traveller's face with the photograph in the travel document (one-to-one "
            "verification) and check fingerprints against the national database for which the Tunisian authorities "
            "are responsible. The towers use an AI classifier that distinguishes people, vehicles and animals but "
            "cannot identify anyone. We do not offer facial recognition in public spaces or emotion recognition, and "
            "we will not add them.", ["1c"], "products_and_clients"),
        E("We are willing to provide BHRRC each year with an updated list",
          "I(d) We are willing to provide BHRRC each year with an updated list of our products in use in the region, by "
          "country and type. Since 2023, however, our customers have asked us not to name the government agencies we "
          "contract with, and we must respect that request.", ["1d"], "disclosure_commitment"),
        K("We will not be able to share contract values", ["1d"], "confidentiality_decline"),
        H("II. Due diligence, safeguards and remedy", ["2a", "2b", "2c", "2d", "2e", "2f"]),
        E("As a company headquartered in Germany, we are preparing",
          "II(a) Yes. As a company headquartered in Germany, we have been subject since 1 January 2024 to the Supply "
          "Chain Due Diligence Act (LkSG), including the risk analysis required under § 5 LkSG. Our due diligence for "
          "sales to government customers goes beyond what that law requires and has been in place since 2019. It "
          "consists of the following steps:", ["2a"], "due_diligence"),
        K("a country and end-user risk assessment", ["2a"], "due_diligence", kind="list_item", mk="1."),
        K("a use-case assessment that asks how each product", ["2a"], "due_diligence", kind="list_item", mk="2."),
        K("a review by our Sales Ethics Committee", ["2a"], "due_diligence", kind="list_item", mk="3."),
        K("a review of each delivery and of each contract renewal", ["2a"], "due_diligence", kind="list_item", mk="4."),
        K("For border projects in the region the main risks", ["2a"], "due_diligence"),
        K("We consulted affected people directly for the first time", ["2b"], "stakeholder_engagement", old="II(b) "),
        E("We also meet human rights defenders and researchers",
          "We also meet human rights defenders and researchers working on migration at least once a year, most "
          "recently on 12 March 2024 in Berlin. Their input led us to add the risks of pushbacks and data sharing to "
          "our standard assessment.", ["2b"], "stakeholder_engagement"),
        K("Our contracts for border projects in the region contain", ["2c"], "mitigation", old="II(c) "),
        K("We design our products to limit misuse.", ["2c"], "mitigation"),
        K("We also train the operators we work with.", ["2c"], "mitigation"),
        K("Our grievance mechanism is open to anyone", ["2d"], "grievance_mechanism", old="II(d) "),
        E("We have received two complaints relating to border projects",
          "We have received five complaints relating to border projects since the mechanism was opened in 2020. Two "
          "concerned working conditions at subcontractors, two the conduct of operators we had trained, and one the "
          "tower described under II(e).", ["2d"], "grievance_mechanism"),
        NEW("II(e) The only case in which we know our equipment was linked to harm to people on the move is the tower "
            "placed near an informal settlement in 2019. Residents told the humanitarian organisation we work with that "
            "patrols had become more frequent and that some families had stopped going to their fields. After the "
            "tower was moved back, we financed, through that organisation, a two-year livelihood programme for the 34 "
            "families concerned, and we agreed its design with their representatives.", ["2e"], "grievance_mechanism"),
        NEW("We have not offered financial compensation to individuals, because no individual harm could be "
            "established. The programme and its evaluation are described in our 2023 Human Rights Report.",
            ["2e"], "grievance_mechanism"),
        K("Our Human Rights Policy Statement, adopted by the Management Board", ["2f"], "policy_commitment",
          old="II(e) ", new="II(f) "),
        K("The process described under II(a) is the internal process", ["2f"], "policy_commitment"),
        H("III. Future engagement", ["3"]),
        E("We do not plan to withdraw from the region altogether.",
          "III. We do not plan to withdraw from the region altogether. We have, however, ended our Libyan project, as "
          "described above, and we will not supply any equipment to authorities that our assessment finds are "
          "responsible for systematic pushbacks or for the arbitrary detention of migrants.",
          ["3"], "exit_and_restrictions"),
        K("Should our assessment of a current customer change", ["3"], "exit_and_restrictions"),
        G("We would welcome your comments on this response and remain available for a meeting with your team."),
        LT("Yours sincerely,"),
        LT("Dr. Katharina Brandt"),
        LT("Chief Compliance Officer, Aldercrest Systems GmbH"),
    ]))

# ------------------------------------------------------------------ Quillon (DOCX, restated questions)
K, E = tools("Quillon Data Fusion")
from questions import QUESTIONS  # noqa: E402
QT = {q["id"]: q for q in QUESTIONS}


def RQ(qid, short=None):
    return Q(short or QT[qid]["text"], [qid], QT[qid]["topic"])


REPLIES2.append(dict(
    company="Quillon Data Fusion", fmt="docx", style="restated",
    layout=dict(font="DejaVu Serif", size=10.5),
    status=st(),
    blocks=[
        LH("Quillon Data Fusion"),
        LT("Brussels, 19 July 2024"),
        LT("Business & Human Rights Resource Centre"),
        LT("Dear Sir or Madam,"),
        G("Thank you for your follow-up questionnaire. Our answers follow, each under the question it responds to."),
        RQ("1a"),
        E("Quillon develops an analytics platform that forecasts",
          "Quillon develops an analytics platform that forecasts migration flows and the demand for reception capacity, "
          "using anonymised and aggregated data such as satellite imagery of camps, weather, food prices and "
          "registration statistics. In the region, our platform has been used by the migration authority of one Gulf "
          "state, by the Ministry of Interior of Jordan since 2023 and, under a grant, by a regional office of an "
          "international organisation in Egypt. It is not a surveillance tool in the sense of monitoring individuals.",
          ["1a"], "products_and_clients"),
        RQ("1b", "Deployments since 2022"),
        E("Our platform is delivered as a service.",
          "Our platform is delivered as a service. It is not installed at border crossings, checkpoints or camps. Three "
          "deployments have been made in the region since 2019.", ["1b"], "deployment_scale"),
        RQ("1c"),
        NEW("Our platform is itself an AI system: it uses statistical and machine-learning models to forecast arrivals "
            "at the level of regions and weeks. It does not use facial recognition, does not process biometric data and "
            "produces no output about any individual.", ["1c"], "products_and_clients"),
        RQ("1d", "Updated lists of products and clients"),
        K("Yes, we are willing to share such a list annually", ["1d"], "disclosure_commitment"),
        RQ("2a"),
        K("Before each project we assess whether forecasts", ["2a"], "due_diligence"),
        E("We do not make decisions about individuals",
          "We do not make decisions about individuals, and no output of our platform produces legal effects for a "
          "person within the meaning of Article 22 GDPR. We are preparing for the obligations of the EU Artificial "
          "Intelligence Act adopted in 2024.", ["2a"], "mitigation"),
        RQ("2b", "Consultation with affected communities and human rights defenders"),
        NEW("In February 2023 we held our first formal consultation on risks, with two refugee-led organisations and a "
            "digital rights group, in Brussels and online. Participants asked us to publish the data sources behind "
            "each forecast and to refuse any client that uses forecasts to plan interceptions at sea; we have done "
            "both.", ["2b"], "stakeholder_engagement"),
        RQ("2c"),
        K("We only accept aggregated data, with a minimum group size", ["2c"], "mitigation"),
        RQ("2d", "Grievance mechanism"),
        K("Anyone can contact our ethics committee", ["2d"], "grievance_mechanism"),
        RQ("2e", "Remedy for people affected"),
        NEW("No case of harm linked to our forecasts has been reported to us. If one were, our ethics committee would "
            "investigate it, and we would cooperate in remedy through the partner organisation concerned.",
            ["2e"], "grievance_mechanism"),
        RQ("2f"),
        K("Our Responsible AI Charter includes a human rights commitment", ["2f"], "policy_commitment"),
        RQ("3"),
        K("We do not sell surveillance products, so the question", ["3"], "exit_and_restrictions"),
        LT("Kind regards,"),
        LT("Sophie Lambrecht"),
        LT("Co-founder and Chief Ethics Officer"),
    ]))

# ------------------------------------------------------------------ Veltrane (DOCX, markers; uses the AEBTS template)
K, E = tools("Veltrane Mobility Sensing")
REPLIES2.append(dict(
    company="Veltrane Mobility Sensing", fmt="docx", style="markers",
    layout=dict(font="Liberation Sans", size=10),
    status=st(q2e=P),
    blocks=[
        LH("VELTRANE MOBILITY SENSING"),
        LT("Response to the Business & Human Rights Resource Centre · Barcelona, 2 September 2024"),
        LT("Dear BHRRC team,"),
        G("Thank you for your follow-up. Some of our answers this year use wording agreed within our industry "
          "association, the Association of European Border Technology Suppliers, which we have adopted as our own."),
        K("Veltrane builds vehicle-mounted sensor kits", ["1a"], "products_and_clients", old="1 a. "),
        E("Since 2016 we have delivered 74 equipped vehicles",
          "1 b. Since 2016 we have delivered 96 equipped vehicles to Morocco and 12 to the United Arab Emirates. They "
          "are mobile and are not assigned to border crossings, checkpoints or camps, although some Moroccan vehicles "
          "patrol near the coast where departures by boat take place.", ["1b"], "deployment_scale"),
        NEW("1 c. " + ref_text(TEMPLATE_FILE, "ai").replace("[Company]", "Veltrane"), ["1c"], "products_and_clients",
            ru=("R", TEMPLATE_FILE, "ai", "light_edit")),
        K("We can share updated information on countries and vehicle numbers", ["1d"], "disclosure_commitment",
          old="1 c. ", new="1 d. "),
        K("Our commercial team completes a human rights risk questionnaire", ["2a"], "due_diligence", old="2 a. "),
        E("We have not consulted migrants, refugees or human rights defenders.",
          "2 b. We have not yet consulted migrants, refugees or human rights defenders directly. A Spanish NGO working "
          "in northern Morocco advised us in 2023 on how to do so, and we plan a first consultation in 2025.",
          ["2b"], "stakeholder_engagement"),
        K("Our software deletes licence plate reads", ["2c"], "mitigation", old="2 c. "),
        K("Our ethics channel is open to anyone", ["2d"], "grievance_mechanism", old="2 d. "),
        NEW("2 e. " + ref_text(TEMPLATE_FILE, "remedy"), ["2e"], "grievance_mechanism",
            ru=("R", TEMPLATE_FILE, "remedy", "verbatim")),
        E("We have a Code of Conduct with a human rights section.",
          "2 f. We have a Code of Conduct with a human rights section. A specific policy for sales to security forces "
          "was approved by our board on 30 June 2022 and has applied to all contracts signed since then.",
          ["2f"], "policy_commitment"),
        E("We have no plans to stop. We will apply the new policy",
          "3. We have no plans to stop. We applied the new policy to the renewal of the Moroccan contract in 2023 and "
          "renewed it for three years, with a right to suspend deliveries if the vans are used to detain children.",
          ["3"], "exit_and_restrictions"),
        LT("Yours sincerely,"),
        LT("Lucía Ferrer Roig"),
        LT("Head of Legal, Veltrane Mobility Sensing S.L."),
    ]))

# ------------------------------------------------------------------ Fenwick Lane (PDF, auto-numbered, hard-wrapped)
K, E = tools("Fenwick Lane Security")
REPLIES2.append(dict(
    company="Fenwick Lane Security", fmt="pdf", style="autonumber",
    layout=dict(font="DejaVu Sans", size=9.5, margins=(2.5, 2.5, 2.5, 2.5), wrap=64, space_after=140),
    status=st(),
    blocks=[
        LH("Fenwick Lane Security"),
        LT("Risk, Ethics & Compliance"),
        LT("26 June 2024"),
        LT("Business & Human Rights Resource Centre"),
        LT("Dear Resource Centre,"),
        G("Thank you for your follow-up letter. Our answers again follow the structure of your questionnaire; please "
          "note that our work in Tunisia has ended since we last wrote."),
        dict(H("Products, services and clients", ["1a", "1b", "1c", "1d"]), kind="list_item", mk="1."),
        E("We provide manned guarding, CCTV and access control at two sites",
          "We provide manned guarding, CCTV and access control at one site in the region: a refugee camp in Jordan, "
          "where we work for an international humanitarian organisation rather than a government. Our contract at a "
          "reception centre for asylum seekers in Tunisia, where we were contracted by the Tunisian authorities under a "
          "project funded by the European Union, ended in June 2023. We do not provide surveillance products to border "
          "agencies.", ["1a"], "products_and_clients", kind="list_item", mk="a.", lvl=1),
        E("At the Jordanian camp we operate 46 CCTV cameras",
          "At the Jordanian camp we operate 52 CCTV cameras and 11 access-control points. We have no installations at "
          "border crossings or checkpoints.", ["1b"], "deployment_scale", kind="list_item", mk="b.", lvl=1),
        NEW("We do not use facial recognition or any other AI video analytics at the camp, and the residents' committee "
            "would have to agree before any such feature was introduced.", ["1c"], "products_and_clients",
            kind="list_item", mk="c.", lvl=1),
        K("We will provide an update each year", ["1d"], "disclosure_commitment", kind="list_item", mk="d.", lvl=1),
        dict(H("Due diligence and safeguards", ["2a", "2b", "2c", "2d", "2e", "2f"]), kind="list_item", mk="2."),
        K("Our due diligence for sites where refugees live", ["2a"], "due_diligence", kind="list_item", mk="a.", lvl=1),
        K("At the Jordanian camp we hold a meeting with the residents", ["2b"], "stakeholder_engagement",
          kind="list_item", mk="b.", lvl=1),
        K("Yes. Our main actions are the following:", ["2c"], "mitigation", kind="list_item", mk="c.", lvl=1),
        K("no cameras are placed in or facing sanitary facilities", ["2c"], "mitigation", kind="list_item", mk="-", lvl=2),
        E("footage is kept for 14 days",
          "footage is kept for 10 days and released only to the humanitarian organisation or on a court order;",
          ["2c"], "mitigation", kind="list_item", mk="-", lvl=2),
        K("all guards complete training based on the International Code", ["2c"], "mitigation", kind="list_item",
          mk="-", lvl=2),
        K("We are a member of the International Code of Conduct Association", ["2c"], "mitigation", ind=2),
        K("Residents can raise complaints through the camp's community feedback boxes", ["2d"], "grievance_mechanism",
          kind="list_item", mk="d.", lvl=1),
        NEW("Yes. In 2023 two residents complained, through the camp hotline, that a guard had searched their shelter "
            "without cause. The investigating manager upheld the complaint; the guard was dismissed, the residents "
            "received a written apology and replacement of damaged belongings, and we retrained the whole team on "
            "searches. The humanitarian organisation reviewed the outcome with the residents' committee.",
            ["2e"], "grievance_mechanism", kind="list_item", mk="e.", lvl=1),
        K("Our Human Rights Policy commits us to the UN Guiding Principles and the International Code", ["2f"],
          "policy_commitment", kind="list_item", mk="f.", lvl=1),
        dict(H("Future plans", ["3"]), kind="list_item", mk="3."),
        E("We do not supply surveillance equipment to governments for border control",
          "We do not supply surveillance equipment to governments for border control and do not intend to start. We "
          "withdrew from the Tunisian centre in June 2023, when we concluded that we could no longer operate there in "
          "line with our policy.", ["3"], "exit_and_restrictions", ind=1),
        LT("Yours sincerely,"),
        LT("Siobhán Kearney"),
        LT("Director of Risk, Ethics & Compliance"),
    ]))

# ------------------------------------------------------------------ Ostral (PDF, "(a)" markers under "1." headings; template)
K, E = tools("Ostral Photonics")
REPLIES2.append(dict(
    company="Ostral Photonics", fmt="pdf", style="markers",
    layout=dict(font="Liberation Sans", size=11, margins=(2.5, 2.5, 2.5, 2.5), heading="bold"),
    status=st(q2e=P),
    blocks=[
        LH("OSTRAL PHOTONICS GMBH"),
        LT("Linz, 5 August 2024"),
        LT("To: Business & Human Rights Resource Centre"),
        LT("Re: Your follow-up letter of 3 June 2024"),
        LT("Dear Sir or Madam,"),
        G("As in 2022, please bear in mind that we make components – infrared camera cores, laser illuminators and "
          "long-range lenses – which other companies build into their own products. Two answers below use model "
          "wording of the Association of European Border Technology Suppliers, of which Ostral is a member."),
        H("1. Products and clients", ["1a", "1b", "1c", "1d"]),
        K("We do not sell complete surveillance systems", ["1a"], "products_and_clients", old="(a) "),
        E("We cannot say how many of our components end up",
          "(b) We cannot say how many of our components end up at border crossings, checkpoints or camps, because our "
          "customers do not report the final destination of every camera. From end-user statements, we estimate that "
          "around 520 of our camera cores were shipped for end users in the region between 2015 and 2024.",
          ["1b"], "deployment_scale"),
        NEW("(c) " + ref_text(TEMPLATE_FILE, "ai").replace("[Company]", "Ostral"), ["1c"], "products_and_clients",
            ru=("R", TEMPLATE_FILE, "ai", "light_edit")),
        K("We are prepared to share annual figures on components", ["1d"], "disclosure_commitment",
          old="(c) ", new="(d) "),
        H("2. Due diligence", ["2a", "2b", "2c", "2d", "2e", "2f"]),
        K("Our thermal camera cores are dual-use items", ["2a"], "export_control", old="(a) "),
        K("No, we have not held such consultations.", ["2b"], "stakeholder_engagement", old="(b) "),
        E("Our OEM contracts require customers to comply",
          "(c) Our OEM contracts require customers to comply with export controls and prohibit supply to end users under "
          "sanctions. Since 1 January 2022 they also require customers to inform us if our components are used in "
          "systems for migration control, and since 2024 we ask each customer for this information every year.",
          ["2c"], "mitigation"),
        K("Employees and external persons can report concerns", ["2d"], "grievance_mechanism", old="(d) "),
        NEW(swap_sentences(ref_text(TEMPLATE_FILE, "remedy"), "(e) "), ["2e"], "grievance_mechanism",
            ru=("R", TEMPLATE_FILE, "remedy", "reordered")),
        K("We do not have a human rights policy specific to border agencies", ["2f"], "policy_commitment",
          old="(e) ", new="(f) "),
        H("3. Future sales", ["3"]),
        K("We have no plans to stop supplying components", ["3"], "exit_and_restrictions"),
        LT("With kind regards,"),
        LT("Markus Pichler"),
        LT("Managing Director, Ostral Photonics GmbH"),
    ]))

# ------------------------------------------------------------------ Greyfriars (DOCX, headings; no reply in 2022)
REPLIES2.append(dict(
    company="Greyfriars Surveillance Solutions", fmt="docx", style="headings",
    layout=dict(font="Liberation Sans", size=11),
    status=st(q1d=N, q2c=N, q2e=N, q3=N),
    blocks=[
        LH("Greyfriars Surveillance Solutions"),
        LT("Greyfriars House, Leeds, United Kingdom"),
        LT("25 June 2024"),
        LT("Business & Human Rights Resource Centre"),
        LT("Dear Resource Centre,"),
        G("Thank you for your letter. We did not reply to your 2022 survey, for which we apologise: the request did not "
          "reach the right team. We are glad to answer now."),
        H("What we supply", ["1a", "1b"]),
        NEW("Greyfriars supplies CCTV, automatic number plate recognition and video management software, mostly to UK "
            "local authorities and ports. In the Middle East and North Africa, our only government client connected "
            "with borders is a port authority in Jordan, for which we upgraded the CCTV of a passenger terminal in "
            "2022.", ["1a"], "products_and_clients"),
        NEW("The Jordanian project covered 64 cameras and two number plate recognition lanes. We have no installations "
            "at land border crossings, checkpoints or refugee camps.", ["1b"], "deployment_scale"),
        H("Facial recognition", ["1c"]),
        NEW("Our video management software has an optional facial recognition module, which we sell only to UK "
            "customers who have carried out a data protection impact assessment. It is not enabled in Jordan, and our "
            "contract there does not licence it.", ["1c"], "products_and_clients"),
        H("Due diligence", ["2a", "2b"]),
        NEW("We have screened customers against sanctions lists for many years, but we did not carry out a human rights "
            "assessment before the Jordanian project. In 2024 we introduced a short human rights checklist for all "
            "sales outside the UK and the EU, which covers the customer's record and whether the system could be used "
            "to monitor protests or migrants.", ["2a"], "due_diligence"),
        NEW("We have not consulted affected communities or human rights defenders.", ["2b"], "stakeholder_engagement"),
        H("Speaking up", ["2d"]),
        NEW("Our whistleblowing policy covers employees only. We are considering opening it to people outside the "
            "company.", ["2d"], "grievance_mechanism"),
        H("Policy", ["2f"]),
        NEW("We do not yet have a human rights policy. Our Code of Conduct requires staff to comply with the law and to "
            "treat people with respect.", ["2f"], "policy_commitment"),
        G("We hope this is useful and would welcome any advice on good practice."),
        LT("Yours sincerely,"),
        LT("Owen Marsh"),
        LT("Operations Director, Greyfriars Surveillance Solutions Ltd"),
    ]))

# ------------------------------------------------------------------ Kalliston (PDF, prose; new company in 2024)
REPLIES2.append(dict(
    company="Kalliston Maritime Sensing", fmt="pdf", style="prose",
    layout=dict(font="Liberation Serif", size=12, margins=(3.0, 2.5, 3.0, 2.5), letterhead="title"),
    status=st(q1d=N, q2b=N, q2e=N, q2f=N),
    blocks=[
        LH("KALLISTON MARITIME SENSING S.A."),
        LT("Piraeus, 18 July 2024"),
        LT("Business & Human Rights Resource Centre"),
        LT("Dear Sir or Madam,"),
        G("Thank you for including Kalliston in your 2024 survey. Kalliston was founded in 2019 and makes coastal radar "
          "stations and the software that fuses their tracks with ship position reports."),
        NEW("Our stations are used by coast guards to watch the approaches to a coast. In North Africa we have one "
            "government customer, the coast guard of Libya's Government of National Unity, to which we delivered two "
            "radar stations in 2023 under a programme financed by a European Union member state.",
            ["1a"], "products_and_clients"),
        NEW("Both stations are on the coast west of Tripoli. We have no equipment at any land border crossing, "
            "checkpoint or camp.", ["1b"], "deployment_scale"),
        NEW("Our software uses machine learning to separate small boats from waves and other clutter. It does not "
            "process images of people.", ["1c"], "products_and_clients"),
        NEW("Before accepting the contract we assessed what happens to people after a boat is detected. People "
            "intercepted at sea off Libya are often returned to detention centres where the United Nations has "
            "documented serious abuse, and this is the main risk we identified.", ["2a"], "due_diligence"),
        NEW("We accepted the contract only on condition that every small-boat track is passed at the same time to the "
            "rescue coordination centre of a neighbouring European state, and we will end our support if we learn "
            "that this is not done.", ["2c", "3"], "mitigation"),
        NEW("Anyone can write to our compliance officer at compliance@kalliston.example, and reports may be anonymous.",
            ["2d"], "grievance_mechanism"),
        G("Please contact me if you have further questions."),
        LT("Yours sincerely,"),
        LT("Eleni Markopoulou"),
        LT("Chief Executive Officer"),
    ]))
