"""Block constructors for the independent-dev3 letters.

Every block carries both what is rendered (text + render hint) and its gold labels
(kind, questions, topic, marked, language), so the gold cannot drift from the letter.
"""

QUESTION_IDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
QUESTION_TOPIC = {
    "1a": "products_and_clients", "1b": "deployment_scale", "1c": "disclosure_commitment",
    "2a": "due_diligence", "2b": "stakeholder_engagement", "2c": "mitigation",
    "2d": "grievance_mechanism", "2e": "policy_commitment", "3": "exit_and_restrictions",
}
TOPICS = ["products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"]
KINDS = ["letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header",
         "table_question", "table_label", "table_answer", "annex"]


def _q(q):
    if q in (None, "", "general"):
        return ["general"]
    qs = q.split()
    for x in qs:
        assert x in QUESTION_IDS, x
    return qs


def _b(kind, q, topic, text, marked=False, lang=None, render="p", bold=None, **extra):
    qs = _q(q)
    if qs == ["general"]:
        topic = topic or "other"
        marked = False
    assert topic in TOPICS, topic
    if bold:
        assert text.startswith(bold), (bold, text)
    d = dict(kind=kind, questions=qs, topic=topic, text=text, marked=marked, lang=lang,
             render=render, bold=bold)
    d.update(extra)
    return d


# --- general letter parts -------------------------------------------------------
def LH(text):
    """First letterhead line (company name, large)."""
    return _b("letterhead", "general", "other", text, render="lh")


def LHS(text):
    """Further letterhead lines (address, registration), small."""
    return _b("letterhead", "general", "other", text, render="lhs")


def DATE(text, right=False):
    return _b("letter", "general", "other", text, render="right" if right else "tight")


def L(text, tight=True):
    """Addressee, subject, greeting, closing, signature lines."""
    return _b("letter", "general", "other", text, render="tight" if tight else "p")


def REF(text):
    return _b("letter", "general", "other", text, render="ref")


def GP(text, lang=None):
    """General body paragraph (thanks, background, closing sentence)."""
    return _b("paragraph", "general", "other", text, lang=lang)


# --- substantive parts ----------------------------------------------------------
def P(q, topic, text, m=False, lang=None, bold=None):
    return _b("paragraph", q, topic, text, marked=m, lang=lang, bold=bold)


def AR(q, topic, text):
    return _b("paragraph", q, topic, text, lang="ar", render="arabic")


def H(q, topic, text, m=False, level=2):
    return _b("heading", q, topic, text, marked=m, render="h%d" % level)


def BH(q, topic, text, m=False):
    """Heading written as a bold paragraph."""
    return _b("heading", q, topic, text, marked=m, render="boldpara")


def BQ(q, text):
    """Restated question as a bold line."""
    qs = _q(q)
    return _b("question", q, QUESTION_TOPIC[qs[0]], text, marked=True, render="boldpara")


def AX(q, topic, text, m=False, bold=None):
    return _b("annex", q, topic, text, marked=m, render="annex", bold=bold)


def LI(q, topic, text, m=False):
    return _b("list_item", q, topic, text, marked=m, render="li")


def PAGEBREAK():
    return dict(kind=None, render="pagebreak")


def CELL(kind, q, topic, text, m=True):
    return _b(kind, q, topic, text, marked=m, render="cell")


def TABLE(header, rows, widths=(12, 60)):
    """header: list of texts; rows: list of lists of CELL blocks."""
    hdr = [_b("table_header", "general", "other", h, render="cell") for h in header]
    return dict(kind=None, render="table", header=hdr, rows=rows, widths=widths)
