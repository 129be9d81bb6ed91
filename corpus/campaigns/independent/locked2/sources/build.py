#!/usr/bin/env python3
"""Regenerate the locked2 set: replies/, gold/, campaign.yaml, sources/INDEX.md, README.md.

Each letter is a structured source in sources/letters/*.txt:
  header lines "@key: value" (until the first "== " line), then blocks
  "== <kind> <q[+q..]|general> <topic> [flags]" followed by the block text.
The same blocks produce the Markdown given to pandoc and the gold lines, so the
gold text cannot drift from the letter. DOCX letters come from pandoc (with a
per-letter reference.docx for fonts/layout, plus footers/headers added by this
script); PDF letters are the DOCX converted with LibreOffice.

Needs: python3 (stdlib), pandoc, soffice (LibreOffice), pdftotext (for check.py).
Usage: python3 sources/build.py
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
LETTER_DIR = os.path.join(HERE, "letters")
CAMPAIGN_ID = "independent-locked2"
TITLE = "Independently written replies (locked set 2): MENA surveillance questionnaire"

QUESTIONS = [
    ("1a", "1", "Products and clients", "products_and_clients",
     "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
    ("1b", "1", "Deployment scale", "deployment_scale",
     "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("1c", "1", "Disclosure commitment", "disclosure_commitment",
     "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
    ("2a", "2", "Human rights due diligence", "due_diligence",
     "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
    ("2b", "2", "Consultation with affected communities", "stakeholder_engagement",
     "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
    ("2c", "2", "Other actions to prevent adverse impacts", "mitigation",
     "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism", "grievance_mechanism",
     "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    ("2e", "2", "Human rights policy", "policy_commitment",
     "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
    ("3", "3", "Plans to stop sales", "exit_and_restrictions",
     "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]
QIDS = [q[0] for q in QUESTIONS]

# Companies that were sent the questionnaire but did not reply (listed only in campaign.yaml).
NO_RESPONSE = [
    ("Tamarind Defence Electronics Ltd", ["Tamarind Defence"], "Israel"),
    ("Quorvant Sistemas S.A.", ["Quorvant"], "Spain"),
    ("Hadrian Tactical Systems Inc.", ["Hadrian Tactical"], "United States"),
]

KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header",
         "table_question", "table_label", "table_answer", "annex"}
TOPICS = {"products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"}
TABLE_KINDS = {"table_header", "table_question", "table_label", "table_answer"}


# ----------------------------------------------------------------------------- parsing
def parse_letter(path):
    head = OrderedDict()
    blocks = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("== "):
                parts = line[3:].split()
                if parts[0] == "pagebreak":
                    cur = {"kind": "pagebreak", "lines": []}
                else:
                    kind, qs, topic = parts[0], parts[1], parts[2]
                    flags = {}
                    for fl in parts[3:]:
                        if "=" in fl:
                            k, v = fl.split("=", 1)
                            flags[k] = v
                        else:
                            flags[fl] = True
                    cur = {"kind": kind, "qs": qs.split("+"), "topic": topic, "flags": flags, "lines": []}
                blocks.append(cur)
            elif cur is None:
                if line.startswith("@"):
                    k, v = line[1:].split(":", 1)
                    head[k.strip()] = v.strip()
            else:
                if line.strip() and not line.startswith("#"):
                    cur["lines"].append(line.strip())
    for b in blocks:
        b["src"] = " ".join(b.pop("lines"))
        b["text"] = b["src"].replace("**", "")
        if b["kind"] != "pagebreak":
            assert b["kind"] in KINDS, (path, b["kind"])
            assert b["topic"] in TOPICS, (path, b["topic"])
            for q in b["qs"]:
                assert q == "general" or q in QIDS, (path, q)
            assert b["text"], (path, b)
    status = {}
    for item in head["status"].split():
        k, v = item.split("=")
        status[k] = v
    head["status_d"] = status
    return head, blocks


# ----------------------------------------------------------------------------- markdown
PUNCT = set("\\`*_{}[]()#+-.!<>|~^$@:;&\"'=%,/?")


def esc(s):
    return "".join("\\" + c if c in PUNCT else c for c in s)


def inline(src):
    parts = src.split("**")
    out = []
    for i, p in enumerate(parts):
        out.append(esc(p))
    return "**".join(out)


def div(md, style=None, rtl=False):
    attrs = []
    if style:
        attrs.append('custom-style="%s"' % style)
    if rtl:
        attrs.append('dir="rtl"')
    if not attrs:
        return md
    return "::: {%s}\n%s\n:::" % (" ".join(attrs), md)


def block_style(b, first_letterhead):
    fl = b["flags"]
    if "style" in fl:
        return fl["style"]
    if b["kind"] == "letterhead":
        return "Letterhead" if first_letterhead else "LetterheadSub"
    if b["kind"] == "letter":
        if fl.get("right"):
            return "RightLine"
        if fl.get("tight"):
            return "Tight"
    if b["kind"] == "annex" and fl.get("small"):
        return "AnnexText"
    return None


def to_markdown(head, blocks):
    out = []
    lang = head.get("docx_lang")
    if lang:
        out.append("---\nlang: %s\n---\n" % lang)
    i = 0
    seen_lh = False
    widths = [int(x) for x in head.get("table_widths", "30,70").split(",")]
    while i < len(blocks):
        b = blocks[i]
        k = b["kind"]
        if k == "pagebreak":
            out.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```')
            i += 1
            continue
        if k == "list_item":
            items = []
            while i < len(blocks) and blocks[i]["kind"] == "list_item":
                bb = blocks[i]
                bullet = "1." if bb["flags"].get("ol") else "-"
                items.append("%s %s" % (bullet, inline(bb["src"])))
                i += 1
            out.append("\n".join(items))
            continue
        if k in TABLE_KINDS:
            rows = []
            hdr = []
            while i < len(blocks) and blocks[i]["kind"] == "table_header":
                hdr.append(inline(blocks[i]["src"]))
                i += 1
            cells = []
            while i < len(blocks) and blocks[i]["kind"] in TABLE_KINDS - {"table_header"}:
                cells.append(inline(blocks[i]["src"]))
                i += 1
            ncol = len(hdr)
            assert ncol == 2 and len(cells) % 2 == 0, head["file"]
            for j in range(0, len(cells), 2):
                rows.append(cells[j:j + 2])
            tot = sum(widths)
            dashes = ["-" * max(3, int(round(60 * w / tot))) for w in widths]
            lines = ["| " + " | ".join(hdr) + " |", "|" + "|".join(dashes) + "|"]
            for r in rows:
                lines.append("| " + " | ".join(r) + " |")
            out.append("\n".join(lines))
            continue
        rtl = bool(b["flags"].get("rtl"))
        if k == "heading":
            level = int(b["flags"].get("h", 2))
            md = "#" * level + " " + inline(b["src"])
            out.append(div(md, b["flags"].get("style"), rtl))
        else:
            src = inline(b["src"])
            if k == "question" and "**" not in b["src"]:
                src = "**" + src + "**"
            st = block_style(b, not seen_lh)
            out.append(div(src, st, rtl))
        if k == "letterhead":
            seen_lh = True
        i += 1
    return "\n\n".join(out) + "\n"


# ----------------------------------------------------------------------------- reference docx
_REF_CACHE = {}


def base_reference():
    if "base" not in _REF_CACHE:
        data = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                              check=True, capture_output=True).stdout
        _REF_CACHE["base"] = data
    return _REF_CACHE["base"]


def make_reference(head, path):
    font = head.get("font", "Liberation Serif")
    hfont = head.get("hfont", font)
    size = int(head.get("size", "22"))
    color = head.get("color", "1F3864")
    lhsize = int(head.get("lh_size", "30"))
    lhalign = head.get("lh_align", "left")
    justify = head.get("justify", "no") == "yes"
    src = zipfile.ZipFile(__import__("io").BytesIO(base_reference()))
    out = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "word/styles.xml":
            s = data.decode("utf-8")
            s = s.replace('<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" />',
                          '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="DejaVu Sans" />' % (font, font, font))
            s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                          '<w:sz w:val="%d" />\n        <w:szCs w:val="%d" />' % (size, size), 1)
            s = s.replace('w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"',
                          'w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="DejaVu Sans"' % (hfont, hfont, hfont))
            s = re.sub(r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1"( w:themeShade="B5")? />',
                       '<w:color w:val="%s" />' % color, s)
            # heading sizes a little smaller than pandoc's defaults
            s = s.replace('<w:sz w:val="32" />\n      <w:szCs w:val="32" />', '<w:sz w:val="28" />\n      <w:szCs w:val="28" />')
            s = s.replace('<w:sz w:val="28" />\n      <w:szCs w:val="28" />', '<w:sz w:val="26" />\n      <w:szCs w:val="26" />')
            if justify:
                s = s.replace('<w:spacing w:before="180" w:after="180" />\n    </w:pPr>',
                              '<w:spacing w:before="120" w:after="120" />\n      <w:jc w:val="both" />\n    </w:pPr>', 1)
            else:
                s = s.replace('<w:spacing w:before="180" w:after="180" />', '<w:spacing w:before="100" w:after="140" />', 1)
            if head.get("table_borders", "yes") == "yes":
                s = s.replace('<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblCellMar>',
                              '<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:left w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:right w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/></w:tblBorders>\n      <w:tblCellMar>', 1)
            extra = """
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead"><w:name w:val="Letterhead" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="40" /><w:jc w:val="%(al)s" /></w:pPr>
    <w:rPr><w:rFonts w:ascii="%(hf)s" w:hAnsi="%(hf)s" w:cs="DejaVu Sans" /><w:b /><w:color w:val="%(c)s" /><w:sz w:val="%(ls)d" /><w:szCs w:val="%(ls)d" /></w:rPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadSub"><w:name w:val="Letterhead Sub" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="%(c)s" /></w:pBdr><w:spacing w:before="0" w:after="360" /><w:jc w:val="%(al)s" /></w:pPr>
    <w:rPr><w:color w:val="595959" /><w:sz w:val="17" /><w:szCs w:val="17" /></w:rPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadPlain"><w:name w:val="Letterhead Plain" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="40" /><w:jc w:val="%(al)s" /></w:pPr>
    <w:rPr><w:color w:val="404040" /><w:sz w:val="17" /><w:szCs w:val="17" /></w:rPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Tight"><w:name w:val="Tight" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="0" /></w:pPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="RightLine"><w:name w:val="Right Line" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="120" w:after="240" /><w:jc w:val="right" /></w:pPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="SubjectLine"><w:name w:val="Subject Line" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="240" w:after="240" /></w:pPr><w:rPr><w:b /></w:rPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="AnnexText"><w:name w:val="Annex Text" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="60" w:after="120" /><w:ind w:left="284" /><w:jc w:val="both" /></w:pPr><w:rPr><w:sz w:val="19" /><w:szCs w:val="19" /></w:rPr></w:style>
</w:styles>""" % {"al": {"left": "left", "center": "center", "right": "right"}[lhalign], "hf": hfont, "c": color, "ls": lhsize}
            s = s.replace("</w:styles>", extra, 1)
            data = s.encode("utf-8")
        out.writestr(item, data)
    out.close()


# ----------------------------------------------------------------------------- docx post-processing
def _hf_xml(tag, text, align):
    parts = text.split("{PAGE}")
    runs = []
    for j, p in enumerate(parts):
        if p:
            runs.append('<w:r><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                        % p.replace("&", "&amp;").replace("<", "&lt;"))
        if j < len(parts) - 1:
            runs.append('<w:r><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                        '<w:r><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                        '<w:r><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                        '<w:r><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r>'
                        '<w:r><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:%s xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:p><w:pPr><w:jc w:val="%s"/></w:pPr>%s</w:p></w:%s>') % (tag, align, "".join(runs), tag)


def postprocess_docx(path, head):
    paper = head.get("paper", "a4")
    pg = '<w:pgSz w:w="11906" w:h="16838"/>' if paper == "a4" else '<w:pgSz w:w="12240" w:h="15840"/>'
    m = int(head.get("margin", "1300"))
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    refs = ""
    newparts = []
    rels_add = ""
    ct_add = ""
    for tag, key, rid, fname in (("hdr", "header", "rIdL2Hdr", "header1.xml"), ("ftr", "footer", "rIdL2Ftr", "footer1.xml")):
        if head.get(key):
            align = head.get(key + "_align", "center")
            newparts.append(("word/" + fname, _hf_xml(tag, head[key], align).encode("utf-8")))
            refs += '<w:%sReference w:type="default" r:id="%s"/>' % (key, rid)
            rels_add += ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" '
                         'Id="%s" Target="%s" />') % (key, rid, fname)
            ct_add += ('<Override PartName="/word/%s" ContentType="application/vnd.openxmlformats-officedocument.'
                       'wordprocessingml.%s+xml" />') % (fname, key)
    sect = ('<w:sectPr>%s%s<w:pgMar w:top="1300" w:right="%d" w:bottom="1300" w:left="%d" '
            'w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>') % (refs, pg, m, m)
    out = zipfile.ZipFile(path + ".tmp", "w", zipfile.ZIP_DEFLATED)
    for info, data in items:
        if info.filename == "word/document.xml":
            s = data.decode("utf-8")
            s2 = re.sub(r"<w:sectPr\s*/>|<w:sectPr>.*?</w:sectPr>", sect, s, flags=re.S)
            assert s2 != s or sect in s, path
            if 'xmlns:r=' not in s2[:2000]:
                s2 = s2.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
            data = s2.encode("utf-8")
        elif info.filename == "word/_rels/document.xml.rels" and rels_add:
            data = data.decode("utf-8").replace("</Relationships>", rels_add + "</Relationships>").encode("utf-8")
        elif info.filename == "[Content_Types].xml" and ct_add:
            data = data.decode("utf-8").replace("</Types>", ct_add + "</Types>").encode("utf-8")
        elif info.filename == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<dcterms:created[^>]*>[^<]*</dcterms:created>", "", s)
            s = re.sub(r"<dcterms:modified[^>]*>[^<]*</dcterms:modified>", "", s)
            data = s.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2022, 8, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(zi, data)
    for name, data in newparts:
        zi = zipfile.ZipInfo(name, date_time=(2022, 8, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(zi, data)
    out.close()
    os.replace(path + ".tmp", path)


# ----------------------------------------------------------------------------- gold
def gold_lines(head, blocks):
    lines = []
    default_lang = head.get("lang", "en")
    style = head["style"]
    for b in blocks:
        if b["kind"] == "pagebreak":
            continue
        qs = b["qs"]
        general = qs == ["general"]
        marked = bool(b["flags"].get("m")) and not general
        lines.append(OrderedDict([
            ("text", b["text"]),
            ("question", qs[0]),
            ("questions", qs),
            ("topic", b["topic"]),
            ("kind", b["kind"]),
            ("marked", marked),
            ("style", style),
            ("language", b["flags"].get("lang", default_lang)),
        ]))
    return lines


def meta_for(head, lines):
    langs = []
    for l in lines:
        if l["language"] not in langs:
            langs.append(l["language"])
    return OrderedDict([
        ("file", head["file"]),
        ("company", head["company"]),
        ("listed", head["listed"] == "yes"),
        ("style", head["style"]),
        ("languages", langs),
        ("status", OrderedDict((q, head["status_d"][q]) for q in QIDS)),
        ("notes", head["notes"]),
    ])


# ----------------------------------------------------------------------------- yaml / index / readme
def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_campaign(letters):
    L = []
    L.append("id: %s" % CAMPAIGN_ID)
    L.append("title: %s" % yq(TITLE))
    L.append("organisation: Business & Human Rights Resource Centre (BHRRC)")
    L.append("date_sent: 2022-07")
    L.append("replies: replies")
    L.append("questions:")
    for qid, parent, title, topic, text in QUESTIONS:
        L.append("  - id: %s" % ('"3"' if qid == "3" else qid))
        L.append('    parent: "%s"' % parent)
        L.append("    title: %s" % title)
        L.append("    topic: %s" % topic)
        L.append("    text: %s" % yq(text))
    L.append("companies:")
    for head, _ in letters:
        if head["listed"] != "yes":
            continue
        L.append("  - name: %s" % yq(head["company"]))
        if head.get("aliases"):
            L.append("    aliases: [%s]" % ", ".join(yq(a.strip()) for a in head["aliases"].split(";")))
        L.append("    country: %s" % head["country"])
        L.append("    status: %s" % ("declined" if head["style"] == "refusal" else "responded"))
    for name, aliases, country in NO_RESPONSE:
        L.append("  - name: %s" % yq(name))
        L.append("    aliases: [%s]" % ", ".join(yq(a) for a in aliases))
        L.append("    country: %s" % country)
        L.append("    status: no_response")
    with open(os.path.join(DIR, "campaign.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def write_index(letters):
    L = ["# Index of replies (locked set 2)", "",
         "One line per reply: file | company | listed | style | languages | what it tests.", ""]
    for head, lines in letters:
        langs = []
        for l in lines:
            if l["language"] not in langs:
                langs.append(l["language"])
        L.append("- `%s` | %s | %s | %s | %s | %s" % (
            head["file"], head["company"], "listed" if head["listed"] == "yes" else "UNLISTED",
            head["style"], ",".join(langs), head["tests"]))
    with open(os.path.join(HERE, "INDEX.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def write_readme(letters):
    n = len(letters)
    fmt = Counter(os.path.splitext(h["file"])[1].lstrip(".") for h, _ in letters)
    styles = Counter(h["style"] for h, _ in letters)
    langs = Counter()
    for h, lines in letters:
        ls = sorted(set(l["language"] for l in lines))
        langs["+".join(ls)] += 1
    status = Counter()
    for h, _ in letters:
        for q in QIDS:
            status[h["status_d"][q]] += 1
    kinds = Counter()
    total = marked = general = 0
    for h, lines in letters:
        for l in lines:
            kinds[l["kind"]] += 1
            total += 1
            marked += l["marked"]
            general += l["question"] == "general"
    unlisted = sum(1 for h, _ in letters if h["listed"] != "yes")
    listed = n - unlisted
    refusals = styles.get("refusal", 0)

    def table(counter, order=None):
        keys = order or sorted(counter)
        return "\n".join("| %s | %d |" % (k, counter[k]) for k in keys if counter.get(k))

    txt = """> **Locked set** (campaign id `independent-locked2`), written blind by a twelfth writer from `../BRIEF.md` — scored only when reporting: never read, tuned on or used for error analysis while developing.

# Independently written replies (locked set 2): MENA surveillance questionnaire

Twenty fictional company replies to the Business & Human Rights Resource Centre's July 2022 questionnaire on
surveillance technology for migration and border control in the Middle East and North Africa (9 questions:
1a 1b 1c 2a 2b 2c 2d 2e 3), written from `../BRIEF.md` and the public outreach text only. Every company, person and
address is invented; real countries, laws and organisations appear as context.

## Contents

- `campaign.yaml` — campaign definition: the 9 questions and %(listed)d listed replying companies plus %(nr)d companies with
  status `no_response` (%(unlisted)d replying companies are deliberately left off the list).
- `replies/` — %(n)d letters: %(pdf)d PDF and %(docx)d DOCX.
- `gold/<stem>.gold.jsonl` — one line per body paragraph in reading order (running headers/footers and page numbers excluded).
- `gold/<stem>.meta.json` — company, listed flag, style, languages, per-question status, notes (each `partial` is explained
  as `Partial: <id> (reason)`).
- `sources/letters/*.txt` — the structured letter sources; `sources/build.py` regenerates everything;
  `sources/check.py` validates it; `sources/INDEX.md` lists the replies with what each tests.

## Counts

| style | replies |
| --- | --- |
%(styles)s

| languages (per reply) | replies |
| --- | --- |
%(langs)s

| status cell | count (of %(cells)d) |
| --- | --- |
%(status)s

| gold kind | lines |
| --- | --- |
%(kinds)s

Gold lines: %(total)d in total, %(marked)d marked, %(general)d general.
Listed replying companies: %(listed)d (of which %(ref_listed)d `declined`); unlisted replying companies: %(unlisted)d; `no_response`: %(nr)d.

## Conventions used in the gold

- Every paragraph of the letter body is one gold line, including letterhead lines (`letterhead`), date, reference,
  addressee, subject, greeting, closing formula and signature lines (`letter`). Running footers/headers added to the
  page (company registration lines, page numbers) are not gold lines.
- Letterhead, date, addressee, greeting, thanks, company background, closing and signature are `general` with
  topic `other` and `marked: false`. A section title that names no question (e.g. an annex title) is also `general`.
- `question` is the primary question a paragraph answers in substance; `questions` lists all of them, primary first,
  when a paragraph answers two or three questions. A blanket refusal that covers the whole questionnaire lists all
  nine ids.
- `topic` says what the paragraph is about, which may differ from its question's topic: a licensing paragraph answering
  2a is `export_control`, a confidentiality refusal answering 1b/1c is `confidentiality_decline`.
- `marked: true` only when a question number (the questionnaire's or the company's own, e.g. sequential "Point" numbers
  that do not match the questionnaire), a restated question, or a table row ties the paragraph to its question, either in the
  paragraph itself or in the marker/row it sits under (list items under a numbered point are marked). Topical headings of
  the company's own ("headings" style) and annex policy extracts that sit under a title naming no question are **not**
  marked; the topical heading lines themselves carry the question of the section they introduce.
- Bold run-in markers ("**[2.d]** ...") are part of the paragraph text; auto-numbered/bulleted list items are given
  without their number or bullet. Restated questions are `kind: question`; table header cells `table_header`; a
  first-column cell restating a question `table_question`, a bare id `table_label`; answer cells `table_answer`.
- `language` is per paragraph (`en`, `fr`, `de`, `ar`); the meta `languages` lists those present, in order of first use.
- Status: `answered` = substantive answer (including a plain "no"); `partial` = addresses the question but leaves
  out a main part or stays vague; `declined` = explicit refusal or inability to answer/commit; `not_addressed` = nothing
  on it. A refusal letter's questions are `declined` unless it says something concrete (e.g. points to a policy).

## Regenerating

```
python3 sources/build.py     # pandoc -f markdown-smart -> DOCX (+ LibreOffice -> PDF), gold, meta, yaml, index, README
python3 sources/check.py     # validates yaml/meta/gold and finds every gold text in pdftotext -raw / DOCX paragraphs
```

Tools: python3 standard library, pandoc, LibreOffice (`soffice --headless`), pdftotext. Output is regenerated in place;
PDF bytes may differ between runs (timestamps), text does not.
""" % {
        "listed": listed, "nr": len(NO_RESPONSE), "unlisted": unlisted, "n": n, "pdf": fmt["pdf"], "docx": fmt["docx"],
        "styles": table(styles, ["prose", "markers", "restated", "headings", "table", "annex", "numbered-other", "refusal"]),
        "langs": table(langs), "status": table(status, ["answered", "partial", "declined", "not_addressed"]),
        "cells": n * 9, "kinds": table(kinds), "total": total, "marked": marked, "general": general,
        "ref_listed": sum(1 for h, _ in letters if h["listed"] == "yes" and h["style"] == "refusal"),
    }
    with open(os.path.join(DIR, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


# ----------------------------------------------------------------------------- main
def main():
    paths = sorted(glob.glob(os.path.join(LETTER_DIR, "*.txt")))
    parsed = [parse_letter(p) for p in paths]
    names = [h["file"] for h, _ in parsed]
    assert len(names) == len(set(names)), "duplicate file names"
    replies = os.path.join(DIR, "replies")
    gold = os.path.join(DIR, "gold")
    for d in (replies, gold):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    work = tempfile.mkdtemp(prefix="locked2-build-")
    to_pdf = []
    letters = []
    for (head, blocks), p in zip(parsed, paths):
        stem, ext = os.path.splitext(head["file"])
        slug = os.path.splitext(os.path.basename(p))[0]
        md = to_markdown(head, blocks)
        mdp = os.path.join(work, slug + ".md")
        with open(mdp, "w", encoding="utf-8") as f:
            f.write(md)
        ref = os.path.join(work, slug + ".ref.docx")
        make_reference(head, ref)
        docx = os.path.join(work, slug + ".docx")
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", ref, "-o", docx, mdp], check=True)
        postprocess_docx(docx, head)
        if ext == ".docx":
            shutil.copy(docx, os.path.join(replies, head["file"]))
        else:
            to_pdf.append((docx, head["file"]))
        lines = gold_lines(head, blocks)
        with open(os.path.join(gold, stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
            for l in lines:
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
        with open(os.path.join(gold, stem + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta_for(head, lines), f, ensure_ascii=False, indent=2)
            f.write("\n")
        letters.append((head, lines))
    if to_pdf:
        outdir = os.path.join(work, "pdf")
        os.makedirs(outdir)
        cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-locked2", "--convert-to", "pdf",
               "--outdir", outdir] + [d for d, _ in to_pdf]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for d, name in to_pdf:
            src = os.path.join(outdir, os.path.splitext(os.path.basename(d))[0] + ".pdf")
            shutil.copy(src, os.path.join(replies, name))
    write_campaign(letters)
    write_index(letters)
    write_readme(letters)
    shutil.rmtree(work)
    print("built %d replies in %s" % (len(letters), replies))


if __name__ == "__main__":
    main()
