#!/usr/bin/env python3
"""Count the dev12 set from its gold files and write DIR/README.md (also printed)."""
import json
from collections import Counter
from pathlib import Path

DIR = Path(__file__).resolve().parent.parent
QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def counter_table(c, head, order=None):
    keys = order or sorted(c, key=lambda k: (-c[k], k))
    return table([(k, c[k]) for k in keys if c[k]], head)


def main():
    metas = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((DIR / "gold").glob("*.meta.json"))]
    fmt, style, listed = Counter(), Counter(), Counter()
    lang_replies, lang_lines, status = Counter(), Counter(), Counter()
    status_by_q = {q: Counter() for q in QIDS}
    kinds, topics, marking = Counter(), Counter(), Counter()
    per = []
    words_all = []
    for m in metas:
        stem = Path(m["file"]).stem
        gold = [json.loads(x) for x in (DIR / "gold" / f"{stem}.gold.jsonl").read_text(encoding="utf-8").splitlines()]
        ext = Path(m["file"]).suffix.lstrip(".").upper()
        fmt[ext] += 1
        style[m["style"]] += 1
        listed["listed" if m["listed"] else "not listed"] += 1
        for lg in m["languages"]:
            lang_replies[lg] += 1
        for q, v in m["status"].items():
            status[v] += 1
            status_by_q[q][v] += 1
        nm = nu = ng = 0
        words = 0
        for g in gold:
            lang_lines[g["language"]] += 1
            kinds[g["kind"]] += 1
            topics[g["topic"]] += 1
            words += len(g["text"].split())
            if g["question"] == "general":
                ng += 1
            elif g["marked"]:
                nm += 1
            else:
                nu += 1
        marking["marked"] += nm
        marking["unmarked (prose)"] += nu
        marking["general"] += ng
        words_all.append(words)
        st = Counter(m["status"].values())
        per.append((f"`{m['file']}`", m["company"], ext, m["style"], ", ".join(m["languages"]),
                    "yes" if m["listed"] else "no", len(gold), nm, nu, ng, words,
                    f"{st['answered']}/{st['partial']}/{st['declined']}/{st['not_addressed']}"))
    n = len(metas)
    lines = [
        "> **Development set** (campaign id `independent-dev12`), written blind by a fourteenth writer from "
        "`../BRIEF.md`.",
        "",
        "# Independently written replies (dev12 set): MENA surveillance questionnaire",
        "",
        "Sixteen fictional company replies to the Business & Human Rights Resource Centre's July 2022 questionnaire on "
        "surveillance technology for migration and border control in the Middle East and North Africa, with gold "
        "annotations. Every company, person, address and e-mail domain is invented. The writer read only the brief, "
        "the outreach letter and a handful of published real company replies (for layout and tone only; see "
        "`sources/INDEX.md`).",
        "",
        "## Contents",
        "",
        "- `campaign.yaml` - the campaign: the 9 questions and the companies on the list "
        "(replying companies that are listed, plus three that did not reply).",
        "- `replies/` - the 16 letters (8 PDF made from DOCX with LibreOffice, 8 DOCX made with pandoc).",
        "- `gold/<stem>.gold.jsonl` - one line per body paragraph in reading order (running footers excluded); "
        "`gold/<stem>.meta.json` - company, listed flag, style, languages, status of each question, a note.",
        "- `sources/` - `letters/lNN_*.py` (each letter as blocks: text + labels), `lib.py` (Markdown and gold from "
        "the same blocks), `make_ref.py` (reference DOCX: fonts, margins, running footer), `build.py` (regenerates "
        "everything), `check.py` (verification), `stats.py` (this README), `INDEX.md` (one line per reply and the real "
        "replies read for style).",
        "",
        "Regenerate and verify: `python3 sources/build.py && python3 sources/check.py && python3 sources/stats.py`.",
        "",
        "## Counts (computed by `sources/stats.py`)",
        "",
        f"Replies: {n}; listed on the campaign: {listed['listed']}, left off the list: {listed['not listed']}. "
        f"Gold lines: {sum(kinds.values())}. Words per reply: {min(words_all)}-{max(words_all)} "
        f"(total {sum(words_all)}).",
        "",
        "### Replies by format",
        "",
        counter_table(fmt, ["format", "replies"]),
        "",
        "### Replies by style",
        "",
        counter_table(style, ["style", "replies"]),
        "",
        "### Languages",
        "",
        table([(lg, lang_replies[lg], lang_lines[lg]) for lg in ("en", "fr", "de", "ar") if lang_replies[lg]],
              ["language", "replies containing it", "gold lines"]),
        "",
        "### Status cells (16 replies x 9 questions)",
        "",
        counter_table(status, ["status", "cells"], ["answered", "partial", "declined", "not_addressed"]),
        "",
        table([(q,) + tuple(status_by_q[q][v] for v in ("answered", "partial", "declined", "not_addressed"))
               for q in QIDS], ["question", "answered", "partial", "declined", "not_addressed"]),
        "",
        "### Gold lines: marked / unmarked prose / general",
        "",
        counter_table(marking, ["lines", "count"], ["marked", "unmarked (prose)", "general"]),
        "",
        "(`unmarked (prose)`: lines that answer a question but carry no number, restated question, heading or table "
        "row tying them to it - in prose and refusal letters and in the cover letter / policy extract of the annex "
        "reply.)",
        "",
        "### Gold lines by kind",
        "",
        counter_table(kinds, ["kind", "lines"]),
        "",
        "### Gold lines by topic",
        "",
        counter_table(topics, ["topic", "lines"]),
        "",
        "### Per reply",
        "",
        "Status column: answered/partial/declined/not_addressed.",
        "",
        table(per, ["file", "company", "format", "style", "languages", "listed", "lines", "marked", "unmarked",
                    "general", "words", "status A/P/D/N"]),
        "",
    ]
    text = "\n".join(lines)
    (DIR / "README.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
