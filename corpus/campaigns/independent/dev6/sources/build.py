#!/usr/bin/env python3
"""Build the dev6 set: letters (DOCX, PDF), gold files and campaign.yaml from the sources in letters/.

Each file letters/NN_*.py defines META (file name, company, style, statuses, notes, layout) and BLOCKS,
a list of tuples:
    (kind, text)                       -- general block (letterhead / letter lines)
    (kind, questions, topic, text)     -- body block
    (kind, questions, topic, text, opts)
kind: lh, lhs (letterhead), letter, sig, right (letter lines), p (paragraph), q (restated question),
      heading, li (list item), th / tl / tq / ta (table header / label / question / answer), annex.
questions: "g" for general, otherwise space-separated ids, the primary first ("2c 2b").
topic: abbreviation (see TOPICS) or full topic name.
opts: lang (fr/de/ar/en), bold (run-in prefix rendered bold), marked (override).

The same blocks produce the Markdown given to pandoc and the gold lines, so the gold text cannot drift.
Usage: python3 build.py            (python3 standard library, pandoc, LibreOffice)
"""
import glob
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
LETTERS = os.path.join(HERE, "letters")
BUILD = os.path.join(HERE, "_build")
REPLIES = os.path.join(DIR, "replies")
GOLD = os.path.join(DIR, "gold")
LO_PROFILE = "file:///tmp/lo-dev6"

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import refdocs  # noqa: E402

CAMPAIGN_ID = "independent-dev6"
CAMPAIGN_TITLE = "Independently written replies (dev set 6): MENA surveillance questionnaire"

QUESTIONS = [
    ("1a", "1", "Products and clients", "products_and_clients",
     "Does your company provide surveillance solutions, products, services or equipment to government clients in the "
     "Middle East and North Africa in the context of migration and/or border control? If so, please specify which "
     "products and which Middle Eastern & North African countries."),
    ("1b", "1", "Deployment scale", "deployment_scale",
     "How many surveillance solutions, products, services or equipment have been distributed by your company at border "
     "crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("1c", "1", "Disclosure commitment", "disclosure_commitment",
     "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or "
     "equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in "
     "the future?"),
    ("2a", "2", "Human rights due diligence", "due_diligence",
     "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks "
     "before supplying governments or border agencies in the MENA region with surveillance solutions, products, "
     "services or equipment? If so, please outline the risks identified."),
    ("2b", "2", "Consultation with affected communities", "stakeholder_engagement",
     "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees "
     "and asylum seekers) and human defenders as part of your due diligence process?"),
    ("2c", "2", "Other actions to prevent adverse impacts", "mitigation",
     "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, "
     "services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not "
     "causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., "
     "discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, "
     "etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism", "grievance_mechanism",
     "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    ("2e", "2", "Human rights policy", "policy_commitment",
     "Does your company have a human rights policy or internal process governing your provision of surveillance "
     "solutions, products, services or equipment to government clients or border agencies in the context of "
     "migration?"),
    ("3", "3", "Plans to stop sales", "exit_and_restrictions",
     "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance "
     "solutions, products, services or equipment to Middle Eastern & North African countries with a track record of "
     "human rights violations?"),
]
QIDS = [q[0] for q in QUESTIONS]

TOPICS = {
    "PC": "products_and_clients", "DS": "deployment_scale", "DC": "disclosure_commitment", "DD": "due_diligence",
    "SE": "stakeholder_engagement", "MI": "mitigation", "GM": "grievance_mechanism", "PO": "policy_commitment",
    "EX": "exit_and_restrictions", "EC": "export_control", "CD": "confidentiality_decline", "OT": "other",
}
KINDS = {
    "lh": "letterhead", "lhs": "letterhead", "letter": "letter", "sig": "letter", "right": "letter",
    "p": "paragraph", "q": "question", "heading": "heading", "li": "list_item", "th": "table_header",
    "tl": "table_label", "tq": "table_question", "ta": "table_answer", "annex": "annex",
}
TABLE_KINDS = {"th", "tl", "tq", "ta"}

# Companies that did not reply (listed in campaign.yaml with status no_response).
NO_RESPONSE = [
    ("Kaldera Savunma Teknolojileri A.Ş.", ["Kaldera Defence Technologies", "Kaldera"], "Türkiye"),
    ("Mirabeau Sécurité Frontières SA", ["Mirabeau Sécurité"], "Belgium"),
    ("Halcyon Perimeter Technologies Ltd", ["Halcyon Perimeter"], "United Kingdom"),
    ("Zentara Identity Systems GmbH", ["Zentara Identity", "Zentara"], "Austria"),
]


# ---------------------------------------------------------------------------------------------- loading
def load_letters():
    letters = []
    for path in sorted(glob.glob(os.path.join(LETTERS, "[0-9]*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location("letter_" + name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        meta = dict(mod.META)
        meta["_source"] = os.path.relpath(path, DIR)
        blocks = [normalise_block(b, meta) for b in mod.BLOCKS]
        letters.append((meta, blocks))
    return letters


def normalise_block(b, meta):
    if len(b) == 2:
        kind, text = b
        qs, topic, opts = "g", "OT", {}
    elif len(b) == 4:
        kind, qs, topic, text = b
        opts = {}
    elif len(b) == 5:
        kind, qs, topic, text, opts = b
    else:
        raise ValueError("bad block %r in %s" % (b, meta["file"]))
    if kind not in KINDS:
        raise ValueError("bad kind %r in %s" % (kind, meta["file"]))
    questions = ["general"] if qs == "g" else qs.split()
    for q in questions:
        if q != "general" and q not in QIDS:
            raise ValueError("bad question %r in %s" % (q, meta["file"]))
    topic = TOPICS.get(topic, topic)
    if topic not in TOPICS.values():
        raise ValueError("bad topic %r in %s" % (topic, meta["file"]))
    lang = opts.get("lang", meta.get("lang", "en"))
    general = questions == ["general"]
    if "marked" in opts:
        marked = opts["marked"]
    elif general:
        marked = False
    elif meta["style"] in ("markers", "restated", "table"):
        marked = True
    elif meta["style"] == "annex":
        marked = kind == "annex" and meta.get("annex_marked", False)
    else:
        marked = False
    return {"kind_src": kind, "text": text, "questions": questions, "topic": topic, "lang": lang,
            "marked": bool(marked), "opts": opts}


# ---------------------------------------------------------------------------------------------- markdown
_INLINE_SPECIAL = set("\\`*_{}[]<>#|~^$@&")


def esc_inline(s):
    return "".join("\\" + ch if ch in _INLINE_SPECIAL else ch for ch in s)


def esc_block(s):
    """Escape a paragraph that starts a line: inline specials plus anything pandoc could read as a block marker."""
    s = esc_inline(s)
    m = re.match(r"^(\d+|[A-Za-z]{1,4})([.)])", s)
    if m:
        s = m.group(1) + "\\" + m.group(2) + s[m.end():]
    elif s[:1] in "(-+:=>%'\"":
        s = "\\" + s
    return s


def para_md(block):
    text = block["text"]
    bold = block["opts"].get("bold")
    if bold:
        if not text.startswith(bold + " "):
            raise ValueError("bold prefix %r does not start %r" % (bold, text[:40]))
        rest = text[len(bold) + 1:]
        return "**" + esc_inline(bold) + "** " + esc_inline(rest)
    return esc_block(text)


def styled(style, body):
    return '::: {custom-style="%s"}\n%s\n:::' % (style, body)


def render_markdown(meta, blocks):
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        k = b["kind_src"]
        if k in TABLE_KINDS:
            j = i
            while j < len(blocks) and blocks[j]["kind_src"] in TABLE_KINDS:
                j += 1
            out.append(render_table(meta, blocks[i:j]))
            i = j
            continue
        if k == "li":
            items = []
            while i < len(blocks) and blocks[i]["kind_src"] == "li":
                items.append("- " + esc_inline(blocks[i]["text"]))
                i += 1
            out.append("\n".join(items))
            continue
        if k == "lh":
            md = styled("Letterhead", esc_block(b["text"]))
        elif k == "lhs":
            md = styled("Letterhead Sub", esc_block(b["text"]))
        elif k == "sig":
            md = styled("Signature Line", esc_block(b["text"]))
        elif k == "right":
            md = styled("Right Aligned", esc_block(b["text"]))
        elif k == "heading":
            md = "#" * b["opts"].get("level", 2) + " " + esc_inline(b["text"])
        elif k == "q":
            md = "**" + esc_inline(b["text"]) + "**"
        elif k == "annex":
            md = styled("Annex Text", para_md(b))
        else:  # p, letter
            md = para_md(b)
        if b["lang"] == "ar":
            md = "::: {dir=rtl lang=ar}\n%s\n:::" % md
        out.append(md)
        i += 1
    return "\n\n".join(out) + "\n"


def render_table(meta, tblocks):
    header = [b for b in tblocks if b["kind_src"] == "th"]
    body = [b for b in tblocks if b["kind_src"] != "th"]
    ncol = len(header)
    if ncol == 0 or len(body) % ncol:
        raise ValueError("table shape in %s" % meta["file"])
    dashes = meta.get("table_dashes", [10] + [40] * (ncol - 1))
    lines = ["| " + " | ".join(esc_inline(b["text"]) for b in header) + " |",
             "|" + "|".join("-" * d for d in dashes) + "|"]
    for r in range(0, len(body), ncol):
        lines.append("| " + " | ".join(esc_inline(b["text"]) for b in body[r:r + ncol]) + " |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- gold
def gold_records(meta, blocks):
    recs = []
    for b in blocks:
        qs = b["questions"]
        recs.append({
            "text": b["text"],
            "question": qs[0],
            "questions": qs,
            "topic": b["topic"],
            "kind": KINDS[b["kind_src"]],
            "marked": b["marked"],
            "style": meta["style"],
            "language": b["lang"],
        })
    return recs


def meta_record(meta, blocks):
    langs = []
    for b in blocks:
        if b["lang"] not in langs:
            langs.append(b["lang"])
    return {
        "file": meta["file"],
        "company": meta["company"],
        "listed": meta["listed"],
        "style": meta["style"],
        "languages": langs,
        "status": {q: meta["status"][q] for q in QIDS},
        "notes": meta["notes"],
    }


# ---------------------------------------------------------------------------------------------- yaml
def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_yaml(letters):
    lines = ["id: %s" % CAMPAIGN_ID,
             "title: %s" % yq(CAMPAIGN_TITLE),
             "organisation: Business & Human Rights Resource Centre (BHRRC)",
             "date_sent: 2022-07",
             "replies: replies",
             "questions:"]
    for qid, parent, title, topic, text in QUESTIONS:
        lines += ["  - id: %s" % (yq(qid) if qid == "3" else qid),
                  "    parent: %s" % yq(parent),
                  "    title: %s" % title,
                  "    topic: %s" % topic,
                  "    text: %s" % yq(text)]
    lines.append("companies:")
    entries = []
    for meta, _ in letters:
        if meta["listed"]:
            entries.append((meta["company"], meta.get("aliases", []), meta["country"], meta.get("yaml_status", "responded")))
    for name, aliases, country in NO_RESPONSE:
        entries.append((name, aliases, country, "no_response"))
    for name, aliases, country, status in entries:
        lines.append("  - name: %s" % yq(name))
        if aliases:
            lines.append("    aliases: [%s]" % ", ".join(yq(a) for a in aliases))
        lines += ["    country: %s" % yq(country), "    status: %s" % status]
    with open(os.path.join(DIR, "campaign.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------- main
def stem_of(fname):
    return os.path.splitext(fname)[0]


def main():
    letters = load_letters()
    files = [m["file"] for m, _ in letters]
    stems = [stem_of(f) for f in files]
    assert len(set(files)) == len(files) and len(set(stems)) == len(stems), "duplicate file names"
    for d in (BUILD, REPLIES, GOLD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    pdf_docx = []
    for meta, blocks in letters:
        stem = stem_of(meta["file"])
        ref = os.path.join(BUILD, "ref_%s.docx" % re.sub(r"[^A-Za-z0-9]+", "_", stem))
        refdocs.make_reference(ref, footer=meta.get("footer"), **meta.get("layout", {}))
        md_path = os.path.join(BUILD, stem + ".md")
        with open(md_path, "w", encoding="utf-8") as f:
            f.write(render_markdown(meta, blocks))
        if meta["file"].endswith(".docx"):
            out = os.path.join(REPLIES, meta["file"])
        else:
            out = os.path.join(BUILD, stem + ".docx")
            pdf_docx.append((out, meta["file"]))
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", ref, "-o", out, md_path],
                       check=True)
        with open(os.path.join(GOLD, stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
            for rec in gold_records(meta, blocks):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with open(os.path.join(GOLD, stem + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta_record(meta, blocks), f, ensure_ascii=False, indent=1)
            f.write("\n")
    if pdf_docx:
        pdf_dir = os.path.join(BUILD, "pdf")
        os.makedirs(pdf_dir, exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                        "--outdir", pdf_dir] + [d for d, _ in pdf_docx], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for docx, fname in pdf_docx:
            src = os.path.join(pdf_dir, stem_of(os.path.basename(docx)) + ".pdf")
            if not os.path.exists(src):
                raise SystemExit("LibreOffice did not produce %s" % src)
            shutil.move(src, os.path.join(REPLIES, fname))
    write_yaml(letters)
    print("built %d replies (%d PDF, %d DOCX)" % (len(letters), len(pdf_docx), len(letters) - len(pdf_docx)))


if __name__ == "__main__":
    main()
