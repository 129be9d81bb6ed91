"""Blocks of a reply letter -> (Markdown for pandoc, gold JSON lines) from one source.

Inline markup in block text: **bold** only. Everything else is escaped for pandoc's
Markdown reader, so the letter shows exactly the text that goes into the gold file.
A "\n" inside a block's text is a hard line break (address blocks); in the gold text it
becomes a single space.
"""
import re

QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
TOPICS = ["products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"]
QTOPIC = dict(zip(QIDS, TOPICS[:9]))

_ESC = re.compile(r'([\\`*_{}\[\]<>#|^~$@])')
_LIST_START = re.compile(r'^(\(?)(\d{1,3}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,6})([.)])(\s)')


def _esc(s):
    return _ESC.sub(r'\\\1', s)


def md_inline(text, start=True):
    """Escape text for Markdown; keep **bold** spans; protect list-like starts."""
    parts = text.split("**")
    out = []
    for i, seg in enumerate(parts):
        e = _esc(seg)
        out.append(e)
    md = "**".join(out)
    lines = md.split("\n")
    fixed = []
    for ln in lines:
        core = ln.lstrip("*")
        stars = ln[: len(ln) - len(core)]
        m = _LIST_START.match(core)
        if m:
            if m.group(1):
                core = "\\(" + core[1:]
            else:
                core = core[: m.end(2)] + "\\" + core[m.end(2):]
        if core[:2] in ("- ", "+ ") or core[:1] == "=":
            core = "\\" + core
        fixed.append(stars + core)
    return "  \\\n".join(fixed) if len(fixed) > 1 else fixed[0]


def plain(text):
    return re.sub(r"\s+", " ", text.replace("**", "")).strip()


class B:
    """One block = one gold line (tables expand to several)."""

    def __init__(self, kind, text, q="general", topic=None, qs=None, lang=None, marked=None,
                 cstyle=None, md=None, listtype=None):
        self.kind, self.text, self.q = kind, text, q
        self.qs = qs or ([q] if q != "general" else ["general"])
        if q == "general":
            self.topic = topic or "other"
        else:
            self.topic = topic or QTOPIC[q]
        self.lang, self.marked, self.cstyle, self.md, self.listtype = lang, marked, cstyle, md, listtype


# ---- constructors used by the letter sources -------------------------------------------
def LH(text, small=False):
    return B("letterhead", text, cstyle="LetterheadSmall" if small else "Letterhead")


def L(text, cstyle=None):
    """letter furniture: date, addressee, subject, greeting, closing, signature"""
    return B("letter", text, cstyle=cstyle)


def P(text, q="general", topic=None, qs=None, lang=None, marked=None, cstyle=None):
    return B("paragraph", text, q, topic, qs, lang, marked, cstyle)


def H(text, q="general", topic=None, qs=None, lang=None, marked=None, level=2, bold_para=False):
    b = B("heading", text, q, topic, qs, lang, marked)
    b.level, b.bold_para = level, bold_para
    return b


def Q(text, q, qs=None, lang=None):
    return B("question", text, q, None, qs, lang, True)


def LI(text, q="general", topic=None, qs=None, lang=None, marked=None, listtype="bullet"):
    return B("list_item", text, q, topic, qs, lang, marked, listtype=listtype)


def AN(text, q="general", topic=None, qs=None, lang=None, marked=None, cstyle="Annex"):
    return B("annex", text, q, topic, qs, lang, marked, cstyle)


def PAGEBREAK():
    b = B("raw", "")
    b.md = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'
    return b


class Table:
    """rows: list of (first_cell, first_kind, answer_text, q, topic, qs)"""

    def __init__(self, header, rows, widths=None, lang=None):
        self.header, self.rows, self.widths, self.lang = header, rows, widths, lang


# ---- rendering --------------------------------------------------------------------------
def _cell(s):
    return md_inline(s).replace("|", "\\|").replace("  \\\n", " ")


def render(letter):
    """Return (markdown, gold_rows) for a letter module."""
    md, gold = [], []
    style = letter.STYLE
    dlang = getattr(letter, "LANG", "en")
    dmarked = getattr(letter, "MARKED", False)
    blocks = letter.BLOCKS
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Table):
            ncol = len(b.header)
            w = b.widths or [20, 80]
            lines = ["| " + " | ".join(_cell(h) for h in b.header) + " |",
                     "|" + "|".join("-" * max(3, int(x)) for x in w) + "|"]
            for h in b.header:
                gold.append(_g(h, "general", ["general"], "other", "table_header", False, style, b.lang or dlang))
            for first, fkind, ans, q, topic, qs in b.rows:
                lines.append("| " + _cell(first) + " | " + _cell(ans) + " |")
                qs = qs or [q]
                gold.append(_g(first, q, qs, QTOPIC[q], fkind, True, style, b.lang or dlang))
                gold.append(_g(ans, q, qs, topic or QTOPIC[q], "table_answer", True, style, b.lang or dlang))
            md.append("\n".join(lines))
            i += 1
            continue
        if b.kind == "raw":
            md.append(b.md)
            i += 1
            continue
        if b.kind == "list_item":
            items = []
            while i < len(blocks) and not isinstance(blocks[i], Table) and blocks[i].kind == "list_item":
                items.append(blocks[i])
                i += 1
            lines = []
            for n, it in enumerate(items, 1):
                mark = "-" if it.listtype == "bullet" else f"{n}."
                lines.append(f"{mark} " + md_inline(it.text).replace("  \\\n", " "))
                gold.append(_gb(it, style, dlang, dmarked))
            md.append("\n".join(lines))
            continue
        lang = b.lang or dlang
        if b.kind == "heading":
            if b.bold_para:
                txt = "**" + md_inline(b.text) + "**"
            else:
                txt = "#" * b.level + " " + md_inline(b.text)
        elif b.kind == "question":
            txt = "**" + md_inline(b.text) + "**"
        else:
            txt = md_inline(b.text)
        attrs = []
        if b.cstyle:
            attrs.append(f'custom-style="{b.cstyle}"')
        if lang == "ar":
            attrs.append('dir="rtl"')
        if attrs:
            txt = "::: {" + " ".join(attrs) + "}\n" + txt + "\n:::"
        md.append(txt)
        gold.append(_gb(b, style, dlang, dmarked))
        i += 1
    return "\n\n".join(md) + "\n", gold


def _g(text, q, qs, topic, kind, marked, style, lang):
    return {"text": plain(text), "question": q, "questions": qs, "topic": topic, "kind": kind,
            "marked": bool(marked), "style": style, "language": lang}


def _gb(b, style, dlang, dmarked):
    if b.q == "general":
        marked = False
    elif b.marked is not None:
        marked = b.marked
    else:
        marked = dmarked
    return _g(b.text, b.q, b.qs, b.topic, b.kind, marked, style, b.lang or dlang)
