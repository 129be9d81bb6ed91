"""Block helpers and renderer for the dev11 letters.

Each letter source (sources/letters/*.py) defines LETTER, a dict with the reply's metadata and a list of
blocks made with the helpers below. build.py turns the same blocks into (a) Markdown for pandoc and (b) the
gold lines, so the gold text cannot drift from the letter.

Inline markup inside block text: **bold** only. A "\n" inside a block text is a line break inside the
same paragraph (rendered as a Word soft line break).
"""
import re

QUESTION_TOPICS = {
    "1a": "products_and_clients", "1b": "deployment_scale", "1c": "disclosure_commitment",
    "2a": "due_diligence", "2b": "stakeholder_engagement", "2c": "mitigation",
    "2d": "grievance_mechanism", "2e": "policy_commitment", "3": "exit_and_restrictions",
}
QIDS = list(QUESTION_TOPICS)
TOPICS = set(QUESTION_TOPICS.values()) | {"export_control", "confidentiality_decline", "other"}
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header",
         "table_question", "table_label", "table_answer", "annex"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
STATUSES = {"answered", "partial", "declined", "not_addressed"}


def _qs(q):
    if q in (None, "g", "general"):
        return ["general"]
    if isinstance(q, str):
        return [q]
    return list(q)


def _blk(kind, q, topic, text, marked=False, lang=None, style=None, **extra):
    qs = _qs(q)
    primary = qs[0]  # the first question given is the primary one; the list is kept in questionnaire order
    if qs != ["general"]:
        qs = sorted(qs, key=QIDS.index)
    if topic is None:
        topic = "other" if qs == ["general"] else QUESTION_TOPICS[primary]
    b = {"type": "para", "kind": kind, "primary": primary, "questions": qs, "topic": topic, "text": text,
         "marked": marked, "lang": lang, "pstyle": style}
    b.update(extra)
    return b


# ---- helpers used by the letter sources -------------------------------------------------------------
def LH(text, style="Letterhead"):
    """Letterhead line (company name, address line, reference line of the company)."""
    return _blk("letterhead", "general", "other", text, style=style)


def LT(text, style=None, lang=None):
    """(use style="Greeting" for the salutation)"""
    """Letter furniture: date, addressee, subject line, greeting, closing, signature."""
    return _blk("letter", "general", "other", text, style=style, lang=lang)


def G(text, style=None, lang=None, kind="paragraph"):
    """A general body paragraph (thanks, company background, boilerplate) answering no question."""
    return _blk(kind, "general", "other", text, style=style, lang=lang)


def P(q, topic, text, marked=False, lang=None, style=None):
    return _blk("paragraph", q, topic, text, marked, lang, style)


def H(q, topic, text, marked=False, lang=None, level=2, style=None):
    return _blk("heading", q, topic, text, marked, lang, style, level=level)


def LI(q, topic, text, marked=False, lang=None, ordered=False):
    return _blk("list_item", q, topic, text, marked, lang, None, ordered=ordered)


def AX(q, topic, text, marked=False, lang=None, style="Annex"):
    return _blk("annex", q, topic, text, marked, lang, style)


def QU(q, text, lang=None, style="Quoted", marked=True):
    """A restated or quoted question of the questionnaire."""
    return _blk("question", q, None, text, marked, lang, style)


def C(kind, q, topic, text, marked=True, lang=None):
    """A table cell (kind: table_header, table_question, table_label, table_answer)."""
    return _blk(kind, q, topic, text, marked, lang)


def TABLE(rows, widths):
    """rows: list of rows, each a list of C(...) cells; the first row is the header row."""
    return {"type": "table", "rows": rows, "widths": widths}


def PAGEBREAK():
    return {"type": "pagebreak"}


# ---- rendering ------------------------------------------------------------------------------------------
_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _esc(s):
    out = []
    for ch in s:
        if ch == "\n":
            out.append("\\\n")
        elif ch in _PUNCT:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def md_inline(text):
    parts = re.split(r"(\*\*.+?\*\*)", text, flags=re.S)
    out = []
    for p in parts:
        if p.startswith("**") and p.endswith("**") and len(p) > 4:
            out.append("**" + _esc(p[2:-2]) + "**")
        else:
            out.append(_esc(p))
    return "".join(out)


def plain(text):
    return text.replace("**", "")


def iter_gold_blocks(letter):
    for b in letter["blocks"]:
        if b["type"] == "para":
            yield b
        elif b["type"] == "table":
            for row in b["rows"]:
                for c in row:
                    yield c


def to_markdown(letter):
    out = []
    blocks = letter["blocks"]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b["type"] == "pagebreak":
            out.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n')
        elif b["type"] == "table":
            out.append(_table_md(b))
        elif b["kind"] == "list_item":
            items = []
            while i < len(blocks) and blocks[i]["type"] == "para" and blocks[i]["kind"] == "list_item":
                items.append(blocks[i])
                i += 1
            lines = []
            for n, it in enumerate(items, 1):
                mark = f"{n}." if it.get("ordered") else "-"
                lines.append(f"{mark} " + md_inline(it["text"]).replace("\\\n", "\\\n   "))
            out.append("\n".join(lines) + "\n\n<!-- end list -->\n")
            continue
        elif b["kind"] == "heading" and not b.get("pstyle"):
            attrs = ' {dir="rtl"}' if b.get("lang") == "ar" else ""
            out.append("#" * b.get("level", 2) + " " + md_inline(b["text"]) + attrs + "\n")
        else:
            body = md_inline(b["text"])
            attrs = []
            if b.get("pstyle"):
                attrs.append(f'custom-style="{b["pstyle"]}"')
            if b.get("lang") == "ar":
                attrs.append('dir="rtl"')
            if attrs:
                out.append("::: {" + " ".join(attrs) + "}\n" + body + "\n:::\n")
            else:
                out.append(body + "\n")
        i += 1
    return "\n".join(out)


def _table_md(t):
    rows = t["rows"]
    widths = t["widths"]
    def row_md(r):
        return "| " + " | ".join(md_inline(c["text"]).replace("\\\n", " ") for c in r) + " |"
    lines = [row_md(rows[0]), "|" + "|".join(":" + "-" * (w - 1) for w in widths) + "|"]
    lines += [row_md(r) for r in rows[1:]]
    return "\n".join(lines) + "\n"
