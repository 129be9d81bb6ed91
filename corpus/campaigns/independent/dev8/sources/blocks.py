"""Block constructors shared by the letter sources in letters/*.py.

Every block becomes exactly one paragraph of the letter (or, for TABLE, one
paragraph per cell) and exactly one line of the gold file.  Text between
double asterisks is rendered bold (a run-in label); the asterisks are not part
of the gold text.
"""

QUESTIONS = [
    ("1a", "1", "Products and clients", "products_and_clients",
     "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
    ("1b", "1", "Deployment scale", "deployment_scale",
     "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("1c", "1", "Future disclosure", "disclosure_commitment",
     "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
    ("2a", "2", "Human rights due diligence", "due_diligence",
     "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
    ("2b", "2", "Consultation with affected communities", "stakeholder_engagement",
     "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
    ("2c", "2", "Other actions to prevent adverse impacts", "mitigation",
     "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism", "grievance_mechanism",
     "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    ("2e", "2", "Human rights policy", "policy_commitment",
     "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
    ("3", "3", "Plans to stop sales", "exit_and_restrictions",
     "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]
QIDS = [q[0] for q in QUESTIONS]
QTOPIC = {q[0]: q[3] for q in QUESTIONS}
TOPICS = ["products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"]
KINDS = ["letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header",
         "table_question", "table_label", "table_answer", "annex"]


def _qs(q):
    if q == "general":
        return ["general"]
    qs = [x.strip() for x in q.split(",")]
    for x in qs:
        assert x in QIDS, x
    return qs


def _block(kind, q, text, topic=None, marked=None, fmt=None, lang=None):
    qs = _qs(q)
    if topic is None:
        topic = "other" if qs == ["general"] else QTOPIC[qs[0]]
    assert topic in TOPICS, topic
    if qs == ["general"] and marked is None:
        marked = False
    return {"kind": kind, "questions": qs, "topic": topic, "text": text,
            "marked": marked, "fmt": fmt, "lang": lang}


def LH(text, fmt="lh", lang=None):
    """Letterhead line."""
    return _block("letterhead", "general", text, fmt=fmt, lang=lang)


def LL(text, fmt="line", lang=None):
    """Letter furniture: date, reference, addressee, greeting, closing, signature."""
    return _block("letter", "general", text, fmt=fmt, lang=lang)


def G(text, topic="other", kind="paragraph", fmt=None, lang=None, q="general", marked=False):
    """General body paragraph (background, thanks, closing remarks, blanket refusals)."""
    return _block(kind, q, text, topic=topic, marked=marked, fmt=fmt, lang=lang)


def A(q, text, topic=None, kind="paragraph", marked=None, fmt=None, lang=None):
    """Paragraph answering question(s) q ("2b" or "2b,2c"; first = primary)."""
    return _block(kind, q, text, topic=topic, marked=marked, fmt=fmt, lang=lang)


def H(q, text, fmt="bold", topic=None, marked=True, lang=None):
    """Heading or label line on its own."""
    return _block("heading", q, text, topic=topic, marked=marked if q != "general" else False,
                  fmt=fmt, lang=lang)


def Q(q, text, fmt="bold", marked=True, lang=None):
    """Restated question (short form) on its own line."""
    return _block("question", q, text, marked=marked, fmt=fmt, lang=lang)


def LI(q, text, fmt="ol", topic=None, marked=None, lang=None):
    """Auto-numbered or bulleted list item (gold text without the number/bullet)."""
    return _block("list_item", q, text, topic=topic, marked=marked, fmt=fmt, lang=lang)


def C(kind, q, text, topic=None, marked=True, lang=None):
    """Table cell."""
    return _block(kind, q, text, topic=topic, marked=marked if q != "general" else False, lang=lang)


def TABLE(widths, header, rows, lang=None):
    """widths: relative column widths; header: list of header texts; rows: lists of C()."""
    for r in rows:
        assert len(r) == len(widths), r
    assert len(header) == len(widths)
    return {"kind": "table", "widths": widths,
            "header": [_block("table_header", "general", h, lang=lang) for h in header],
            "rows": rows}


def PB():
    """Page break (no paragraph, no gold line)."""
    return {"kind": "pagebreak"}
