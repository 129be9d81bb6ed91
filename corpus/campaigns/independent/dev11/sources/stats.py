#!/usr/bin/env python3
"""Compute the dev11 set's counts from its files (replies/, gold/, campaign.yaml) and write README.md."""
import collections
import glob
import json
import os
import sys

sys.dont_write_bytecode = True

QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]


def read_campaign_companies(path):
    comps, cur, section = [], None, None
    for line in open(path, encoding="utf8"):
        line = line.rstrip("\n")
        if line and not line.startswith(" "):
            section = line.split(":", 1)[0]
            continue
        if section != "companies":
            continue
        s = line.strip()
        if s.startswith("- "):
            cur = {}
            comps.append(cur)
            s = s[2:]
        k, v = s.split(":", 1)
        v = v.strip()
        cur[k] = json.loads(v) if v.startswith(('"', "[")) else v
    return comps


def collect(d):
    metas, golds = [], {}
    for m in sorted(glob.glob(os.path.join(d, "gold", "*.meta.json"))):
        meta = json.load(open(m, encoding="utf8"))
        metas.append(meta)
        g = m[: -len(".meta.json")] + ".gold.jsonl"
        golds[meta["file"]] = [json.loads(x) for x in open(g, encoding="utf8") if x.strip()]
    return metas, golds


def counts(d):
    metas, golds = collect(d)
    c = {}
    c["replies"] = len(metas)
    c["formats"] = collections.Counter(os.path.splitext(m["file"])[1].lstrip(".").upper() for m in metas)
    c["styles"] = collections.Counter(m["style"] for m in metas)
    c["reply_languages"] = collections.Counter(l for m in metas for l in m["languages"])
    c["main_language"] = collections.Counter(m["languages"][0] for m in metas)
    c["status"] = collections.Counter(v for m in metas for v in m["status"].values())
    c["status_by_q"] = {q: collections.Counter(m["status"][q] for m in metas) for q in QIDS}
    lines = [g for m in metas for g in golds[m["file"]]]
    c["lines"] = len(lines)
    c["kinds"] = collections.Counter(g["kind"] for g in lines)
    c["topics"] = collections.Counter(g["topic"] for g in lines)
    c["line_languages"] = collections.Counter(g["language"] for g in lines)
    c["general"] = sum(g["question"] == "general" for g in lines)
    c["marked"] = sum(g["marked"] for g in lines)
    c["prose"] = sum((not g["marked"]) and g["question"] != "general" for g in lines)
    c["multi"] = sum(len(g["questions"]) > 1 for g in lines)
    c["per_question_lines"] = collections.Counter(q for g in lines for q in g["questions"] if q != "general")
    comps = read_campaign_companies(os.path.join(d, "campaign.yaml"))
    c["campaign_status"] = collections.Counter(x["status"] for x in comps)
    c["listed_replies"] = sum(m["listed"] for m in metas)
    c["unlisted_replies"] = sum(not m["listed"] for m in metas)
    c["campaign_companies"] = len(comps)
    c["countries"] = collections.Counter(x["country"] for x in comps)
    c["metas"] = metas
    c["golds"] = golds
    return c


def fmt(counter, order=None):
    keys = order or sorted(counter, key=lambda k: (-counter[k], str(k)))
    return ", ".join(f"{k} {counter[k]}" for k in keys if counter.get(k))


def write_readme(d):
    c = counts(d)
    L = []
    L.append("> **Development set** (campaign id `independent-dev11`), written blind by a thirteenth writer from `../BRIEF.md`.")
    L.append("")
    L.append("# Independently written replies (dev11 set): MENA surveillance questionnaire")
    L.append("")
    L.append("Fictional reply letters from invented companies to the Resource Centre's July 2022 questionnaire on "
             "surveillance technology supplied for migration and border control in the Middle East and North Africa "
             "(9 questions: 1a-1c, 2a-2e, 3), written to the brief in `../BRIEF.md`, with gold annotations: one JSON "
             "line per body paragraph (question(s), topic, kind, marked, style, language) and one meta file per reply "
             "(company, listed, style, languages, status of each of the 9 questions). Every company, person, address "
             "and e-mail domain is invented. All figures below are computed by `sources/stats.py` from the files.")
    L.append("")
    L.append("## Contents")
    L.append("")
    L.append(f"- Replies: {c['replies']} ({fmt(c['formats'], ['PDF', 'DOCX'])}) in `replies/`; gold in `gold/` "
             f"(`<stem>.gold.jsonl`, `<stem>.meta.json`); `campaign.yaml`; `sources/`.")
    L.append(f"- Styles: {fmt(c['styles'])}.")
    L.append(f"- Main language of the reply: {fmt(c['main_language'])}; replies containing each language: "
             f"{fmt(c['reply_languages'])}.")
    L.append(f"- Status cells ({c['replies']} x 9 = {sum(c['status'].values())}): "
             f"{fmt(c['status'], ['answered', 'partial', 'declined', 'not_addressed'])}.")
    L.append(f"- Gold lines: {c['lines']} - marked {c['marked']}, unmarked prose (question, not marked) {c['prose']}, "
             f"general {c['general']}; lines answering more than one question: {c['multi']}.")
    L.append(f"- Gold lines by kind: {fmt(c['kinds'])}.")
    L.append(f"- Gold lines by topic: {fmt(c['topics'])}.")
    L.append(f"- Gold lines by language: {fmt(c['line_languages'])}.")
    L.append(f"- Companies: {c['replies']} replying ({c['listed_replies']} listed in `campaign.yaml`, "
             f"{c['unlisted_replies']} deliberately not listed); `campaign.yaml` lists {c['campaign_companies']} "
             f"companies by status: {fmt(c['campaign_status'], ['responded', 'declined', 'no_response'])}.")
    L.append(f"- Countries in `campaign.yaml`: {fmt(c['countries'])}.")
    L.append("")
    L.append("## Status by question")
    L.append("")
    L.append("| question | answered | partial | declined | not_addressed |")
    L.append("|---|---|---|---|---|")
    for q in QIDS:
        s = c["status_by_q"][q]
        L.append(f"| {q} | {s['answered']} | {s['partial']} | {s['declined']} | {s['not_addressed']} |")
    L.append("")
    L.append("## Replies")
    L.append("")
    L.append("| file | style | languages | listed | gold lines | marked | answered/partial/declined/not_addressed |")
    L.append("|---|---|---|---|---|---|---|")
    for m in c["metas"]:
        g = c["golds"][m["file"]]
        st = collections.Counter(m["status"].values())
        L.append(f"| {m['file']} | {m['style']} | {', '.join(m['languages'])} | {'yes' if m['listed'] else 'no'} | "
                 f"{len(g)} | {sum(x['marked'] for x in g)} | {st['answered']}/{st['partial']}/{st['declined']}/{st['not_addressed']} |")
    L.append("")
    L.append("## Regenerating and checking")
    L.append("")
    L.append("`python3 sources/build.py` rebuilds replies, gold, `campaign.yaml`, `sources/INDEX.md` and this README "
             "from `sources/letters/*.py` (pandoc for DOCX, LibreOffice for PDF). `python3 sources/check.py` verifies "
             "that every gold text is readable in its file (pdftotext for PDF, the document text for DOCX), that every "
             "meta file has the 9 statuses with valid values, that `campaign.yaml` lists every listed company (and none "
             "of the unlisted ones) and that file names are unique. See `sources/INDEX.md` for one line per reply.")
    with open(os.path.join(d, "README.md"), "w", encoding="utf8") as fh:
        fh.write("\n".join(L) + "\n")
    return c


if __name__ == "__main__":
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    write_readme(d)
