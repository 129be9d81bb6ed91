#!/usr/bin/env python3
"""Build the dev13 set: replies (DOCX/PDF), gold JSONL, meta JSON, campaign.yaml,
README.md.  Run from anywhere:  python3 sources/build.py

Needs pandoc, LibreOffice (soffice) and poppler-utils (pdftotext).
Python standard library only.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from dsl import QUESTIONS  # noqa: E402
from letters_a import REPLIES_A  # noqa: E402
from letters_b import REPLIES_B  # noqa: E402
import stats  # noqa: E402

REPLIES = REPLIES_A + REPLIES_B
CAMPAIGN_ID = "independent-dev13"
TITLE = "Independently written replies (dev13 set): MENA surveillance questionnaire"

QUESTION_DEFS = [
    ("1a", "1", "Products and clients", "products_and_clients",
     "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
    ("1b", "1", "Deployment scale", "deployment_scale",
     "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("1c", "1", "Future disclosure", "disclosure_commitment",
     "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
    ("2a", "2", "Human rights due diligence", "due_diligence",
     "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
    ("2b", "2", "Consultation with affected communities", "stakeholder_engagement",
     "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
    ("2c", "2", "Other safeguards", "mitigation",
     "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism", "grievance_mechanism",
     "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    ("2e", "2", "Human rights policy", "policy_commitment",
     "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
    ("3", "3", "Plans to stop sales", "exit_and_restrictions",
     "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]

# country and aliases for campaign.yaml (listed companies and non-responders)
COMPANY_INFO = {
    "Aldercourt Maritime Systems plc": ("United Kingdom", ["Aldercourt"]),
    "Nordlys Aerial Systems AS": ("Norway", ["Nordlys", "Nordlys Aerial Systems"]),
    "Thornbury Biometrics Ltd": ("United Kingdom", ["Thornbury Biometrics"]),
    "Vérane Technologies SAS": ("France", ["Vérane Technologies", "Vérane", "Verane Technologies"]),
    "Brenntal Sicherheitstechnik GmbH": ("Germany", ["Brenntal"]),
    "Falkenried Datentechnik AG": ("Switzerland", ["Falkenried"]),
    "Petra Vision Systems Co. LLC": ("Jordan", ["Petra Vision Systems", "Petra Vision"]),
    "Oriel Geospatial Ltd": ("Ireland", ["Oriel Geospatial", "Oriel"]),
    "Stellan Perimeter Systems AB": ("Sweden", ["Stellan Perimeter Systems", "Stellan"]),
    "Ariostea Sistemi Avionici S.p.A.": ("Italy", ["Ariostea Sistemi Avionici", "Ariostea"]),
    "Hadrian Secure Communications Ltd": ("United Kingdom", ["Hadrian Secure Communications", "Hadrian"]),
    "Ilex Tactical Networks Ltd": ("Cyprus", ["Ilex Tactical Networks", "Ilex"]),
}
NON_RESPONDERS = [
    ("Sarvani Optronics Pvt Ltd", "India", ["Sarvani Optronics"]),
    ("Kestrel Border Analytics B.V.", "Netherlands", ["Kestrel Border Analytics"]),
    ("Zafra Secure Technologies FZ-LLC", "United Arab Emirates", ["Zafra Secure Technologies", "Zafra"]),
]

# ---------------------------------------------------------------------------
# reference documents (fonts / custom paragraph styles)
REF_FONTS = {
    "serif": ("DejaVu Serif", 21),
    "sans": ("DejaVu Sans", 19),
    "condensed": ("DejaVu Sans Condensed", 20),
    "mono": ("DejaVu Sans Mono", 18),
    "email": ("DejaVu Sans", 18),
}

CUSTOM_STYLES = """
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead"><w:name w:val="Letterhead"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="40"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadSmall"><w:name w:val="LetterheadSmall"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:jc w:val="center"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="808080"/></w:pBdr><w:spacing w:before="0" w:after="360"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadArabic"><w:name w:val="LetterheadArabic"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:bidi/><w:jc w:val="center"/><w:spacing w:before="0" w:after="40"/></w:pPr><w:rPr><w:rtl/><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:bidi="ar-JO"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Arabic"><w:name w:val="Arabic"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:bidi/><w:spacing w:before="120" w:after="120"/></w:pPr><w:rPr><w:rtl/><w:lang w:bidi="ar-JO"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Tight"><w:name w:val="Tight"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Right"><w:name w:val="Right"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:jc w:val="right"/><w:spacing w:before="0" w:after="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Subject"><w:name w:val="Subject"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:spacing w:before="240" w:after="200"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Marker"><w:name w:val="Marker"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/></w:pPr><w:rPr><w:b/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="AnnexTitle"><w:name w:val="AnnexTitle"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="300"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="AnnexHeading"><w:name w:val="AnnexHeading"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="MailHeader"><w:name w:val="MailHeader"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="MailSeparator"><w:name w:val="MailSeparator"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:spacing w:before="360" w:after="0"/></w:pPr><w:rPr><w:sz w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Quoted"><w:name w:val="Quoted"/><w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:ind w:left="360"/><w:spacing w:before="0" w:after="100"/></w:pPr><w:rPr><w:color w:val="404040"/><w:sz w:val="17"/></w:rPr></w:style>
"""

TABLE_BORDERS = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/><w:left w:val="single" w:sz="4" w:color="808080"/>'
                 '<w:bottom w:val="single" w:sz="4" w:color="808080"/><w:right w:val="single" w:sz="4" w:color="808080"/>'
                 '<w:insideH w:val="single" w:sz="4" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders>')


def make_reference(kind, workdir):
    font, size = REF_FONTS[kind]
    base = os.path.join(workdir, "default-reference.docx")
    if not os.path.exists(base):
        with open(base, "wb") as fh:
            fh.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                                    check=True, capture_output=True).stdout)
    out = os.path.join(workdir, "ref-%s.docx" % kind)
    zin = zipfile.ZipFile(base)
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/styles.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<w:rFonts [^>]*/>",
                       '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="DejaVu Sans" />' % (font, font, font), s)
            s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                          '<w:sz w:val="%d" />\n        <w:szCs w:val="%d" />' % (size, size), 1)
            s = s.replace('<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblCellMar>',
                          '<w:tblInd w:w="0" w:type="dxa" />\n      %s\n      <w:tblCellMar>' % TABLE_BORDERS, 1)
            s = s.replace("</w:styles>", CUSTOM_STYLES + "</w:styles>")
            data = s.encode("utf-8")
        zout.writestr(item, data)
    zout.close()
    return out


# ---------------------------------------------------------------------------
# Markdown rendering
_SPECIAL = set("\\`*_{}[]()<>#+-.!|~^$@&:\"'=")


def esc(text):
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def gold_text(b):
    return (b["prefix"] + " " + b["text"]) if b.get("prefix") else b["text"]


def md_inline(b):
    if b.get("prefix"):
        return "**%s** %s" % (esc(b["prefix"]), esc(b["text"]))
    return esc(b["text"])


def render_markdown(reply):
    out = []
    i = 0
    blocks = reply["blocks"]
    while i < len(blocks):
        b = blocks[i]
        if b["type"] == "pagebreak":
            out.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```')
            i += 1
            continue
        if b["type"] == "table":
            d1, d2 = b["dashes"]
            lines = ["| %s | %s |" % (esc(b["header"][0]["text"]), esc(b["header"][1]["text"])),
                     "|:%s|:%s|" % ("-" * d1, "-" * d2)]
            for lab, ans in b["rows"]:
                lines.append("| %s | %s |" % (md_inline(lab), md_inline(ans)))
            out.append("\n".join(lines))
            i += 1
            continue
        if b["kind"] == "list_item":
            items = []
            while i < len(blocks) and blocks[i]["type"] == "para" and blocks[i]["kind"] == "list_item":
                items.append("- " + md_inline(blocks[i]))
                i += 1
            out.append("\n".join(items))
            continue
        text = md_inline(b)
        if b.get("bold"):
            text = "**%s**" % text
        style = b.get("style")
        if style:
            attrs = 'custom-style="%s"' % style
            if style in ("Arabic", "LetterheadArabic"):
                attrs += ' dir="rtl"'
            out.append("::: {%s}\n%s\n:::" % (attrs, text))
        else:
            out.append(text)
        i += 1
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------------------
def iter_gold_blocks(reply):
    for b in reply["blocks"]:
        if b["type"] == "para":
            yield b
        elif b["type"] == "table":
            for h in b["header"]:
                yield h
            for row in b["rows"]:
                for c in row:
                    yield c


def gold_lines(reply):
    lines = []
    for b in iter_gold_blocks(reply):
        lines.append({
            "text": gold_text(b),
            "question": b["question"],
            "questions": b["questions"],
            "topic": b["topic"],
            "kind": b["kind"],
            "marked": b["marked"],
            "style": reply["style"],
            "language": b["lang"] or reply["lang"],
        })
    return lines


def validate(reply, lines):
    errs = []
    for ln in lines:
        if ln["question"] == "general":
            if ln["topic"] != "other" or ln["questions"] != ["general"] or ln["marked"]:
                errs.append("bad general line: %s" % ln["text"][:50])
        elif ln["question"] != ln["questions"][0]:
            errs.append("primary question not first: %s" % ln["text"][:50])
        if reply["style"] == "prose" and ln["marked"] and ln["kind"] != "question":
            errs.append("marked line in prose reply: %s" % ln["text"][:50])
        n = len(ln["text"].split())
        if ln["kind"] in ("paragraph", "annex") and ln["question"] != "general" and not (15 <= n <= 180):
            errs.append("paragraph length %d words: %s" % (n, ln["text"][:50]))
    for q in QUESTIONS:
        st = reply["status"][q]
        hit = [ln for ln in lines if q in ln["questions"] and ln["kind"] != "question"]
        if st == "not_addressed" and hit:
            errs.append("%s not_addressed but labelled in %d lines" % (q, len(hit)))
        if st != "not_addressed" and not hit:
            errs.append("%s is %s but no line answers it" % (q, st))
    return errs


def norm(s):
    """Comparison key for the PDF check: pdftotext joins words hyphenated at line
    ends and breaks lines anywhere, so whitespace and hyphens are ignored."""
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"[\s\-]+", "", s)


def docx_paragraph_texts(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    texts = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
        t = html.unescape(t)
        if t.strip():
            texts.append(t)
    return texts


def main():
    for sub in ("replies", "gold"):
        path = os.path.join(DIR, sub)
        if os.path.isdir(path):
            shutil.rmtree(path)
        os.makedirs(path)
    mddir = os.path.join(HERE, "markdown")
    os.makedirs(mddir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="dev13-build-")
    refs = {k: make_reference(k, work) for k in REF_FONTS}
    lo_profile = "file://" + os.path.join(work, "lo-profile")

    names = [r["file"] for r in REPLIES]
    assert len(names) == len(set(names)), "duplicate file names"
    problems = []
    for r in REPLIES:
        stem, ext = os.path.splitext(r["file"])
        assert ext[1:] == r["fmt"]
        md = render_markdown(r)
        with open(os.path.join(mddir, r["id"] + ".md"), "w", encoding="utf-8") as fh:
            fh.write(md)
        docx_path = os.path.join(work, stem + ".docx")
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", refs[r["ref"]],
                        "-o", docx_path], input=md.encode("utf-8"), check=True)
        lines = gold_lines(r)
        problems += ["%s: %s" % (r["id"], e) for e in validate(r, lines)]
        # the DOCX paragraphs must equal the gold texts, in order
        ptexts = docx_paragraph_texts(docx_path)
        gtexts = [ln["text"] for ln in lines]
        if ptexts != gtexts:
            for a, b in zip(ptexts, gtexts):
                if a != b:
                    problems.append("%s: docx/gold mismatch:\n  docx: %r\n  gold: %r" % (r["id"], a, b))
                    break
            if len(ptexts) != len(gtexts):
                problems.append("%s: %d docx paragraphs vs %d gold lines" % (r["id"], len(ptexts), len(gtexts)))
        if r["fmt"] == "docx":
            shutil.copy(docx_path, os.path.join(DIR, "replies", r["file"]))
        else:
            subprocess.run(["soffice", "-env:UserInstallation=" + lo_profile, "--headless",
                            "--convert-to", "pdf", "--outdir", work, docx_path],
                           check=True, capture_output=True)
            pdf = os.path.join(work, stem + ".pdf")
            shutil.copy(pdf, os.path.join(DIR, "replies", r["file"]))
            txt = norm(subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8"))
            for g in gtexts:
                if norm(g) not in txt:
                    problems.append("%s: not readable in PDF: %r" % (r["id"], g[:70]))
        with open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), "w", encoding="utf-8") as fh:
            for ln in lines:
                fh.write(json.dumps(ln, ensure_ascii=False) + "\n")
        langs = [r["lang"]]
        for ln in lines:
            if ln["language"] not in langs:
                langs.append(ln["language"])
        meta = {"file": r["file"], "company": r["company"], "listed": r["listed"], "style": r["style"],
                "languages": langs, "status": {q: r["status"][q] for q in QUESTIONS}, "notes": r["notes"]}
        with open(os.path.join(DIR, "gold", stem + ".meta.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    write_campaign()
    stats.write_readme(DIR)
    shutil.rmtree(work, ignore_errors=True)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("ok: %d replies" % len(REPLIES))


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_campaign():
    out = ["id: %s" % CAMPAIGN_ID,
           "title: %s" % yq(TITLE),
           "organisation: Business & Human Rights Resource Centre (BHRRC)",
           "date_sent: 2022-07",
           "replies: replies",
           "questions:"]
    for qid, parent, title, topic, text in QUESTION_DEFS:
        out += ["  - id: %s" % (yq(qid) if qid == "3" else qid),
                "    parent: %s" % yq(parent),
                "    title: %s" % title,
                "    topic: %s" % topic,
                "    text: %s" % yq(text)]
    out.append("companies:")
    listed = [r for r in REPLIES if r["listed"]]
    entries = []
    for r in listed:
        country, aliases = COMPANY_INFO[r["company"]]
        status = "declined" if all(v == "declined" for v in r["status"].values()) else "responded"
        entries.append((r["company"], aliases, country, status))
    for name, country, aliases in NON_RESPONDERS:
        entries.append((name, aliases, country, "no_response"))
    entries.sort(key=lambda e: e[0].lower())
    for name, aliases, country, status in entries:
        out += ["  - name: %s" % yq(name),
                "    aliases: [%s]" % ", ".join(yq(a) for a in aliases),
                "    country: %s" % country,
                "    status: %s" % status]
    with open(os.path.join(DIR, "campaign.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
