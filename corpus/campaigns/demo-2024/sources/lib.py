"""Blocks, rendering and gold helpers for the demo-2024 follow-up campaign.

Python 3 standard library only. Each reply is a list of blocks; one block = one paragraph of the letter and one
gold line. The same blocks produce the Markdown (pandoc -> DOCX, LibreOffice -> PDF), the paragraph gold, the
change gold and the reuse gold, so the gold text cannot drift from the letter.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CAMPAIGN = os.path.dirname(HERE)
DEMO_GOLD = os.path.join(os.path.dirname(CAMPAIGN), "demo", "gold")

# 2024 question id -> the 2022 question it repeats (None: new question)
SAME_AS = {"1a": "1a", "1b": "1b", "1c": None, "1d": "1c", "2a": "2a", "2b": "2b", "2c": "2c",
           "2d": "2d", "2e": None, "2f": "2e", "3": "3"}
Q24 = list(SAME_AS)
Q22_TO_24 = {v: k for k, v in SAME_AS.items() if v}

NOT_ANSWER_KINDS = {"heading", "question", "table_question", "table_label", "table_header", "letterhead", "letter"}


def is_answer(d):
    """An answer paragraph: tied to a question, and not a heading, restated question or table label."""
    return d["questions"] != ["general"] and d["kind"] not in NOT_ANSWER_KINDS and d["topic"] != "other"


_gold22 = {}


def gold22(company):
    if company not in _gold22:
        path = os.path.join(DEMO_GOLD, company + " - reply.gold.jsonl")
        if not os.path.exists(path):
            _gold22[company] = None
        else:
            with open(path, encoding="utf-8") as f:
                _gold22[company] = [json.loads(l) for l in f if l.strip()]
    return _gold22[company]


def find22(company, key):
    hits = [d for d in gold22(company) if key in d["text"] and is_answer(d)]
    if len(hits) != 1:
        raise SystemExit(f"{company}: key {key!r} matches {len(hits)} 2022 answer paragraphs")
    return hits[0]


# ---------------------------------------------------------------- blocks
def LH(t):
    return dict(kind="letterhead", text=t, questions=["general"], topic="other")


def LT(t):
    return dict(kind="letter", text=t, questions=["general"], topic="other")


def G(t, topic="other", **kw):
    return dict(kind="paragraph", text=t, questions=["general"], topic=topic, **kw)


def H(t, qs, **kw):
    return dict(kind="heading", text=t, questions=qs, topic="other", **kw)


def Q(t, qs, topic, kind="question", **kw):
    return dict(kind=kind, text=t, questions=qs, topic=topic, **kw)


def TH(t):
    return dict(kind="table_header", text=t, questions=["general"], topic="other")


def NEW(t, qs, topic, kind="paragraph", ru=None, **kw):
    """A paragraph with no 2022 counterpart. ru: reuse of another source:
    ("X", company, key22, edits)  copy of another company's 2022 paragraph
    ("R", file, ref_key, edits)   copy of a reference document paragraph"""
    return dict(kind=kind, text=t, questions=qs, topic=topic, ch=None, ru=ru, **kw)


def KEEP(company, key, qs, topic, old="", new="", kind="paragraph", **kw):
    """A 2022 paragraph repeated word for word (only its leading question marker may be renumbered)."""
    d22 = find22(company, key)
    t = d22["text"]
    if not t.startswith(old):
        raise SystemExit(f"{company}: {key!r}: 2022 text does not start with marker {old!r}")
    return dict(kind=kind, text=new + t[len(old):], questions=qs, topic=topic, ch=("unchanged", d22["text"]), **kw)


def EDIT(company, key, t, qs, topic, how="light_edit", kind="paragraph", **kw):
    d22 = find22(company, key)
    if t == d22["text"]:
        raise SystemExit(f"{company}: EDIT of {key!r} is identical to 2022")
    return dict(kind=kind, text=t, questions=qs, topic=topic, ch=("edited", d22["text"], how), **kw)


# ---------------------------------------------------------------- markdown
_PUNCT = set("\\`*_{}[]()#+-.!<>|~^\"'$&@%=:;,/?")


def esc(s):
    out = []
    for ch in s:
        if ch in _PUNCT:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


_VOW = set("aeiouyAEIOUYéèàâêôûîäöüÉ")


_SUFFIX = ("tion", "sion", "ment", "ness", "ing", "ance", "ence", "ities", "ity", "able", "ible", "ical")


def _split_word(w, room):
    """Split an alphabetic word so that head + '-' fits in room characters; return (head, tail) or None.
    Break points: before a common suffix, between two consonants (VC-CV) or before a single consonant (V-CV);
    at least three letters on each side."""
    core = re.match(r"^([A-Za-zÀ-ÿ]+)(.*)$", w)
    if not core or len(core.group(1)) < 7:
        return None
    L = core.group(1)
    low = L.lower()
    cands, good = set(), set()
    for suf in _SUFFIX:
        if low.endswith(suf) and len(L) - len(suf) >= 3:
            cands.add(len(L) - len(suf))
            good.add(len(L) - len(suf))
    for i in range(3, len(L) - 2):
        a, b, c = low[i - 1], low[i], low[i + 1]
        if a not in _VOW and b not in _VOW and c in _VOW and low[i - 2] in _VOW and b != "h":
            cands.add(i)
            good.add(i)
        elif a in _VOW and b not in _VOW and c in _VOW:
            cands.add(i)
    fit = [i for i in cands if i + 1 <= room and len(L) - i >= 3]
    if not fit:
        return None
    pref = [i for i in fit if i in good]
    best = max(pref) if pref else max(i for i in fit if len(L) - i >= 4) if any(len(L) - i >= 4 for i in fit) else None
    if best is None:
        return None
    return L[:best], L[best:] + core.group(2)


def hyphen_wrap(text, width):
    """Break text into lines of at most width characters, hyphenating long words at line ends."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if not cur:
            cand = w
        else:
            cand = cur + " " + w
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - (1 if cur else 0) - 1
        sp = _split_word(w, room) if room >= 4 else None
        if sp:
            lines.append((cur + " " if cur else "") + sp[0] + "-")
            cur = sp[1]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para_md(text, reply):
    w = reply.get("layout", {}).get("wrap")
    if w:
        lines = hyphen_wrap(text, w)
        return "\\\n".join(esc(l) for l in lines)
    return esc(text)


def _wrap_cell(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def grid_table(rows, widths, header=None):
    """rows: list of rows, each a list of cells, each cell a list of paragraph strings (already escaped)."""
    def sep(ch):
        return "+" + "+".join(ch * w for w in widths) + "+"

    def row_lines(cells):
        cols = []
        for cell, w in zip(cells, widths):
            lines = []
            for i, p in enumerate(cell):
                if i:
                    lines.append("")
                lines.extend(_wrap_cell(p, w - 2))
            cols.append(lines)
        n = max(len(c) for c in cols)
        out = []
        for i in range(n):
            parts = []
            for c, w in zip(cols, widths):
                s = c[i] if i < len(c) else ""
                if len(s) > w - 2:
                    raise SystemExit(f"cell word too long for grid table: {s!r}")
                parts.append(" " + s.ljust(w - 2) + " ")
            out.append("|" + "|".join(parts) + "|")
        return out

    out = [sep("-")]
    if header:
        out += row_lines(header)
        out.append(sep("="))
    for r in rows:
        out += row_lines(r)
        out.append(sep("-"))
    return "\n".join(out)


def to_markdown(reply):
    lay = reply.get("layout", {})
    blocks = reply["blocks"]
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        k = b["kind"]
        if k in ("table_header", "table_question", "table_label", "table_answer") or b.get("cell"):
            # collect the table
            header, rows = None, []
            while i < len(blocks) and (blocks[i]["kind"] in ("table_header", "table_question", "table_label", "table_answer")):
                bb = blocks[i]
                if bb["kind"] == "table_header":
                    header = [[esc(bb["text"])], [esc(blocks[i + 1]["text"])]]
                    i += 2
                    continue
                if bb["kind"] in ("table_question", "table_label"):
                    rows.append([[ "**" + esc(bb["text"]) + "**" if lay.get("bold_first_col") else esc(bb["text"])], []])
                else:
                    rows[-1][1].append(esc(bb["text"]))
                i += 1
            out.append(grid_table(rows, lay.get("table_widths", [40, 60]), header))
            continue
        if k == "letterhead":
            if lay.get("letterhead") == "title":
                out.append('::: {custom-style="Title"}\n' + esc(b["text"]) + "\n:::")
            else:
                out.append("**" + esc(b["text"]) + "**")
        elif k == "heading":
            style = lay.get("heading", "h2")
            if style == "bold":
                out.append("**" + esc(b["text"]) + "**")
            elif style == "list":
                out.append(b["mk"].ljust(4) + esc(b["text"]))
            else:
                out.append("## " + esc(b["text"]))
        elif k == "question":
            out.append("**" + esc(b["text"]) + "**")
        elif k == "list_item":
            ind = "    " * b.get("lvl", 0)
            mk = b.get("mk", "-")
            out.append(ind + (mk + " ").ljust(4) + para_md(b["text"], reply).replace("\n", "\n" + ind + "    "))
        elif k == "annex" or b.get("quote"):
            out.append("> " + para_md(b["text"], reply))
        else:
            ind = "    " * b.get("ind", 0)
            if k == "letter" and b.get("italic"):
                out.append(ind + "*" + esc(b["text"]) + "*")
            else:
                out.append(ind + para_md(b["text"], reply).replace("\n", "\n" + ind))
        i += 1
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- gold
def gold_lines(reply):
    lines = []
    for b in reply["blocks"]:
        qs = b["questions"]
        lines.append({"text": b["text"], "question": qs[0], "questions": qs, "topic": b["topic"],
                      "style": reply["style"], "kind": b["kind"]})
    return lines
