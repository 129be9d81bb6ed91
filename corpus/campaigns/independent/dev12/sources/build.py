#!/usr/bin/env python3
"""Regenerate the dev12 set: replies/*.pdf|docx, gold/*.gold.jsonl, gold/*.meta.json, campaign.yaml.

Each letter lives in sources/letters/lNN_*.py as a list of blocks (see lib.py). One pass
renders the Markdown for pandoc AND the gold lines from the same blocks.
Tools: python3 (stdlib), pandoc (-f markdown-smart), LibreOffice headless for PDF.
Usage: python3 sources/build.py
"""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
sys.dont_write_bytecode = True
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIR = HERE.parent
sys.path.insert(0, str(HERE))
from lib import render  # noqa: E402
from make_ref import make_reference  # noqa: E402

WORK = Path("/tmp/dev12-work/build")
LO_PROFILE = "file:///tmp/lo-dev12"

CAMPAIGN_ID = "independent-dev12"
TITLE = "Independently written replies (dev12 set): MENA surveillance questionnaire"

QUESTIONS = [
    ("1a", "1", "Products and clients", "products_and_clients",
     "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
    ("1b", "1", "Deployment scale", "deployment_scale",
     "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("1c", "1", "Disclosure commitment", "disclosure_commitment",
     "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
    ("2a", "2", "Human rights due diligence", "due_diligence",
     "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
    ("2b", "2", "Stakeholder engagement", "stakeholder_engagement",
     "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
    ("2c", "2", "Mitigation actions", "mitigation",
     "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism", "grievance_mechanism",
     "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    ("2e", "2", "Human rights policy", "policy_commitment",
     "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
    ("3", "3", "Plans to stop sales", "exit_and_restrictions",
     "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]

# companies that were approached but did not reply (invented)
NO_RESPONSE = [
    ("Falcrest Surveillance Inc.", ["Falcrest Surveillance", "Falcrest"], "United States"),
    ("Barqan Integrated Security W.L.L.", ["Barqan Integrated Security", "Barqan"], "Bahrain"),
    ("Opteryx Defence SRL", ["Opteryx Defence", "Opteryx"], "Romania"),
]


def load_letters():
    mods = []
    for p in sorted((HERE / "letters").glob("l[0-9][0-9]_*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        m.SRC = p.name
        mods.append(m)
    return mods


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_yaml(mods):
    out = [f"id: {CAMPAIGN_ID}", f"title: {yq(TITLE)}",
           "organisation: Business & Human Rights Resource Centre (BHRRC)",
           "date_sent: 2022-07", "replies: replies", "questions:"]
    for qid, parent, title, topic, text in QUESTIONS:
        out += [f"  - id: {yq(qid) if qid == '3' else qid}", f"    parent: {yq(parent)}",
                f"    title: {title}", f"    topic: {topic}", f"    text: {yq(text)}"]
    out.append("companies:")
    rows = [(m.COMPANY, m.ALIASES, m.COUNTRY, m.YAML_STATUS) for m in mods if m.LISTED]
    rows += [(n, a, c, "no_response") for n, a, c in NO_RESPONSE]
    for name, aliases, country, status in rows:
        out.append(f"  - name: {yq(name)}")
        if aliases:
            out.append("    aliases: [" + ", ".join(yq(a) for a in aliases) + "]")
        out += [f"    country: {country}", f"    status: {status}"]
    (DIR / "campaign.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


REAL_REPLIES = [
    ("http://notes.rjgallagher.co.uk/2013/03/gamma-finspy-surveillance-ethics-martin-muench.html",
     "a surveillance-software vendor's e-mail answers to a journalist: each numbered question repeated, then a "
     "blanket refusal to discuss clients, exports or countries (contract confidentiality, investigations)"),
    ("https://www.business-humanrights.org/zh-hans/%E6%9C%80%E6%96%B0%E6%B6%88%E6%81%AF/sandvines-technology-"
     "allegedly-used-to-censor-lgbtq-content-and-restrict-access-to-information-in-15-countries-raising-human-rights-"
     "concerns",
     "short company statements quoted on a Resource Centre page: commitment language, end-user licence terminated "
     "after misuse"),
    ("https://sandvine.com/press-releases/our-next-chapter-as-a-market-leader-for-technology-solutions?hs_amp=true",
     "company statement on restricting sales: exit from named categories of countries, timetable, governance changes"),
    ("https://www.amnestyusa.org/press-releases/palantirs-contracts-with-ice-raise-human-rights-concerns-around-"
     "direct-listing/",
     "NGO summary of a company reply that narrows the scope of its contracts instead of describing due diligence"),
    ("https://back.3blmedia.com/node/5068",
     "one-sentence prepared statement that does not engage with the questions (model for evasive refusals)"),
    ("https://electronicintifada.net/blogs/adri-nieuwhof/security-firm-g4s-provides-services-israeli-prisons-police-"
     "and-army",
     "account of a company answering a Resource Centre invitation with recycled older statements"),
    ("https://publications.parliament.uk/pa/cm199899/cmtrdind/65/65a04.htm",
     "a small company's memorandum to a committee: plain first-person letter ending in a numbered summary"),
]


def write_index(mods):
    out = ["# dev12 sources", "",
           "Each reply is generated from `letters/lNN_*.py` by `build.py`; `check.py` verifies the set and "
           "`stats.py` writes `../README.md`.", "",
           "## Replies", "",
           "| # | file | company | style | languages | listed | what it tests |", "|---|---|---|---|---|---|---|"]
    for n, m in enumerate(mods, 1):
        langs = json.loads((DIR / "gold" / (os.path.splitext(m.FILE)[0] + ".meta.json")).read_text(
            encoding="utf-8"))["languages"]
        out.append(f"| {n} | `{m.FILE}` | {m.COMPANY} | {m.STYLE} | {', '.join(langs)} | "
                   f"{'yes' if m.LISTED else 'no'} | {m.WHAT} |")
    out += ["", "Companies listed as `no_response` in `campaign.yaml` (invented): "
            + ", ".join(n for n, _, _ in NO_RESPONSE) + ".", "",
            "## Real replies read for style", "",
            "Read through the `search` tool (corpus `pages`, which returns excerpts, not whole pages) only to model "
            "layout, length, tone, ways of declining and of pointing to policies; no sentence or name was copied, and "
            "none of these addresses is in `shared/notes/reserved-sources.txt`.", ""]
    out += [f"- {u} - {d}" for u, d in REAL_REPLIES]
    out += ["", "Search results also showed excerpts of addresses on the reserved list (and of a draft of one "
            "reserved letter); these were not opened, recorded as sources or used.", ""]
    (HERE / "INDEX.md").write_text("\n".join(out), encoding="utf-8")


def main():
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    for sub in ("replies", "gold"):
        d = DIR / sub
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    mods = load_letters()
    names = [m.FILE for m in mods]
    assert len(set(names)) == len(names), "duplicate file names"
    pdf_jobs = []
    for n, m in enumerate(mods, 1):
        tag = f"l{n:02d}"
        md, gold = render(m)
        (WORK / f"{tag}.md").write_text(md, encoding="utf-8")
        ref = WORK / f"ref_{tag}.docx"
        make_reference(ref, m.THEME)
        docx = WORK / f"{tag}.docx"
        subprocess.run(["pandoc", "-f", "markdown-smart", str(WORK / f"{tag}.md"), "--reference-doc", str(ref),
                        "-o", str(docx)], check=True)
        if m.FILE.lower().endswith(".pdf"):
            pdf_jobs.append((tag, m.FILE))
        else:
            shutil.copy(docx, DIR / "replies" / m.FILE)
        stem = os.path.splitext(m.FILE)[0]
        with open(DIR / "gold" / f"{stem}.gold.jsonl", "w", encoding="utf-8") as f:
            for g in gold:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        langs = []
        for g in gold:
            if g["language"] not in langs:
                langs.append(g["language"])
        meta = {"file": m.FILE, "company": m.COMPANY, "listed": m.LISTED, "style": m.STYLE,
                "languages": langs, "status": m.STATUS, "notes": m.NOTES}
        (DIR / "gold" / f"{stem}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
    if pdf_jobs:
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(WORK)] + [str(WORK / f"{t}.docx") for t, _ in pdf_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for tag, fname in pdf_jobs:
            shutil.copy(WORK / f"{tag}.pdf", DIR / "replies" / fname)
    write_yaml(mods)
    write_index(mods)
    print(f"built {len(mods)} replies ({len(pdf_jobs)} PDF, {len(mods) - len(pdf_jobs)} DOCX)")


if __name__ == "__main__":
    main()
