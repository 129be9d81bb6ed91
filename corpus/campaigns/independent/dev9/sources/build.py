#!/usr/bin/env python3
"""Build the independent-dev9 set from the structured letter sources in sources/letters/.

Each letter source has a header (key: value lines) and, after a line '===', blocks
separated by blank lines. A block starts with a tag line:

    @kind [questions] [topic] [m] [lang=xx] [style=CustomStyle] [bold] [plain] [rtl] [list=bullet|ordered] [cont] [h=N]

followed by the text lines (several lines = line breaks inside one paragraph). A table block
starts with '@table widths=20,80' and each following line is one cell: '@kind args | text'.
The same blocks give the Markdown fed to pandoc and the gold lines, so the two cannot drift.

Outputs: replies/*.docx|pdf, gold/*.gold.jsonl, gold/*.meta.json, campaign.yaml,
sources/INDEX.md and README.md. Working files go to /tmp/dev9-build.
Tools: python3 (stdlib), pandoc, LibreOffice (soffice), poppler-utils.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
WORK = "/tmp/dev9-build"
CAMPAIGN_ID = "independent-dev9"

QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
TOPICS = ["products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"]
KINDS = ["letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header",
         "table_question", "table_label", "table_answer", "annex"]
STATUS_ABBR = {"A": "answered", "P": "partial", "D": "declined", "N": "not_addressed"}


# ----------------------------------------------------------------------------------------
# parsing
# ----------------------------------------------------------------------------------------
def parse_args(tokens, default_lang):
    a = {"questions": None, "topic": None, "marked": False, "lang": default_lang, "style": None,
         "bold": False, "plain": False, "rtl": False, "list": None, "cont": False, "h": 2}
    for t in tokens:
        if t == "m":
            a["marked"] = True
        elif t in ("bold", "plain", "rtl", "cont"):
            a[t] = True
        elif t.startswith("lang="):
            a["lang"] = t[5:]
        elif t.startswith("style="):
            a["style"] = t[6:]
        elif t.startswith("list="):
            a["list"] = t[5:]
        elif t.startswith("h="):
            a["h"] = int(t[2:])
        elif t in TOPICS:
            a["topic"] = t
        elif t == "-" or t == "general":
            a["questions"] = ["general"]
        elif all(x in QIDS for x in t.split(",")):
            a["questions"] = t.split(",")
        else:
            raise ValueError("unknown tag token %r" % t)
    if a["questions"] is None:
        a["questions"] = ["general"]
    if a["topic"] is None:
        a["topic"] = "other"
    return a


def parse_letter(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n===\n", 1)
    meta = OrderedDict()
    partials = []
    for line in head.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k == "partial":
            qid, reason = [x.strip() for x in v.split("|", 1)]
            partials.append((qid, reason))
        else:
            meta[k] = v
    meta["partials"] = partials
    default_lang = meta.get("lang", "en")
    blocks = []
    for chunk in re.split(r"\n\s*\n", body.strip("\n")):
        lines = chunk.split("\n")
        tag = lines[0]
        if not tag.startswith("@"):
            raise ValueError("%s: block without tag: %r" % (path, tag))
        parts = tag[1:].split()
        kind = parts[0]
        if kind == "table":
            widths = [int(x) for x in parts[1].split("=", 1)[1].split(",")]
            cells = []
            for ln in lines[1:]:
                t, text = ln.split(" | ", 1)
                tp = t[1:].split()
                ck = tp[0]
                assert ck in KINDS, ck
                a = parse_args(tp[1:], default_lang)
                cells.append({"kind": ck, "args": a, "lines": [text.strip()]})
            blocks.append({"kind": "table", "widths": widths, "cells": cells})
        else:
            assert kind in KINDS, (path, kind)
            a = parse_args(parts[1:], default_lang)
            blocks.append({"kind": kind, "args": a, "lines": [l.rstrip() for l in lines[1:]]})
    return meta, blocks


# ----------------------------------------------------------------------------------------
# markdown
# ----------------------------------------------------------------------------------------
SPECIAL = set("\\`*_[]<>#~^$@{}")


def esc_segment(s, in_table=False):
    out = []
    for ch in s:
        if ch in SPECIAL or (in_table and ch == "|"):
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


LEAD = re.compile(r"^(\(?)([0-9]{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})([.)])(\s)")


def esc_line(line, in_table=False):
    segs = line.split("**")
    out = []
    for i, seg in enumerate(segs):
        out.append(seg if False else esc_segment(seg, in_table))
    s = "**".join(out)
    # neutralise list markers at the start of a line (1. / (a) / a) / IV. / - / + / : )
    m = LEAD.match(line.replace("**", ""))
    if m:
        # find first occurrence of the marker punctuation in the escaped string and escape it
        prefix = "**" if line.startswith("**") else ""
        core = s[len(prefix):]
        if m.group(1) == "(":
            core = "\\(" + core[1:]
        else:
            idx = len(m.group(2))
            core = core[:idx] + "\\" + core[idx:]
        s = prefix + core
    if re.match(r"^(\*\*)?[-+:] ", s):
        pre = "**" if s.startswith("**") else ""
        s = pre + "\\" + s[len(pre):]
    return s


def plain(line):
    return line.replace("**", "")


def block_text(lines):
    return "\n".join(plain(l) for l in lines)


def md_paragraph(lines, a, in_list=False):
    ls = [esc_line(l) for l in lines]
    if a["bold"]:
        ls = ["**" + l + "**" for l in ls]
    return "\\\n".join(ls)


def wrap_div(md, a):
    attrs = []
    if a["style"]:
        attrs.append('custom-style="%s"' % a["style"])
    if a["rtl"]:
        attrs.append('dir="rtl"')
    if not attrs:
        return md
    return "::: {%s}\n%s\n:::" % (" ".join(attrs), md)


def to_markdown(blocks):
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        k = b["kind"]
        if k == "table":
            w = b["widths"]
            n = len(w)
            rows = [b["cells"][j:j + n] for j in range(0, len(b["cells"]), n)]
            lines = []
            for r, row in enumerate(rows):
                lines.append("| " + " | ".join(
                    ("**%s**" % esc_line(c["lines"][0], True) if c["args"]["bold"] else esc_line(c["lines"][0], True))
                    for c in row) + " |")
                if r == 0:
                    lines.append("|" + "|".join("-" * x for x in w) + "|")
            out.append("\n".join(lines))
            i += 1
            continue
        a = b["args"]
        if k == "list_item":
            items = []
            num = 1
            while i < len(blocks) and blocks[i]["kind"] in ("list_item",) or (
                    i < len(blocks) and blocks[i]["kind"] != "table" and blocks[i]["args"]["cont"]):
                bb = blocks[i]
                if bb["kind"] == "list_item":
                    marker = "%d. " % num if bb["args"]["list"] == "ordered" else "- "
                    num += 1
                    items.append(marker + md_paragraph(bb["lines"], bb["args"]).replace("\n", "\n    "))
                else:  # continuation paragraph inside the previous item
                    items.append("\n    " + md_paragraph(bb["lines"], bb["args"]).replace("\n", "\n    "))
                i += 1
            loose = any(blocks[j]["kind"] != "table" and blocks[j]["args"]["cont"] for j in range(i - len(items), i))
            out.append(("\n\n" if loose else "\n").join(items))
            continue
        if k == "heading" and not a["plain"]:
            md = "#" * a["h"] + " " + " ".join(esc_line(l) for l in b["lines"])
            if a["style"] or a["rtl"]:
                md = wrap_div(md, a)
            out.append(md)
        else:
            out.append(wrap_div(md_paragraph(b["lines"], a), a))
        i += 1
    return "\n\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------
# gold
# ----------------------------------------------------------------------------------------
def gold_lines(blocks, style):
    out = []

    def line(kind, a, text):
        qs = a["questions"]
        return OrderedDict([("text", text), ("question", qs[0]), ("questions", qs), ("topic", a["topic"]),
                            ("kind", kind), ("marked", a["marked"]), ("style", style),
                            ("language", a["lang"])])

    for b in blocks:
        if b["kind"] == "table":
            for c in b["cells"]:
                out.append(line(c["kind"], c["args"], block_text(c["lines"])))
        else:
            out.append(line(b["kind"], b["args"], block_text(b["lines"])))
    return out


# ----------------------------------------------------------------------------------------
# reference documents (fonts, letterhead styles, footers)
# ----------------------------------------------------------------------------------------
REFS = {
    # name: (body font, size half-points, heading font, heading colour, heading size, table borders, footer text, justify)
    "serif": ("Liberation Serif", 23, "Liberation Serif", "1F1F1F", 24, False, None, True),
    "sans": ("Liberation Sans", 20, "Liberation Sans", "1F3864", 22, True, "PAGE", False),
    "carlito": ("Carlito", 22, "Carlito", "0B5394", 26, True, None, False),
    "dejavu": ("DejaVu Sans", 19, "DejaVu Sans", "444444", 21, True, "PAGE", False),
    "caladea": ("Caladea", 23, "Caladea", "7A1F1F", 24, False, None, True),
    "dejavuserif": ("DejaVu Serif", 20, "DejaVu Sans", "2E4A2E", 22, True, None, False),
}

EXTRA_STYLES = """
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead">
    <w:name w:val="Letterhead" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="240" /><w:jc w:val="center" />
      <w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="{hc}" /></w:pBdr></w:pPr>
    <w:rPr><w:rFonts w:ascii="{hf}" w:hAnsi="{hf}" w:cs="{hf}" /><w:b /><w:color w:val="{hc}" /><w:sz w:val="26" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadLeft">
    <w:name w:val="Letterhead Left" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="360" /></w:pPr>
    <w:rPr><w:rFonts w:ascii="{hf}" w:hAnsi="{hf}" w:cs="{hf}" /><w:color w:val="{hc}" /><w:sz w:val="18" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Right">
    <w:name w:val="Right" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="120" w:after="240" /><w:jc w:val="right" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Subject">
    <w:name w:val="Subject" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="240" w:after="240" /></w:pPr>
    <w:rPr><w:b /><w:u w:val="single" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Address">
    <w:name w:val="Address" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="240" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Signature">
    <w:name w:val="Signature Block" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="480" w:after="120" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Annex">
    <w:name w:val="Annex Text" /><w:basedOn w:val="BodyText" /><w:qFormat />
    <w:pPr><w:ind w:left="567" /></w:pPr>
    <w:rPr><w:sz w:val="{small}" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="ArabicText">
    <w:name w:val="Arabic Text" /><w:basedOn w:val="BodyText" /><w:qFormat />
    <w:pPr><w:bidi /><w:jc w:val="right" /></w:pPr>
    <w:rPr><w:rFonts w:cs="DejaVu Sans" /><w:rtl /><w:lang w:bidi="ar-AE" /></w:rPr>
  </w:style>
"""

FOOTER = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:p><w:pPr><w:jc w:val="center" /></w:pPr><w:r><w:rPr><w:sz w:val="16" /></w:rPr><w:t xml:space="preserve">Page </w:t></w:r>
<w:r><w:rPr><w:sz w:val="16" /></w:rPr><w:fldChar w:fldCharType="begin" /></w:r><w:r><w:rPr><w:sz w:val="16" /></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="16" /></w:rPr><w:fldChar w:fldCharType="separate" /></w:r><w:r><w:rPr><w:sz w:val="16" /></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="16" /></w:rPr><w:fldChar w:fldCharType="end" /></w:r></w:p>
</w:ftr>"""


def make_refdoc(name):
    bf, bsz, hf, hc, hsz, borders, footer, justify = REFS[name]
    src = os.path.join(WORK, "ref-default.docx")
    if not os.path.exists(src):
        with open(src, "wb") as f:
            f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                                   check=True, capture_output=True).stdout)
    dst = os.path.join(WORK, "ref-%s.docx" % name)
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/styles.xml":
            s = data.decode("utf-8")
            s = s.replace('<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" />',
                          '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="DejaVu Sans" />' % (bf, bf, bf))
            s = s.replace('<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi" />',
                          '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="DejaVu Sans" />' % (hf, hf, hf))
            s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />\n        <w:lang',
                          '<w:sz w:val="%d" />\n        <w:szCs w:val="%d" />\n        <w:lang' % (bsz, bsz), 1)
            s = re.sub(r'<w:color w:val="4F81BD" w:themeColor="accent1" />', '<w:color w:val="%s" />' % hc, s)
            s = s.replace('<w:sz w:val="32" />', '<w:sz w:val="%d" />' % (hsz + 4))
            s = s.replace('<w:sz w:val="28" />', '<w:sz w:val="%d" />' % hsz)
            s = s.replace('<w:spacing w:before="180" w:after="180" />',
                          '<w:spacing w:before="100" w:after="140" />' + ('<w:jc w:val="both" />' if justify else ''))
            if borders:
                s = s.replace('<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblCellMar>',
                              '<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080" /><w:left w:val="single" w:sz="4" w:color="808080" /><w:bottom w:val="single" w:sz="4" w:color="808080" /><w:right w:val="single" w:sz="4" w:color="808080" /><w:insideH w:val="single" w:sz="4" w:color="808080" /><w:insideV w:val="single" w:sz="4" w:color="808080" /></w:tblBorders>\n      <w:tblCellMar>')
            extra = EXTRA_STYLES.replace("{hf}", hf).replace("{hc}", hc).replace("{small}", str(bsz - 2))
            s = s.replace("</w:styles>", extra + "</w:styles>")
            data = s.encode("utf-8")
        elif item.filename == "word/document.xml":
            s = data.decode("utf-8")
            pg = '<w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="1304" w:right="1304" w:bottom="1304" w:left="1418" w:header="709" w:footer="567" w:gutter="0" />'
            if footer:
                s = s.replace("<w:sectPr />", '<w:sectPr><w:footerReference w:type="default" r:id="rId90" />%s</w:sectPr>' % pg)
            else:
                s = s.replace("<w:sectPr />", "<w:sectPr>%s</w:sectPr>" % pg)
            data = s.encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels" and footer:
            s = data.decode("utf-8")
            s = s.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rId90" Target="footer1.xml" /></Relationships>')
            data = s.encode("utf-8")
        elif item.filename == "[Content_Types].xml" and footer:
            s = data.decode("utf-8")
            s = s.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>')
            data = s.encode("utf-8")
        zout.writestr(item, data)
    if footer:
        zout.writestr("word/footer1.xml", FOOTER)
    zout.close()
    return dst


# ----------------------------------------------------------------------------------------
# campaign.yaml
# ----------------------------------------------------------------------------------------
def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_campaign(letters):
    qs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    nr = json.load(open(os.path.join(HERE, "nonresponders.json"), encoding="utf-8"))
    L = ["id: %s" % CAMPAIGN_ID,
         'title: "Independently written replies (dev set): MENA surveillance questionnaire"',
         "organisation: Business & Human Rights Resource Centre (BHRRC)",
         "date_sent: 2022-07",
         "replies: replies",
         "questions:"]
    for q in qs:
        qid = q["id"] if q["id"] != "3" else '"3"'
        L += ["  - id: %s" % qid, '    parent: "%s"' % q["parent"], "    title: %s" % q["title"],
              "    topic: %s" % q["topic"], "    text: %s" % yq(q["text"])]
    L.append("companies:")
    comps = []
    for meta, _ in letters:
        if meta["listed"] == "yes":
            al = [x.strip() for x in meta.get("aliases", "").split(",") if x.strip()]
            comps.append((meta["company"], al, meta["country"], meta["campaign_status"]))
    comps.sort(key=lambda c: c[0].lower())
    for c in nr:
        comps.append((c["name"], c["aliases"], c["country"], "no_response"))
    for name, al, country, st in comps:
        L.append("  - name: %s" % yq(name))
        if al:
            L.append("    aliases: [%s]" % ", ".join(yq(x) for x in al))
        L.append("    country: %s" % country)
        L.append("    status: %s" % st)
    with open(os.path.join(DIR, "campaign.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ----------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------
def main():
    os.makedirs(WORK, exist_ok=True)
    md_dir = os.path.join(WORK, "md")
    docx_dir = os.path.join(WORK, "docx")
    pdf_dir = os.path.join(WORK, "pdf")
    for d in (md_dir, docx_dir, pdf_dir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for sub in ("replies", "gold"):
        shutil.rmtree(os.path.join(DIR, sub), ignore_errors=True)
        os.makedirs(os.path.join(DIR, sub))
    refs = {n: make_refdoc(n) for n in REFS}

    letters = []
    for fn in sorted(os.listdir(os.path.join(HERE, "letters"))):
        if fn.endswith(".txt"):
            meta, blocks = parse_letter(os.path.join(HERE, "letters", fn))
            meta["_source"] = fn
            letters.append((meta, blocks))

    to_pdf = []
    index_rows = []
    for n, (meta, blocks) in enumerate(letters):
        fname = meta["file"]
        stem, ext = os.path.splitext(fname)
        style = meta["style"]
        tmp_stem = "L%02d" % n
        md = to_markdown(blocks)
        mdp = os.path.join(md_dir, tmp_stem + ".md")
        with open(mdp, "w", encoding="utf-8") as f:
            f.write(md)
        docxp = os.path.join(docx_dir, tmp_stem + ".docx")
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", refs[meta["ref"]],
                        "-o", docxp, mdp], check=True)
        if ext == ".docx":
            shutil.copy(docxp, os.path.join(DIR, "replies", fname))
        else:
            to_pdf.append((docxp, os.path.join(pdf_dir, tmp_stem + ".pdf"), os.path.join(DIR, "replies", fname)))
        gl = gold_lines(blocks, style)
        with open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
            for g in gl:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        langs = []
        for g in gl:
            if g["language"] not in langs:
                langs.append(g["language"])
        given = dict(pair.split("=") for pair in meta["status"].split())
        assert sorted(given) == sorted(QIDS), (fname, given)
        status = OrderedDict((q, STATUS_ABBR[given[q]]) for q in QIDS)
        notes = meta["notes"]
        if meta["partials"]:
            notes = notes.rstrip(".") + ". " + "; ".join("Partial: %s (%s)" % p for p in meta["partials"]) + "."
        m = OrderedDict([("file", fname), ("company", meta["company"]), ("listed", meta["listed"] == "yes"),
                         ("style", style), ("languages", langs), ("status", status), ("notes", notes)])
        with open(os.path.join(DIR, "gold", stem + ".meta.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(m, ensure_ascii=False, indent=1) + "\n")
        index_rows.append((fname, meta["company"], style, "+".join(langs), meta["tests"], meta["_source"]))

    if to_pdf:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-dev9", "--convert-to", "pdf",
                        "--outdir", pdf_dir] + [d for d, _, _ in to_pdf], check=True, capture_output=True)
        for _, p, dst in to_pdf:
            shutil.copy(p, dst)

    write_campaign(letters)

    with open(os.path.join(HERE, "INDEX.md"), "w", encoding="utf-8") as f:
        f.write("# Index of replies (independent-dev9)\n\n")
        f.write("One line per reply: file — company — style — languages — what it tests (source file).\n\n")
        for r in index_rows:
            f.write("- `%s` — %s — %s — %s — %s (`letters/%s`)\n" % r)
    write_readme(letters)
    print("built %d replies" % len(letters))


def write_readme(letters):
    golds, metas = [], []
    for meta, _ in letters:
        stem = os.path.splitext(meta["file"])[0]
        golds.append([json.loads(l) for l in open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), encoding="utf-8")])
        metas.append(json.load(open(os.path.join(DIR, "gold", stem + ".meta.json"), encoding="utf-8")))
    fmt = Counter(os.path.splitext(m["file"])[1][1:].upper() for m in metas)
    styles = Counter(m["style"] for m in metas)
    langsets = Counter("+".join(m["languages"]) for m in metas)
    stat = Counter(v for m in metas for v in m["status"].values())
    lines = [g for gl in golds for g in gl]
    kinds = Counter(g["kind"] for g in lines)
    glang = Counter(g["language"] for g in lines)
    marked = sum(1 for g in lines if g["marked"])
    general = sum(1 for g in lines if g["question"] == "general")
    multi = sum(1 for g in lines if len(g["questions"]) > 1)
    listed = sum(1 for m in metas if m["listed"])
    prose = [m for m in metas if m["style"] == "prose"]
    prose_lang = Counter("+".join(m["languages"]) for m in prose)

    def fmtc(c):
        return ", ".join("%s %d" % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

    R = []
    R.append("> **Development set** (campaign id `independent-dev9`), written blind by a tenth writer from `../BRIEF.md`.")
    R.append("")
    R.append("# independent-dev9: 22 replies to the BHRRC MENA surveillance questionnaire")
    R.append("")
    R.append("Every company, person and address in these letters is invented. The letters answer the July 2022 "
             "questionnaire (questions 1a–1c, 2a–2e, 3) reproduced in `campaign.yaml`. They were written from the "
             "brief and the public outreach text only, without looking at the tool, its demo data or other sets.")
    R.append("")
    R.append("## Contents")
    R.append("")
    R.append("- `campaign.yaml` — campaign, the 9 questions, %d companies (%d repliers listed, %d `no_response`)."
             % (listed + len(json.load(open(os.path.join(HERE, "nonresponders.json")))), listed,
                len(json.load(open(os.path.join(HERE, "nonresponders.json"))))))
    R.append("- `replies/` — %d letters: %s." % (len(metas), fmtc(fmt)))
    R.append("- `gold/<stem>.gold.jsonl` — one line per body paragraph; `gold/<stem>.meta.json` — company, style, "
             "languages, per-question status, notes (every partial cell explained as `Partial: <id> (reason)`).")
    R.append("- `sources/` — `letters/*.txt` (one structured source per reply), `build.py` (regenerates everything), "
             "`check.py` (validates yaml/meta/gold and checks every gold paragraph against `pdftotext -raw` and the "
             "DOCX paragraphs), `INDEX.md` (one line per reply).")
    R.append("")
    R.append("## Counts")
    R.append("")
    R.append("- Styles: %s." % fmtc(styles))
    R.append("- Prose letters by language: %s (few discourse cues in 7 of the 11 prose letters)." % fmtc(prose_lang))
    R.append("- Languages per reply: %s." % fmtc(langsets))
    R.append("- Repliers listed in campaign.yaml: %d; not listed (named only in letterhead/signature, file names without "
             "their names): %d." % (listed, len(metas) - listed))
    R.append("- Status cells (%d = 22 × 9): %s." % (sum(stat.values()), fmtc(stat)))
    R.append("- Gold lines: %d (marked %d; general %d; answering more than one question %d)." % (len(lines), marked, general, multi))
    R.append("- Gold lines by kind: %s." % fmtc(kinds))
    R.append("- Gold lines by language: %s." % fmtc(glang))
    R.append("")
    R.append("## Conventions used in the gold")
    R.append("")
    R.append("- `marked` is true only where a question number, a restated question or a table row ties the paragraph "
             "to its question(s): the markers letters, restated questions, the table, Annex A of the annex letter, the "
             "lettered sub-answers of the numbered-other letter. Topical headings of the company's own (headings "
             "style) and policy section numbers in an annex are not question markers, so those paragraphs are unmarked.")
    R.append("- Headings, restated questions and table labels carry the question(s) of the answer they introduce. "
             "Subject lines and annex titles are `heading` lines with question `general`.")
    R.append("- Multi-line address blocks and signatures are one paragraph with line breaks; in the gold the lines "
             "are joined with `\\n`.")
    R.append("- A blanket refusal paragraph lists every question it declines in `questions` (primary = the first); its "
             "topic is `confidentiality_decline`.")
    R.append("- Status follows the brief: `answered` also for clear negatives (\"we have not consulted…\") and for "
             "answers with caveats; `partial` where a main part is missing (products without countries, lists of "
             "countries but not of clients, processes named but not described, risks not outlined, measures limited "
             "to product design); `declined` for explicit refusals or inability to commit.")
    R.append("")
    R.append("## Regenerate")
    R.append("")
    R.append("```\npython3 sources/build.py && python3 sources/check.py\n```")
    with open(os.path.join(DIR, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(R) + "\n")


if __name__ == "__main__":
    main()
