#!/usr/bin/env python3
"""Counts for README.md, computed from gold/*.gold.jsonl and gold/*.meta.json.
Also writes sources/INDEX.md (sources consulted + one line per reply).
Run alone with:  python3 sources/stats.py   (rewrites README.md and INDEX.md)."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
STATUSES = ["answered", "partial", "declined", "not_addressed"]

HEADER = """> **Development set** (campaign id `independent-dev13`), written blind by a fifteenth writer from `../BRIEF.md`.

# dev13: independently written replies to the MENA surveillance questionnaire

Sixteen invented company replies (8 DOCX, 8 PDF) to the Resource Centre's July 2022 questionnaire on
surveillance technology for migration and border control in the Middle East and North Africa, with gold labels
for every body paragraph (`gold/<file stem>.gold.jsonl`) and per-reply metadata with the status of each of the
nine questions (`gold/<file stem>.meta.json`). `campaign.yaml` lists 12 of the 16 replying companies plus three
invented non-responders; four replying companies (Quillon Signal Labs Ltd, Calderane Optronique SA,
Ostrava Radiolink a.s., Valdemar Kiosk Technologies ApS) are deliberately left off the list and have
`"listed": false` in their meta files.

The set: eight prose letters without question markers (4 English, 2 French, 2 German; legal department, CEO,
terse engineer, CSR manager registers; some with discourse cues, some without), one English prose letter with
Arabic passages, one e-mail printed to PDF whose answers sit above the quoted original questions, two replies
with question markers in the writers' own notations ("Re: Q.1(b)"; run-in "Ad I/b–c:" with combined markers),
one table reply, one cover letter with a policy extract as annex, and two refusals (one full, one that answers
two questions). All companies, people, addresses and domains are invented. Real published company replies
were consulted for shape only; see `sources/INDEX.md`.

## Regenerating

```
python3 sources/build.py
```

needs `pandoc`, LibreOffice (`soffice`) and `pdftotext` (poppler-utils); Python standard library only. The letter
texts and labels live in `sources/letters_a.py` and `sources/letters_b.py` (one block per paragraph, using the
helpers in `sources/dsl.py`); `build.py` renders each reply to Markdown (kept in `sources/markdown/`), converts it
to DOCX with pandoc (`-f markdown-smart`, a generated reference document per font family) and, for the PDF
replies, to PDF with LibreOffice, and writes the gold lines from the same blocks. It checks that the DOCX
paragraphs equal the gold texts in order, that every gold text is readable in `pdftotext` output of each PDF,
that every question with a status other than `not_addressed` has at least one answering line (and the
others none), and paragraph lengths. It then rewrites `campaign.yaml`, this README's counts and
`sources/INDEX.md`.

## Counts (computed by `sources/stats.py`)
"""


def load(d):
    metas, golds = [], {}
    for m in sorted(glob.glob(os.path.join(d, "gold", "*.meta.json"))):
        meta = json.load(open(m, encoding="utf-8"))
        metas.append(meta)
        stem = os.path.basename(m)[:-len(".meta.json")]
        golds[meta["file"]] = [json.loads(x) for x in open(os.path.join(d, "gold", stem + ".gold.jsonl"), encoding="utf-8")]
    return metas, golds


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def counts_md(d):
    metas, golds = load(d)
    fmt = collections.Counter(os.path.splitext(m["file"])[1][1:] for m in metas)
    style = collections.Counter(m["style"] for m in metas)
    lang = collections.Counter("+".join(m["languages"]) for m in metas)
    listed = collections.Counter("listed" if m["listed"] else "not listed" for m in metas)
    parts = []
    parts.append("Replies: %d\n" % len(metas))
    parts.append("By format:\n\n" + table(sorted(fmt.items()), ["format", "replies"]))
    parts.append("By style:\n\n" + table(sorted(style.items()), ["style", "replies"]))
    parts.append("By language (languages present in the reply):\n\n" + table(sorted(lang.items()), ["languages", "replies"]))
    parts.append("In campaign.yaml:\n\n" + table(sorted(listed.items()), ["", "replies"]))
    all_lines = [ln for f in golds for ln in golds[f]]
    parts.append("Gold lines: %d in total\n" % len(all_lines))
    kinds = collections.Counter(ln["kind"] for ln in all_lines)
    parts.append("Gold lines by kind:\n\n" + table(sorted(kinds.items()), ["kind", "lines"]))
    llang = collections.Counter(ln["language"] for ln in all_lines)
    parts.append("Gold lines by language:\n\n" + table(sorted(llang.items()), ["language", "lines"]))
    topics = collections.Counter(ln["topic"] for ln in all_lines)
    parts.append("Gold lines by topic:\n\n" + table(sorted(topics.items()), ["topic", "lines"]))
    nonq = [ln for ln in all_lines if ln["question"] != "general"]
    marked = collections.Counter("marked" if ln["marked"] else "unmarked" for ln in nonq)
    multi = sum(1 for ln in nonq if len(ln["questions"]) > 1)
    parts.append("Non-general lines: %d (%s); lines tied to more than one question: %d\n" % (
        len(nonq), ", ".join("%s %d" % kv for kv in sorted(marked.items())), multi))
    per_reply = [(m["file"], len(golds[m["file"]]), sum(1 for ln in golds[m["file"]] if ln["question"] != "general"))
                 for m in metas]
    parts.append("Gold lines per reply:\n\n" + table(per_reply, ["file", "lines", "non-general"]))
    st = collections.Counter(m["status"][q] for m in metas for q in QUESTIONS)
    parts.append("Status cells (16 replies x 9 questions = %d):\n\n" % (len(metas) * 9) +
                 table([(s, st.get(s, 0)) for s in STATUSES], ["status", "cells"]))
    rows = []
    for q in QUESTIONS:
        c = collections.Counter(m["status"][q] for m in metas)
        rows.append([q] + [c.get(s, 0) for s in STATUSES])
    parts.append("Status cells per question:\n\n" + table(rows, ["question"] + STATUSES))
    return "\n\n".join(parts) + "\n"


def write_readme(d):
    with open(os.path.join(d, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(HEADER + "\n" + counts_md(d))
    write_index(d)


def write_index(d):
    import sources_used
    metas, golds = load(d)
    out = ["# Sources and index of the dev13 replies", "",
           "## Real published replies consulted (shape only)", "",
           "Read only as excerpts returned by the `search` tool (corpus `pages`), to model layout, length, tone, ",
           "how companies decline, hedge, point to policies, group several questions in one paragraph and skip ",
           "questions. No sentence or name was copied. Every address was checked against ",
           "`/work/shared/notes/reserved-sources.txt` before it was opened; none is on that list or a mirror of a listed page.", ""]
    for url, what in sources_used.SOURCES:
        out.append("- %s — %s" % (url, what))
    out += ["", "## Replies", "", "| file | company | listed | style | languages | what it tests |", "|---|---|---|---|---|---|"]
    for m in metas:
        out.append("| %s | %s | %s | %s | %s | %s |" % (m["file"], m["company"], "yes" if m["listed"] else "no",
                                                   m["style"], ", ".join(m["languages"]), m["notes"]))
    out += ["", "## Non-responders listed in campaign.yaml (invented)", "",
            "- Sarvani Optronics Pvt Ltd (India)", "- Kestrel Border Analytics B.V. (Netherlands)",
            "- Zafra Secure Technologies FZ-LLC (United Arab Emirates)", "",
            "## Files here", "",
            "- `dsl.py` — block helpers (one block = one paragraph + its labels)",
            "- `letters_a.py`, `letters_b.py` — the sixteen letters and their statuses",
            "- `build.py` — renders Markdown → DOCX (pandoc) → PDF (LibreOffice), writes gold, meta, campaign.yaml, runs checks",
            "- `stats.py` — README counts and this index",
            "- `sources_used.py` — the list of consulted addresses above",
            "- `markdown/` — the generated Markdown of each reply (build output, kept for reference)", ""]
    with open(os.path.join(HERE, "INDEX.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    write_readme(os.path.dirname(HERE))
