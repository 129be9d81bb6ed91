#!/usr/bin/env python3
"""Build campaign independent-dev3 from letters.py.

From the same blocks it writes:
  sources/md/<id>.md            Markdown fed to pandoc (-f markdown-smart)
  replies/<file>                DOCX (pandoc + per-letter reference doc) or PDF (DOCX -> LibreOffice)
  gold/<stem>.gold.jsonl        one line per body paragraph, reading order
  gold/<stem>.meta.json         expected status per question
  campaign.yaml, sources/INDEX.md

Standard library only; needs pandoc, soffice.  Temporary files go to /tmp/dev3-work.
"""
import json
import os
import shutil
import string
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
TMP = "/tmp/dev3-work"
sys.path.insert(0, HERE)

import make_refs  # noqa: E402
from blocks import QUESTION_IDS, QUESTION_TOPIC  # noqa: E402
from letters import LETTERS, NO_RESPONSE, ALIASES, CAMPAIGN_STATUS  # noqa: E402

CAMPAIGN_ID = "independent-dev3"

QUESTIONS = [
    ("1a", "1", "Products and clients",
     "Does your company provide surveillance solutions, products, services or equipment to government clients in "
     "the Middle East and North Africa in the context of migration and/or border control? If so, please specify "
     "which products and which Middle Eastern & North African countries."),
    ("1b", "1", "Deployment scale",
     "How many surveillance solutions, products, services or equipment have been distributed by your company at "
     "border crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("1c", "1", "Disclosure commitment",
     "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or "
     "equipment, as well as your government clients and border agencies in the Middle East & North Africa region, "
     "in the future?"),
    ("2a", "2", "Human rights due diligence",
     "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights "
     "risks before supplying governments or border agencies in the MENA region with surveillance solutions, "
     "products, services or equipment? If so, please outline the risks identified."),
    ("2b", "2", "Stakeholder engagement",
     "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, "
     "refugees and asylum seekers) and human defenders as part of your due diligence process?"),
    ("2c", "2", "Mitigation actions",
     "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, "
     "services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps "
     "are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers "
     "(e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without "
     "rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism",
     "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or "
     "complaints?"),
    ("2e", "2", "Human rights policy",
     "Does your company have a human rights policy or internal process governing your provision of surveillance "
     "solutions, products, services or equipment to government clients or border agencies in the context of "
     "migration?"),
    ("3", "3", "Plans to stop sales",
     "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance "
     "solutions, products, services or equipment to Middle Eastern & North African countries with a track record "
     "of human rights violations?"),
]

STYLE_NAMES = {"lh": "Letterhead", "lhs": "Letterhead Small", "right": "Right Line", "tight": "Tight",
               "ref": "Ref Line", "annex": "Annex Text"}


def esc(text):
    """Backslash-escape every ASCII punctuation character (pandoc all_symbols_escapable)."""
    return "".join("\\" + c if c in string.punctuation else c for c in text)


def inline(block):
    t = block["text"]
    if block.get("bold"):
        b = block["bold"]
        return "**%s**%s" % (esc(b), esc(t[len(b):]))
    return esc(t)


def div(style, body, extra=""):
    return '::: {custom-style="%s"%s}\n%s\n:::' % (style, extra, body)


def render_markdown(L):
    out = []
    blocks = L["blocks"]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        r = b["render"]
        if r in STYLE_NAMES:
            out.append(div(STYLE_NAMES[r], inline(b)))
        elif r == "p":
            out.append(inline(b))
        elif r == "boldpara":
            out.append("**%s**" % esc(b["text"]))
        elif r in ("h2", "h3"):
            out.append("%s %s" % ("#" * int(r[1]), esc(b["text"])))
        elif r == "arabic":
            out.append(div("Arabic Text", esc(b["text"]), ' dir="rtl"'))
        elif r == "li":
            items = []
            while i < len(blocks) and blocks[i]["render"] == "li":
                items.append("- " + esc(blocks[i]["text"]))
                i += 1
            out.append("\n".join(items))
            continue
        elif r == "pagebreak":
            out.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```')
        elif r == "table":
            w1, w2 = b["widths"]
            hdr = b["header"]
            lines = ["| %s | %s |" % (esc(hdr[0]["text"]), esc(hdr[1]["text"])),
                     "|%s|%s|" % ("-" * w1, "-" * w2)]
            for row in b["rows"]:
                lines.append("| %s | %s |" % (esc(row[0]["text"]), esc(row[1]["text"])))
            out.append("\n".join(lines))
        else:
            raise ValueError(r)
        i += 1
    return "\n\n".join(out) + "\n"


def gold_lines(L):
    """Yield gold dicts in reading order."""
    for b in L["blocks"]:
        if b["render"] == "pagebreak":
            continue
        if b["render"] == "table":
            cells = list(b["header"])
            for row in b["rows"]:
                cells.extend(row)
        else:
            cells = [b]
        for c in cells:
            qs = c["questions"]
            yield {
                "text": c["text"],
                "question": qs[0],
                "questions": qs,
                "topic": c["topic"],
                "kind": c["kind"],
                "marked": bool(c["marked"]),
                "style": L["style"],
                "language": c["lang"] or L["lang"],
            }


def languages(L):
    langs = []
    for g in gold_lines(L):
        if g["language"] not in langs:
            langs.append(g["language"])
    return langs


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_campaign():
    lines = ["id: %s" % CAMPAIGN_ID,
             'title: "Independently written replies (dev set 3): MENA surveillance questionnaire"',
             "organisation: Business & Human Rights Resource Centre (BHRRC)",
             "date_sent: 2022-07",
             "replies: replies",
             "questions:"]
    for qid, parent, title, text in QUESTIONS:
        lines += ["  - id: %s" % (yaml_str(qid) if qid == "3" else qid),
                  "    parent: %s" % yaml_str(parent),
                  "    title: %s" % title,
                  "    topic: %s" % QUESTION_TOPIC[qid],
                  "    text: %s" % yaml_str(text)]
    lines.append("companies:")
    for L in LETTERS:
        if not L["listed"]:
            continue
        name = L["company"]
        lines += ["  - name: %s" % yaml_str(name)]
        if ALIASES.get(name):
            lines += ["    aliases: [%s]" % ", ".join(yaml_str(a) for a in ALIASES[name])]
        lines += ["    country: %s" % L["country"],
                  "    status: %s" % CAMPAIGN_STATUS.get(name, "responded")]
    for name, aliases, country in NO_RESPONSE:
        lines += ["  - name: %s" % yaml_str(name),
                  "    aliases: [%s]" % ", ".join(yaml_str(a) for a in aliases),
                  "    country: %s" % country,
                  "    status: no_response"]
    with open(os.path.join(DIR, "campaign.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def write_index():
    rows = ["# Index of replies (independent-dev3)", "",
            "One line per reply: file | company | listed | style | languages | format | what it tests.", "",
            "| id | file | company | listed | style | languages | format | what it tests |",
            "|---|---|---|---|---|---|---|---|"]
    for L in LETTERS:
        rows.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            L["id"], L["file"], L["company"], "yes" if L["listed"] else "no", L["style"],
            ", ".join(languages(L)), L["fmt"].upper(), L["tests"]))
    with open(os.path.join(HERE, "INDEX.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")


def main():
    md_dir = os.path.join(HERE, "md")
    for d in (md_dir, os.path.join(DIR, "replies"), os.path.join(DIR, "gold"),
              os.path.join(TMP, "refs"), os.path.join(TMP, "docx"), os.path.join(TMP, "pdf")):
        os.makedirs(d, exist_ok=True)
    # clean previous outputs
    for d in (os.path.join(DIR, "replies"), os.path.join(DIR, "gold"), os.path.join(TMP, "pdf")):
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))

    files = [L["file"] for L in LETTERS]
    assert len(set(files)) == len(files), "duplicate file names"
    pdf_jobs = []
    for L in LETTERS:
        look = list(make_refs.LOOKS[L["look"]])
        look[-1] = L.get("footer")  # per-letter footer (or none)
        ref = make_refs.build(os.path.join(TMP, "refs"), L["id"], tuple(look))
        md = render_markdown(L)
        md_path = os.path.join(md_dir, L["id"] + ".md")
        with open(md_path, "w", encoding="utf-8") as fh:
            fh.write(md)
        stem = os.path.splitext(L["file"])[0]
        docx_tmp = os.path.join(TMP, "docx", stem + ".docx")
        subprocess.run(["pandoc", "-f", "markdown-smart", md_path, "--reference-doc", ref, "-o", docx_tmp],
                       check=True)
        if L["fmt"] == "docx":
            shutil.copy(docx_tmp, os.path.join(DIR, "replies", L["file"]))
        else:
            pdf_jobs.append(docx_tmp)
        with open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), "w", encoding="utf-8") as fh:
            for g in gold_lines(L):
                fh.write(json.dumps(g, ensure_ascii=False) + "\n")
        meta = {"file": L["file"], "company": L["company"], "listed": L["listed"], "style": L["style"],
                "languages": languages(L), "status": {q: L["status"][q] for q in QUESTION_IDS},
                "notes": L["notes"]}
        with open(os.path.join(DIR, "gold", stem + ".meta.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    if pdf_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file://%s/lo-profile" % TMP, "--headless",
                        "--convert-to", "pdf", "--outdir", os.path.join(TMP, "pdf")] + pdf_jobs,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for L in LETTERS:
            if L["fmt"] == "pdf":
                stem = os.path.splitext(L["file"])[0]
                shutil.copy(os.path.join(TMP, "pdf", stem + ".pdf"), os.path.join(DIR, "replies", L["file"]))
    write_campaign()
    write_index()
    print("built %d replies (%d pdf, %d docx)" % (
        len(LETTERS), sum(L["fmt"] == "pdf" for L in LETTERS), sum(L["fmt"] == "docx" for L in LETTERS)))


if __name__ == "__main__":
    main()
