#!/usr/bin/env python3
"""Regenerate the dev11 set: replies/*.pdf|docx, gold/*.gold.jsonl, gold/*.meta.json, campaign.yaml,
sources/INDEX.md and README.md, all from the letter sources in sources/letters/*.py.

Usage: python3 sources/build.py            (from the set folder or anywhere)
Needs: python3 (stdlib), pandoc, LibreOffice (soffice), pdftotext (only for check.py).
"""
import glob
import importlib.util
import json
import os
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib  # noqa: E402
import docxstyle  # noqa: E402

CAMPAIGN_ID = "independent-dev11"
TITLE = "Independently written replies (dev11 set): MENA surveillance questionnaire"
BUILD = "/tmp/dev11-build"
LO_PROFILE = "file:///tmp/lo-dev11"

QUESTIONS = [
    ("1a", "1", "Products and clients",
     "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
    ("1b", "1", "Deployment scale",
     "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("1c", "1", "Disclosure commitment",
     "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
    ("2a", "2", "Human rights due diligence",
     "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
    ("2b", "2", "Stakeholder consultation",
     "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
    ("2c", "2", "Other mitigation actions",
     "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism",
     "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    ("2e", "2", "Human rights policy",
     "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
    ("3", "3", "Plans to stop sales",
     "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]

# companies that were sent the questionnaire and did not reply (listed, no letter in replies/)
NO_RESPONSE = [
    {"name": "Aldercrest Surveillance Systems Ltd", "aliases": ["Aldercrest"], "country": "United Kingdom"},
    {"name": "Nordhaven Vision Oy", "aliases": ["Nordhaven Vision", "Nordhaven"], "country": "Finland"},
    {"name": "Caprelle Aérospatiale SAS", "aliases": ["Caprelle"], "country": "France"},
]


def load_letters():
    letters = []
    for path in sorted(glob.glob(os.path.join(HERE, "letters", "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        L = mod.LETTER
        L["source"] = os.path.relpath(path, DIR)
        letters.append(L)
    return letters


def gold_lines(L):
    lines = []
    for b in lib.iter_gold_blocks(L):
        assert b["kind"] in lib.KINDS, b
        assert b["topic"] in lib.TOPICS, b
        qs = b["questions"]
        assert all(q in lib.QIDS for q in qs) or qs == ["general"], b
        if b["kind"].startswith("table_"):
            assert "\n" not in b["text"], "no line breaks inside table cells"
        lines.append({
            "text": lib.plain(b["text"]),
            "question": b["primary"],
            "questions": qs,
            "topic": b["topic"],
            "kind": b["kind"],
            "marked": bool(b["marked"]) and qs != ["general"],
            "style": L["style"],
            "language": b["lang"] or L["language"],
        })
    return lines


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_campaign(letters):
    out = [f"id: {CAMPAIGN_ID}", f"title: {yq(TITLE)}", "organisation: Business & Human Rights Resource Centre (BHRRC)",
           "date_sent: 2022-07", "replies: replies", "questions:"]
    for qid, parent, title, text in QUESTIONS:
        out += [f"  - id: {yq(qid) if qid == '3' else qid}", f"    parent: {yq(parent)}", f"    title: {title}",
                f"    topic: {lib.QUESTION_TOPICS[qid]}", f"    text: {yq(text)}"]
    out.append("companies:")
    comps = [{"name": L["company"], "aliases": L.get("aliases", []), "country": L["country"],
              "status": L.get("campaign_status", "responded")} for L in letters if L["listed"]]
    comps += [dict(c, status="no_response") for c in NO_RESPONSE]
    for c in comps:
        out.append(f"  - name: {yq(c['name'])}")
        if c["aliases"]:
            out.append("    aliases: [" + ", ".join(yq(a) for a in c["aliases"]) + "]")
        out += [f"    country: {c['country']}", f"    status: {c['status']}"]
    with open(os.path.join(DIR, "campaign.yaml"), "w", encoding="utf8") as fh:
        fh.write("\n".join(out) + "\n")


def render(L, refcache):
    stem, ext = os.path.splitext(L["file"])
    layout = L.get("layout", {})
    key = json.dumps(layout, sort_keys=True)
    if key not in refcache:
        ref = os.path.join(BUILD, f"ref{len(refcache):02d}.docx")
        docxstyle.make_reference(layout, ref)
        refcache[key] = ref
    md = os.path.join(BUILD, stem + ".md")
    with open(md, "w", encoding="utf8") as fh:
        fh.write(lib.to_markdown(L))
    docx = os.path.join(BUILD, stem + ".docx")
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", refcache[key], "-o", docx, md],
                   check=True)
    docxstyle.postprocess(docx, layout, L.get("doc_title", ""), L.get("doc_author", ""))
    target = os.path.join(DIR, "replies", L["file"])
    if ext == ".docx":
        shutil.copyfile(docx, target)
    else:
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                        "--outdir", os.path.join(DIR, "replies"), docx], check=True, capture_output=True)
        assert os.path.exists(target), target


def main():
    os.makedirs(BUILD, exist_ok=True)
    letters = load_letters()
    names = [L["file"] for L in letters]
    assert len(names) == len(set(names)), "duplicate file names"
    for sub in ("replies", "gold"):
        d = os.path.join(DIR, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    refcache = {}
    index = ["# Index of the dev11 replies", "",
             "One line per reply: file | company | listed | style | languages | what it tests.", "",
             "| file | company | listed | style | languages | tests |", "|---|---|---|---|---|---|"]
    for L in letters:
        assert L["style"] in lib.STYLES
        assert set(L["status"]) == set(lib.QIDS) and set(L["status"].values()) <= lib.STATUSES, L["file"]
        render(L, refcache)
        stem = os.path.splitext(L["file"])[0]
        lines = gold_lines(L)
        with open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), "w", encoding="utf8") as fh:
            for g in lines:
                fh.write(json.dumps(g, ensure_ascii=False) + "\n")
        langs = []
        for g in lines:
            if g["language"] not in langs:
                langs.append(g["language"])
        langs.sort(key=lambda x: (x != L["language"], x))
        meta = {"file": L["file"], "company": L["company"], "listed": L["listed"], "style": L["style"],
                "languages": langs, "status": {q: L["status"][q] for q in lib.QIDS}, "notes": L["notes"]}
        with open(os.path.join(DIR, "gold", stem + ".meta.json"), "w", encoding="utf8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        index.append(f"| {L['file']} | {L['company']} | {'yes' if L['listed'] else 'no'} | {L['style']} | "
                     f"{', '.join(langs)} | {L['tests']} |")
        print("built", L["file"])
    write_campaign(letters)
    index += ["", "Sources: `letters/*.py` (one per reply; blocks = paragraphs with their labels), `lib.py` (block helpers,",
              "Markdown rendering), `docxstyle.py` (reference documents, margins, running headers/footers), `build.py`",
              "(renders DOCX with pandoc and PDF with LibreOffice, writes gold, meta, campaign.yaml, README.md),",
              "`stats.py` (computes README counts from the files), `check.py` (verifies the set)."]
    with open(os.path.join(HERE, "INDEX.md"), "w", encoding="utf8") as fh:
        fh.write("\n".join(index) + "\n")
    import stats
    stats.write_readme(DIR)
    print("done:", len(letters), "replies")


if __name__ == "__main__":
    main()
