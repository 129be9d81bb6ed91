"""Tiny block language for the dev13 reply letters.

Every reply is a list of blocks.  One block = one body paragraph of the letter
(or one table cell), carrying both the text that goes into the DOCX/PDF and the
gold labels.  build.py turns the same blocks into Markdown (for pandoc) and into
gold JSONL lines, so the gold text cannot drift from the letter text.
"""

QUESTIONS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
TOPICS = [
    "products_and_clients", "deployment_scale", "disclosure_commitment",
    "due_diligence", "stakeholder_engagement", "mitigation",
    "grievance_mechanism", "policy_commitment", "exit_and_restrictions",
    "export_control", "confidentiality_decline", "other",
]
KINDS = ["letterhead", "letter", "heading", "paragraph", "question", "list_item",
         "table_header", "table_question", "table_label", "table_answer", "annex"]


def _qs(q):
    if q == "general":
        return "general", ["general"]
    if isinstance(q, str):
        return q, [q]
    q = list(q)
    return q[0], q


def block(text, q="general", topic=None, kind="paragraph", marked=False,
          lang=None, style=None, prefix=None, bold=False):
    question, questions = _qs(q)
    if question == "general":
        topic = "other"
        marked = False
    assert topic in TOPICS, (topic, text[:40])
    assert kind in KINDS, kind
    for x in questions:
        assert x == "general" or x in QUESTIONS, x
    return {"type": "para", "text": text, "question": question,
            "questions": questions, "topic": topic, "kind": kind,
            "marked": bool(marked), "lang": lang, "style": style,
            "prefix": prefix, "bold": bold}


# --- shorthands -----------------------------------------------------------
def LH(text, style="Letterhead", lang=None):
    """Letterhead line (company name, address strip)."""
    return block(text, kind="letterhead", style=style, lang=lang)


def L(text, style="Tight", lang=None):
    """Letter furniture: date, addressee, greeting, closing, signature."""
    return block(text, kind="letter", style=style, lang=lang)


def SUBJ(text, lang=None):
    """Subject line of the letter (bold), general."""
    return block(text, kind="heading", style="Subject", lang=lang)


def G(text, lang=None, style=None):
    """General body paragraph: thanks, background, closing sentences."""
    return block(text, lang=lang, style=style)


def P(text, q, topic, lang=None, marked=False, prefix=None, style=None):
    """Answer paragraph."""
    return block(text, q, topic, lang=lang, marked=marked, prefix=prefix, style=style)


def LI(text, q, topic, lang=None, marked=False):
    """Bullet list item (text without the bullet)."""
    return block(text, q, topic, kind="list_item", lang=lang, marked=marked)


def H(text, q="general", topic="other", marked=False, style="Marker", lang=None):
    """Heading line (a question marker such as 'Re: Q.1(b)' or a section title)."""
    return block(text, q, topic, kind="heading", marked=marked, style=style, lang=lang)


def QQ(text, q, topic, lang=None):
    """A restated/quoted question."""
    return block(text, q, topic, kind="question", marked=True, lang=lang, style="Quoted")


def A(text, q, topic, lang=None):
    """Paragraph of an annex / policy extract."""
    return block(text, q, topic, kind="annex", lang=lang)


def TABLE(header, rows, dashes=(8, 60)):
    """header: list of strings; rows: list of lists of blocks (one per cell)."""
    hdr = [block(h, kind="table_header") for h in header]
    return {"type": "table", "header": hdr, "rows": rows, "dashes": dashes}


def PAGEBREAK():
    return {"type": "pagebreak"}
