"""The two reference documents that 2024 replies copy from (invented for this corpus).

- Helvora Biometrics' public Human Rights Policy (a 1-2 page PDF), pasted in part into Helvora's 2024 reply.
- The model answers of a fictional trade association, used by Veltrane Mobility Sensing and Ostral Photonics.
Paragraphs that replies copy carry a key (ref=...), used by letters.py and by the reuse gold.
"""
from lib import LH, LT, G, H

POLICY_FILE = "Helvora Biometrics - human rights policy.pdf"
TEMPLATE_FILE = "Association of European Border Technology Suppliers - template.docx"


def _p(t, ref=None):
    d = G(t)
    d["ref"] = ref
    return d


POLICY = [
    LH("Helvora Biometrics AG"),
    H("Human Rights Policy", ["general"]),
    LT("Adopted by the Executive Board in 2018, revised in 2021 and in September 2023"),
    H("1. Purpose and scope", ["general"]),
    _p("This Policy sets out how Helvora Biometrics AG and its subsidiaries meet their responsibility to respect human "
       "rights. It applies to all employees, to our products and services throughout their life cycle and, through our "
       "contracts, to our suppliers and distribution partners."),
    H("2. Our commitment", ["general"]),
    _p("We are committed to respecting all internationally recognised human rights, as expressed in the International "
       "Bill of Human Rights and the ILO Declaration on Fundamental Principles and Rights at Work. We follow the UN "
       "Guiding Principles on Business and Human Rights and the OECD Guidelines for Multinational Enterprises on "
       "Responsible Business Conduct, and we expect our business partners to do the same.", "commit"),
    H("3. Biometric technology in humanitarian and migration contexts", ["general"]),
    _p("People who are displaced rarely have a real choice about whether to give their biometric data. We therefore "
       "treat every deployment that registers refugees, asylum seekers or migrants as high-risk. Such deployments "
       "require a human rights impact assessment before an offer is made, and a renewed assessment whenever the "
       "purpose, the recipients of the data or the legal framework change.", "bio1"),
    _p("We will not supply our products where biometric data is likely to be shared with the authorities of a country "
       "from which the people concerned have fled, used to locate people for detention or removal without due process, "
       "or retained for longer than the purpose requires. Contracts for such deployments must limit the purpose of "
       "processing, forbid onward transfers to third countries and give us the right to suspend support.", "bio2"),
    _p("Any sale to a border or migration authority requires the approval of the Executive Board, on the "
       "recommendation of the Head of Sustainability & Human Rights."),
    H("4. Engagement with affected people", ["general"]),
    _p("Before major deployments we consult the people who may be affected by our products, or organisations that "
       "represent them, and we publish a summary of what we heard and of what we changed as a result."),
    H("5. Remedy", ["general"]),
    _p("Where we find that we have caused or contributed to an adverse impact on human rights, we will provide for or "
       "cooperate in its remediation through legitimate processes. Anyone can raise a concern through our Integrity "
       "Line without fear of retaliation, and we will tell the person who raised it what we have done in response.",
       "remedy"),
    H("6. Responsibility and review", ["general"]),
    _p("The Executive Board is responsible for this Policy. The Head of Sustainability & Human Rights reports to the "
       "Board on its implementation every year, and the Policy is reviewed at least every three years."),
    LT("Helvora Biometrics AG · Seestrasse 118 · 8820 Wädenswil · Switzerland"),
]

TEMPLATE = [
    LH("Association of European Border Technology Suppliers (AEBTS)"),
    H("Model paragraphs for members: questionnaires on human rights", ["general"]),
    LT("Version 2.0 – March 2024 – for members only"),
    _p("Members may use the paragraphs below, in whole or in part, when answering questionnaires from civil society "
       "organisations, investors or customers. Replace [Company] with the member's name and adapt the text so that "
       "it describes the member's own practice accurately. Do not use a paragraph that does not reflect what your "
       "company actually does."),
    H("A. Facial recognition and artificial intelligence", ["general"]),
    _p("[Company] does not supply facial recognition systems for the identification of people in public spaces, "
       "emotion recognition or biometric categorisation of people by ethnicity, religion or political opinion. Where "
       "our products use artificial intelligence, it serves to detect and classify objects, and a trained human "
       "operator reviews any output before it is acted upon.", "ai"),
    H("B. Remedy", ["general"]),
    _p("Where we find that our products or services have caused or contributed to adverse impacts on people, we will "
       "provide for or cooperate in their remediation through legitimate processes, in line with the UN Guiding "
       "Principles on Business and Human Rights. Complaints can be raised through our grievance channel, which is "
       "open to people outside the company, and we will not tolerate retaliation against anyone who raises a concern "
       "in good faith.", "remedy"),
    H("C. Human rights due diligence", ["general"]),
    _p("[Company] assesses the human rights risks of each proposed sale to a government end user outside the European "
       "Union before an offer is made, taking into account the human rights situation in the destination country, the "
       "intended end use and the possibility that the product could be used for purposes other than those stated.",
       "dd"),
    H("D. Disclosure", ["general"]),
    _p("We are willing to share aggregated information about the countries in which our products are in use and the "
       "product categories concerned. Information identifying individual clients can be shared only with their "
       "consent.", "disclosure"),
    LT("AEBTS Secretariat, Brussels"),
]


def ref_text(fname, key):
    blocks = POLICY if fname == POLICY_FILE else TEMPLATE
    hits = [b["text"] for b in blocks if b.get("ref") == key]
    if len(hits) != 1:
        raise SystemExit(f"{fname}: no unique paragraph {key!r}")
    return hits[0]
