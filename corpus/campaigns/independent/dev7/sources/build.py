#!/usr/bin/env python3
"""Build the independent-dev7 development set from the structured letter sources.

Every reply is one file in sources/letters/*.txt: a header (key: value lines) and, after a line
"===", one block per line.  From the same blocks this script writes
  * the Markdown given to pandoc (-f markdown-smart) -> DOCX (with a per-letter reference.docx
    for fonts, margins, running header / footer),
  * for PDF replies, the PDF made from that DOCX by LibreOffice,
  * gold/<stem>.gold.jsonl and gold/<stem>.meta.json,
  * campaign.yaml, README.md and sources/INDEX.md.
so the gold text cannot drift from the letters.

Block syntax:  [kind tokens...] text
  kind   lh letterhead | l letter | h heading | p paragraph | q question | li list_item (bullet)
         | oli list_item (numbered) | ax annex | th/tq/tl/ta table cells (inside a table)
  tokens question ids (comma separated, primary first: 1a,1b ...), a topic name, m (= marked),
         lang=xx, cs=<custom paragraph style>, rtl, lvl=N (Markdown heading level for h)
Tables:  [table w=10,30,60] ... rows "cell || cell || cell" (each cell "[kind tokens] text") ... [/table]
Inline:  **bold** and *italic* are rendered and stripped from the gold text.
Lines starting with "%%" are comments.

Python standard library only; needs pandoc and LibreOffice (soffice) on PATH.
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

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
CAMPAIGN_ID = "independent-dev7"

QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
QTOPIC = {"1a": "products_and_clients", "1b": "deployment_scale", "1c": "disclosure_commitment",
          "2a": "due_diligence", "2b": "stakeholder_engagement", "2c": "mitigation",
          "2d": "grievance_mechanism", "2e": "policy_commitment", "3": "exit_and_restrictions"}
TOPICS = ["products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"]
KINDS = {"lh": "letterhead", "l": "letter", "h": "heading", "p": "paragraph", "q": "question",
         "li": "list_item", "oli": "list_item", "ax": "annex", "th": "table_header",
         "tq": "table_question", "tl": "table_label", "ta": "table_answer"}
STYLES = ["prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"]
STATUSES = ["answered", "partial", "declined", "not_addressed"]
SUBSTANTIVE = {"paragraph", "annex", "table_answer", "list_item"}

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
    ("2c", "2", "Other actions to prevent adverse impacts",
     "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism",
     "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    ("2e", "2", "Human rights policy",
     "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
    ("3", "3", "Plans to stop sales",
     "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]

# Companies that were sent the questionnaire and never replied (listed as no_response).
NO_RESPONSE = [
    ("Belcourt Identity Systems SAS", ["Belcourt Identity"], "France"),
    ("Qarin Vision Technologies Ltd", ["Qarin Vision"], "Israel"),
    ("Strandvik Radar AB", ["Strandvik Radar"], "Sweden"),
    ("Pallas Intercept Solutions Ltd", ["Pallas Intercept"], "Cyprus"),
]

# ---------------------------------------------------------------------------------------------
# Layouts: fonts, sizes, margins and letterhead look of the per-letter reference.docx
# (DejaVu fonts are the only ones installed here, so PDF letters use them; DOCX-only letters
# name the fonts a company would use in Word.)
LAYOUTS = {
    "serif-classic": dict(font="DejaVu Serif", head="DejaVu Serif", size=21, after=120, before=0, line=276,
                          justify=True, indent=0, margins=(1440, 1300, 1300, 1300), page="A4",
                          lh_align="center", lh_size=30, lh_color="1F3864", head_color="1F3864"),
    "sans-modern": dict(font="DejaVu Sans", head="DejaVu Sans", size=19, after=140, before=0, line=264,
                        justify=False, indent=0, margins=(1200, 1134, 1134, 1134), page="A4",
                        lh_align="left", lh_size=28, lh_color="00695C", head_color="00695C"),
    "condensed-right": dict(font="DejaVu Sans Condensed", head="DejaVu Sans", size=20, after=100, before=0,
                            line=260, justify=True, indent=0, margins=(1000, 1417, 1200, 1417), page="A4",
                            lh_align="right", lh_size=26, lh_color="7B1E1E", head_color="7B1E1E"),
    "serif-indent": dict(font="DejaVu Serif", head="DejaVu Sans", size=20, after=60, before=0, line=288,
                         justify=True, indent=425, margins=(1700, 1417, 1417, 1700), page="A4",
                         lh_align="left", lh_size=24, lh_color="333333", head_color="333333"),
    "letter-us": dict(font="DejaVu Serif", head="DejaVu Sans", size=22, after=160, before=0, line=252,
                      justify=False, indent=0, margins=(1440, 1440, 1440, 1440), page="Letter",
                      lh_align="center", lh_size=28, lh_color="0B3D91", head_color="0B3D91"),
    "memo-mono": dict(font="DejaVu Sans Mono", head="DejaVu Sans Mono", size=18, after=120, before=0,
                      line=252, justify=False, indent=0, margins=(1134, 1134, 1134, 1134), page="A4",
                      lh_align="left", lh_size=22, lh_color="000000", head_color="000000"),
    "word-calibri": dict(font="Calibri", head="Calibri Light", size=22, after=160, before=0, line=259,
                         justify=False, indent=0, margins=(1440, 1440, 1440, 1440), page="A4",
                         lh_align="left", lh_size=32, lh_color="2F5496", head_color="2F5496"),
    "word-arial": dict(font="Arial", head="Arial", size=20, after=120, before=0, line=276,
                       justify=True, indent=0, margins=(1134, 1247, 1134, 1247), page="A4",
                       lh_align="right", lh_size=26, lh_color="C00000", head_color="C00000"),
    "word-times": dict(font="Times New Roman", head="Times New Roman", size=24, after=120, before=0,
                       line=240, justify=True, indent=0, margins=(1440, 1800, 1440, 1800), page="Letter",
                       lh_align="center", lh_size=28, lh_color="000000", head_color="000000"),
    "word-cambria": dict(font="Cambria", head="Cambria", size=22, after=120, before=60, line=264,
                         justify=True, indent=0, margins=(1417, 1417, 1134, 1417), page="A4",
                         lh_align="center", lh_size=26, lh_color="385623", head_color="385623"),
    "word-verdana": dict(font="Verdana", head="Verdana", size=18, after=140, before=0, line=276,
                         justify=False, indent=0, margins=(1300, 1300, 1300, 1300), page="A4",
                         lh_align="left", lh_size=24, lh_color="5B2C6F", head_color="5B2C6F"),
    "word-garamond": dict(font="Garamond", head="Garamond", size=24, after=120, before=0, line=264,
                          justify=True, indent=0, margins=(1600, 1500, 1400, 1500), page="A4",
                          lh_align="center", lh_size=34, lh_color="3B3B3B", head_color="3B3B3B"),
}

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def hf_paragraph(text, align, size=16, color="666666"):
    """A header/footer paragraph; {PAGE} becomes a page-number field."""
    runs = []
    rpr = '<w:rPr><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:color w:val="%s"/></w:rPr>' % (size, size, color)
    for i, part in enumerate(text.split("{PAGE}")):
        if i:
            runs.append('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>' % rpr)
            runs.append('<w:r>%s<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % rpr)
            runs.append('<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>' % rpr)
            runs.append('<w:r>%s<w:t>1</w:t></w:r>' % rpr)
            runs.append('<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>' % rpr)
        if part:
            runs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xml_escape(part)))
    return '<w:p><w:pPr><w:jc w:val="%s"/></w:pPr>%s</w:p>' % (align, "".join(runs))


def make_refdoc(base_ref, layout_name, header, footer, out_path):
    L = LAYOUTS[layout_name]
    with zipfile.ZipFile(base_ref) as zin:
        files = {n: zin.read(n) for n in zin.namelist()}
    styles = files["word/styles.xml"].decode("utf-8")
    font, head = L["font"], L["head"]
    cs_font = "DejaVu Sans" if font.startswith("DejaVu") else "Arial"
    styles = styles.replace(
        '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" />',
        '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s" />' % (font, font, font, cs_font), 1)
    styles = styles.replace(
        '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi" />',
        '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s" />' % (head, head, head, cs_font))
    styles = styles.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                            '<w:sz w:val="%d" />\n        <w:szCs w:val="%d" />' % (L["size"], L["size"]), 1)
    styles = styles.replace('<w:spacing w:after="200" />',
                            '<w:spacing w:after="%d" w:line="%d" w:lineRule="auto" />' % (L["after"], L["line"]), 1)
    body_ppr = '<w:spacing w:before="%d" w:after="%d" />' % (L["before"], L["after"])
    if L["justify"]:
        body_ppr += '<w:jc w:val="both" />'
    if L["indent"]:
        body_ppr += '<w:ind w:firstLine="%d" />' % L["indent"]
    styles = styles.replace('<w:spacing w:before="180" w:after="180" />', body_ppr, 1)
    # heading colours
    styles = re.sub(r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1"( w:themeShade="B5")? />',
                    '<w:color w:val="%s" />' % L["head_color"], styles)
    # heading sizes a little smaller than pandoc's defaults
    for hid, sz in (("Heading1", 28), ("Heading2", 24), ("Heading3", 22)):
        i = styles.find('w:styleId="%s"' % hid)
        j = styles.find("</w:style>", i)
        block = re.sub(r'<w:sz w:val="\d+" />\s*<w:szCs w:val="\d+" />',
                       '<w:sz w:val="%d" /><w:szCs w:val="%d" />' % (sz, sz), styles[i:j])
        block = block.replace('<w:spacing w:before="480" w:after="0" />', '<w:spacing w:before="240" w:after="80" />')
        block = block.replace('<w:spacing w:before="200" w:after="0" />', '<w:spacing w:before="200" w:after="60" />')
        styles = styles[:i] + block + styles[j:]
    # table borders (all tables get a light grid)
    styles = styles.replace(
        '<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblCellMar>',
        '<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/>'
        '<w:left w:val="single" w:sz="4" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:color="808080"/>'
        '<w:right w:val="single" w:sz="4" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:color="808080"/>'
        '<w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders>\n      <w:tblCellMar>', 1)
    custom = """
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead">
    <w:name w:val="Letterhead" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="0" /><w:jc w:val="{al}" /></w:pPr>
    <w:rPr><w:rFonts w:ascii="{head}" w:hAnsi="{head}" w:cs="{cs}" /><w:b /><w:color w:val="{col}" /><w:sz w:val="{lsz}" /><w:szCs w:val="{lsz}" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadSmall">
    <w:name w:val="Letterhead Small" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="{col}" /></w:pBdr><w:spacing w:before="0" w:after="360" /><w:jc w:val="{al}" /></w:pPr>
    <w:rPr><w:color w:val="595959" /><w:sz w:val="16" /><w:szCs w:val="16" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="RightAligned">
    <w:name w:val="Right Aligned" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="120" /><w:jc w:val="right" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Tight">
    <w:name w:val="Tight" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="0" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="SubjectLine">
    <w:name w:val="Subject Line" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="200" w:after="200" /></w:pPr>
    <w:rPr><w:b /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="AnnexTitle">
    <w:name w:val="Annex Title" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:pageBreakBefore /><w:spacing w:before="0" w:after="240" /><w:jc w:val="center" /></w:pPr>
    <w:rPr><w:b /><w:sz w:val="24" /><w:szCs w:val="24" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="SmallPrint">
    <w:name w:val="Small Print" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="240" w:after="0" /></w:pPr>
    <w:rPr><w:i /><w:sz w:val="16" /><w:szCs w:val="16" /></w:rPr>
  </w:style>
""".format(al=L["lh_align"], head=head, cs=cs_font, col=L["lh_color"], lsz=L["lh_size"])
    styles = styles.replace("</w:styles>", custom + "</w:styles>")
    files["word/styles.xml"] = styles.encode("utf-8")

    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    ctypes = files["[Content_Types].xml"].decode("utf-8")
    refs = ""
    if header:
        files["word/header1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>'
                                     % (W_NS, hf_paragraph(header, "right"))).encode("utf-8")
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/'
                            'officeDocument/2006/relationships/header" Target="header1.xml" /></Relationships>')
        ctypes = ctypes.replace("</Types>", '<Override PartName="/word/header1.xml" ContentType="application/'
                                'vnd.openxmlformats-officedocument.wordprocessingml.header+xml" /></Types>')
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1" />'
    if footer:
        files["word/footer1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s>%s</w:ftr>'
                                     % (W_NS, hf_paragraph(footer, "center"))).encode("utf-8")
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/'
                            'officeDocument/2006/relationships/footer" Target="footer1.xml" /></Relationships>')
        ctypes = ctypes.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/'
                                'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>')
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1" />'
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    files["[Content_Types].xml"] = ctypes.encode("utf-8")
    pw, ph = (11906, 16838) if L["page"] == "A4" else (12240, 15840)
    top, right, bottom, left = L["margins"]
    sect = ('<w:sectPr>%s<w:pgSz w:w="%d" w:h="%d" /><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" '
            'w:header="567" w:footer="454" w:gutter="0" /></w:sectPr>' % (refs, pw, ph, top, right, bottom, left))
    doc = files["word/document.xml"].decode("utf-8").replace("<w:sectPr />", sect)
    files["word/document.xml"] = doc.encode("utf-8")
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, data in files.items():
            zout.writestr(n, data)


# ---------------------------------------------------------------------------------------------
# Parsing the letter sources

QID_LIST = re.compile(r"^(1a|1b|1c|2a|2b|2c|2d|2e|3)(,(1a|1b|1c|2a|2b|2c|2d|2e|3))*$")


def parse_tokens(tok, default_lang, where):
    parts = tok.split()
    code = parts[0]
    if code not in KINDS:
        raise SystemExit("%s: unknown kind %r" % (where, code))
    b = dict(code=code, kind=KINDS[code], questions=None, topic=None, marked=False, lang=default_lang,
             cs=None, rtl=False, lvl=None)
    for p in parts[1:]:
        if QID_LIST.match(p):
            b["questions"] = p.split(",")
        elif p in TOPICS:
            b["topic"] = p
        elif p == "m":
            b["marked"] = True
        elif p == "rtl":
            b["rtl"] = True
        elif p.startswith("lang="):
            b["lang"] = p[5:]
        elif p.startswith("cs="):
            b["cs"] = p[3:].replace("_", " ")
        elif p.startswith("lvl="):
            b["lvl"] = int(p[4:])
        else:
            raise SystemExit("%s: unknown token %r" % (where, p))
    if b["questions"] is None:
        b["questions"] = ["general"]
    if b["topic"] is None:
        b["topic"] = "other" if b["questions"] == ["general"] else QTOPIC[b["questions"][0]]
    if b["marked"] and b["questions"] == ["general"]:
        raise SystemExit("%s: marked general block" % where)
    return b


def parse_block_line(line, default_lang, where):
    m = re.match(r"^\[([^\]]+)\]\s*(.*)$", line)
    if not m:
        raise SystemExit("%s: cannot parse %r" % (where, line[:60]))
    b = parse_tokens(m.group(1), default_lang, where)
    b["src"] = m.group(2).strip()
    return b


def parse_letter(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head, i = {"partial": []}, 0
    while lines[i].strip() != "===":
        ln = lines[i]
        i += 1
        if not ln.strip() or ln.startswith("%%"):
            continue
        k, _, v = ln.partition(":")
        k, v = k.strip(), v.strip()
        if k == "partial":
            q, _, why = v.partition("=")
            head["partial"].append((q.strip(), why.strip()))
        else:
            head[k] = v
    blocks, table = [], None
    for n, ln in enumerate(lines[i + 1:], start=i + 2):
        where = "%s:%d" % (os.path.basename(path), n)
        if not ln.strip() or ln.startswith("%%"):
            continue
        if ln.startswith("[table"):
            m = re.match(r"^\[table(?:\s+w=([\d,]+))?\]$", ln.strip())
            table = dict(code="table", widths=[int(x) for x in m.group(1).split(",")] if m.group(1) else None,
                         rows=[])
            continue
        if ln.strip() == "[/table]":
            blocks.append(table)
            table = None
            continue
        if table is not None:
            table["rows"].append([parse_block_line(c.strip(), head["lang"], where) for c in ln.split("||")])
            continue
        blocks.append(parse_block_line(ln, head["lang"], where))
    return head, blocks


# ---------------------------------------------------------------------------------------------
# Markdown and gold text from the same source text

FMT = re.compile(r"(\*\*.+?\*\*|\*[^*]+?\*)")
MD_SPECIAL = set("\\`*_[]<>#$@~^|{}")


def strip_inline(s):
    return FMT.sub(lambda m: m.group(0).strip("*"), s)


def esc(s):
    return "".join("\\" + c if c in MD_SPECIAL else c for c in s)


def md_inline(s):
    out = []
    for part in FMT.split(s):
        if not part:
            continue
        if FMT.fullmatch(part):
            mark = "**" if part.startswith("**") else "*"
            out.append(mark + esc(part.strip("*")) + mark)
        else:
            out.append(esc(part))
    md = "".join(out)
    # protect what pandoc could read as a list marker, block quote, etc. at the start of a paragraph
    m = re.match(r"^(\(?[0-9A-Za-z]{1,6})([.)])(\s)", md)
    if m:
        md = m.group(1).replace("(", "\\(") + "\\" + m.group(2) + md[m.end(2):]
    if md[:1] in "-+:%=>" or md[:1].isspace():
        md = "\\" + md
    return md


def block_markdown(b):
    text = md_inline(b["src"])
    if b["code"] == "h" and b["lvl"]:
        md = "#" * b["lvl"] + " " + text
    elif b["code"] == "li":
        md = "- " + text
    elif b["code"] == "oli":
        md = "1. " + text
    else:
        md = text
    attrs = []
    if b.get("cs"):
        attrs.append('custom-style="%s"' % b["cs"])
    if b.get("rtl"):
        attrs.append('dir="rtl"')
    if attrs:
        md = "::: {%s}\n%s\n:::" % (" ".join(attrs), md)
    return md


def table_markdown(t):
    rows = t["rows"]
    ncol = len(rows[0])
    widths = t["widths"] or [100 // ncol] * ncol
    lines = ["| " + " | ".join(md_inline(c["src"]) for c in rows[0]) + " |",
             "|" + "|".join("-" * max(3, w) for w in widths) + "|"]
    for r in rows[1:]:
        if len(r) != ncol:
            raise SystemExit("table row with %d cells, expected %d" % (len(r), ncol))
        lines.append("| " + " | ".join(md_inline(c["src"]) for c in r) + " |")
    return "\n".join(lines)


def gold_line(b, style):
    qs = b["questions"]
    return {"text": strip_inline(b["src"]), "question": qs[0], "questions": qs, "topic": b["topic"],
            "kind": b["kind"], "marked": b["marked"], "style": style, "language": b["lang"]}


def flatten(blocks):
    for b in blocks:
        if b["code"] == "table":
            for r in b["rows"]:
                for c in r:
                    yield c
        else:
            yield b


def words(s):
    return len(s.split())


# ---------------------------------------------------------------------------------------------

def validate(head, gold, where):
    errs = []
    style = head["style"]
    if style not in STYLES:
        errs.append("unknown style %s" % style)
    status = dict(x.split("=") for x in head["status"].split())
    if sorted(status) != sorted(QIDS) or any(v not in STATUSES for v in status.values()):
        errs.append("bad status line")
    partial_q = [q for q, _ in head["partial"]]
    if sorted(partial_q) != sorted(q for q in QIDS if status.get(q) == "partial"):
        errs.append("partial explanations %s do not match partial statuses" % partial_q)
    for q in QIDS:
        lines = [g for g in gold if q in g["questions"]]
        subst = [g for g in lines if g["kind"] in SUBSTANTIVE]
        if status[q] == "not_addressed" and lines:
            errs.append("%s not_addressed but tagged in %d lines" % (q, len(lines)))
        if status[q] != "not_addressed" and not subst:
            errs.append("%s is %s but no substantive paragraph" % (q, status[q]))
    for g in gold:
        if g["kind"] in SUBSTANTIVE:
            n = words(g["text"])
            if not 15 <= n <= 180:
                errs.append("paragraph of %d words: %s" % (n, g["text"][:50]))
        if style == "prose" and g["marked"]:
            errs.append("marked line in prose letter")
        if g["language"] not in ("en", "fr", "de", "ar"):
            errs.append("language %s" % g["language"])
    total = sum(words(g["text"]) for g in gold)
    lo, hi = (80, 200) if head.get("refusal") == "blanket" else (80, 300) if head.get("refusal") == "partial" \
        else (300, 1200)
    if not lo <= total <= hi:
        errs.append("reply has %d words (expected %d-%d)" % (total, lo, hi))
    for e in errs:
        print("ERROR %s: %s" % (where, e))
    return not errs, status, total


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    letters = sorted(glob.glob(os.path.join(HERE, "letters", "*.txt")))
    tmp = tempfile.mkdtemp(prefix="dev7-build-")
    base_ref = os.path.join(tmp, "base-reference.docx")
    with open(base_ref, "wb") as f:
        f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                               check=True, capture_output=True).stdout)
    for d in ("replies", "gold"):
        for old in glob.glob(os.path.join(DEV, d, "*")):
            os.remove(old)
    ok_all, pdf_jobs, records, files_seen = True, [], [], set()
    for path in letters:
        head, blocks = parse_letter(path)
        where = os.path.basename(path)
        fname = head["file"]
        if fname in files_seen:
            raise SystemExit("duplicate file name %s" % fname)
        files_seen.add(fname)
        stem, ext = os.path.splitext(fname)
        style = head["style"]
        gold = [gold_line(b, style) for b in flatten(blocks)]
        ok, status, total = validate(head, gold, where)
        ok_all &= ok
        md = "\n\n".join(table_markdown(b) if b["code"] == "table" else block_markdown(b) for b in blocks) + "\n"
        key = os.path.splitext(where)[0]
        md_path = os.path.join(tmp, key + ".md")
        with open(md_path, "w", encoding="utf-8") as f:
            f.write(md)
        ref = os.path.join(tmp, key + "-reference.docx")
        make_refdoc(base_ref, head["layout"], head.get("header"), head.get("footer"), ref)
        docx_out = os.path.join(tmp, key + ".docx") if ext == ".pdf" else os.path.join(DEV, "replies", fname)
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", ref, "-o", docx_out,
                        md_path], check=True)
        if ext == ".pdf":
            pdf_jobs.append((docx_out, fname))
        with open(os.path.join(DEV, "gold", stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
            for g in gold:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        langs = []
        for g in gold:
            if g["language"] not in langs:
                langs.append(g["language"])
        notes = head["notes"]
        for q, why in head["partial"]:
            notes += " Partial: %s (%s)." % (q, why)
        meta = {"file": fname, "company": head["company"], "listed": head["listed"] == "yes", "style": style,
                "languages": langs, "status": {q: status[q] for q in QIDS}, "notes": notes}
        with open(os.path.join(DEV, "gold", stem + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=2)
            f.write("\n")
        records.append(dict(head=head, meta=meta, gold=gold, words=total, source=where))
    # PDFs: LibreOffice, one private profile
    if pdf_jobs:
        outdir = os.path.join(tmp, "pdf")
        os.makedirs(outdir, exist_ok=True)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-dev7", "--convert-to", "pdf",
                        "--outdir", outdir] + [d for d, _ in pdf_jobs], check=True, capture_output=True)
        for d, fname in pdf_jobs:
            produced = os.path.join(outdir, os.path.splitext(os.path.basename(d))[0] + ".pdf")
            shutil.copyfile(produced, os.path.join(DEV, "replies", fname))
    write_campaign(records)
    write_index(records)
    write_readme(records)
    shutil.rmtree(tmp)
    print("built %d replies into %s" % (len(records), DEV))
    if not ok_all:
        raise SystemExit("validation errors, see above")


def write_campaign(records):
    out = ["id: %s" % CAMPAIGN_ID,
           'title: "Independently written replies (dev set): MENA surveillance questionnaire"',
           "organisation: Business & Human Rights Resource Centre (BHRRC)",
           "date_sent: 2022-07",
           "replies: replies",
           "questions:"]
    for qid, parent, title, text in QUESTIONS:
        out += ['  - id: %s' % ('"3"' if qid == "3" else qid),
                '    parent: "%s"' % parent,
                "    title: %s" % title,
                "    topic: %s" % QTOPIC[qid],
                "    text: %s" % yaml_str(text)]
    out.append("companies:")
    names = set()
    listed = [r for r in records if r["meta"]["listed"]]
    listed.sort(key=lambda r: r["head"].get("yaml_name", r["meta"]["company"]))
    entries = []
    for r in listed:
        h = r["head"]
        aliases = [a.strip() for a in h.get("aliases", "").split(";") if a.strip()]
        entries.append((h.get("yaml_name", r["meta"]["company"]), aliases, h["country"], h.get("yaml_status", "responded")))
    for name, aliases, country in NO_RESPONSE:
        entries.append((name, aliases, country, "no_response"))
    for name, aliases, country, status in entries:
        for n in [name] + aliases:
            if n.lower() in names:
                raise SystemExit("duplicate company name/alias %s" % n)
            names.add(n.lower())
        out.append("  - name: %s" % yaml_str(name))
        if aliases:
            out.append("    aliases: [%s]" % ", ".join(yaml_str(a) for a in aliases))
        out.append("    country: %s" % country)
        out.append("    status: %s" % status)
    with open(os.path.join(DEV, "campaign.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_index(records):
    out = ["# Sources of the independent-dev7 replies", "",
           "One structured source per reply in `letters/`; `build.py` renders them (Markdown -> DOCX with pandoc "
           "`-f markdown-smart`, DOCX -> PDF with LibreOffice) and writes the gold from the same blocks; "
           "`check.py` verifies the result.", "",
           "| Source | File | Company | Listed | Style | Languages | Layout | What it tests |",
           "|---|---|---|---|---|---|---|---|"]
    for r in records:
        m, h = r["meta"], r["head"]
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["source"], m["file"], m["company"], "yes" if m["listed"] else "no", m["style"],
            ", ".join(m["languages"]), h["layout"], h["tests"].replace("|", "/")))
    with open(os.path.join(HERE, "INDEX.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_readme(records):
    from collections import Counter
    n = len(records)
    fmt = Counter(os.path.splitext(r["meta"]["file"])[1][1:].upper() for r in records)
    styles = Counter(r["meta"]["style"] for r in records)
    lang_main = Counter(r["head"]["lang"] for r in records)
    status = Counter(v for r in records for v in r["meta"]["status"].values())
    gold = [g for r in records for g in r["gold"]]
    tied = [g for g in gold if g["question"] != "general"]
    marked = [g for g in tied if g["marked"]]
    kinds = Counter(g["kind"] for g in gold)
    topics = Counter(g["topic"] for g in gold)
    glang = Counter(g["language"] for g in gold)
    listed = sum(1 for r in records if r["meta"]["listed"])
    words_ = [r["words"] for r in records]
    multi = sum(1 for g in tied if len(g["questions"]) > 1)
    L = ["> **Development set** (campaign id `%s`), written blind by an eighth writer from `../BRIEF.md`." % CAMPAIGN_ID,
         "",
         "# Independently written replies, dev set 7: MENA surveillance questionnaire",
         "",
         "%d fictional company replies (%d PDF, %d DOCX) to the Resource Centre's July 2022 questionnaire on "
         "surveillance technology for migration and border control in the Middle East and North Africa, with "
         "paragraph-level gold annotations. Every company, person and address is invented. The writer read only "
         "`../BRIEF.md` and the public outreach text; no tool output, source code, model, training data or other "
         "set was consulted." % (n, fmt.get("PDF", 0), fmt.get("DOCX", 0)),
         "",
         "## Layout",
         "",
         "- `campaign.yaml` — campaign, the 9 questions, %d companies: %d replying companies that are listed, "
         "plus %d `no_response` companies. %d replying companies are deliberately **not** listed (named only in "
         "the letterhead or signature; their file names do not contain their names)."
         % (listed + len(NO_RESPONSE), listed, len(NO_RESPONSE), n - listed),
         "- `replies/` — the %d letters." % n,
         "- `gold/<stem>.gold.jsonl` — one line per body paragraph, in reading order; `gold/<stem>.meta.json` — "
         "company, listed flag, style, languages, per-question status and notes (every `partial` cell is explained "
         "there as `Partial: <id> (...)`).",
         "- `sources/` — `letters/*.txt` (one structured source per reply), `build.py` (renders the letters and "
         "writes the gold, `campaign.yaml`, this README and `sources/INDEX.md` from the same blocks), `check.py` "
         "(checks every gold paragraph against `pdftotext` output / the DOCX paragraphs, plus schema and "
         "consistency checks) and `INDEX.md` (one line per reply).",
         "",
         "Regenerate with `python3 sources/build.py`, then verify with `python3 sources/check.py`.",
         "",
         "## Replies by style and main language",
         "",
         "| Style | Replies | en | fr | de | of which with ar paragraphs |",
         "|---|---|---|---|---|---|"]
    for s in STYLES:
        rs = [r for r in records if r["meta"]["style"] == s]
        if not rs:
            continue
        c = Counter(r["head"]["lang"] for r in rs)
        ar = sum(1 for r in rs if "ar" in r["meta"]["languages"])
        L.append("| %s | %d | %d | %d | %d | %d |" % (s, len(rs), c.get("en", 0), c.get("fr", 0), c.get("de", 0), ar))
    L.append("| **total** | **%d** | %d | %d | %d | %d |" % (n, lang_main.get("en", 0), lang_main.get("fr", 0),
                                                            lang_main.get("de", 0),
                                                            sum(1 for r in records if "ar" in r["meta"]["languages"])))
    L += ["",
          "Main languages: %d English (one of them with two Arabic paragraphs, one with a French closing formula), "
          "%d French, %d German. " % (lang_main.get("en", 0), lang_main.get("fr", 0), lang_main.get("de", 0)) +
          "Prose letters carry no question numbers, restated questions or question headings; six of the twelve "
          "have few or no discourse cues, several answer in a different order from the questionnaire, combine two "
          "questions in one paragraph or skip questions silently. The four letters with question markers use "
          "notations invented for this set (roman sub-numbering, requirement-style ids that number the "
          "sub-questions, bilingual point/item headings, and a table with its own letter-number references). "
          "The refusals comprise two blanket refusals (company status `declined`) and one partial refusal that "
          "answers a few questions before declining the rest.",
          "",
          "Reply lengths: %d–%d words (mean %d)." % (min(words_), max(words_), sum(words_) // n),
          "",
          "## Question statuses (%d replies × 9 questions = %d cells)" % (n, 9 * n),
          "",
          "| Status | Cells |", "|---|---|"]
    for s in STATUSES:
        L.append("| %s | %d |" % (s, status.get(s, 0)))
    L += ["", "Per question:", "", "| Question | answered | partial | declined | not_addressed |", "|---|---|---|---|---|"]
    for q in QIDS:
        c = Counter(r["meta"]["status"][q] for r in records)
        L.append("| %s | %d | %d | %d | %d |" % (q, c["answered"], c["partial"], c["declined"], c["not_addressed"]))
    L += ["",
          "## Gold paragraphs",
          "",
          "%d gold lines in all; %d are tied to a question (not `general`), of which %d are `marked` and %d "
          "unmarked; %d tied lines answer more than one question."
          % (len(gold), len(tied), len(marked), len(tied) - len(marked), multi),
          "",
          "| Kind | Lines |", "|---|---|"]
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        L.append("| %s | %d |" % (k, v))
    L += ["", "| Topic | Lines |", "|---|---|"]
    for t in TOPICS:
        L.append("| %s | %d |" % (t, topics.get(t, 0)))
    L += ["", "| Paragraph language | Lines |", "|---|---|"]
    for k, v in sorted(glang.items(), key=lambda kv: -kv[1]):
        L.append("| %s | %d |" % (k, v))
    L += ["",
          "## Notes on the annotation",
          "",
          "- Letterhead lines, date, addressee, subject line, greeting, closing and signature lines are `general` / "
          "`other`; running headers and footers (page numbers, registration details) are not in the gold.",
          "- Topical headings carry the question of the section they introduce but are not `marked` (a topical "
          "heading is not a question number or restated question); marker headings, restated questions and table "
          "rows are `marked`.",
          "- Section numbers inside the annexed policy extract (e.g. `2.1`, `4.1`) are the policy's own numbering, "
          "not question numbers; those paragraphs are unmarked.",
          "- A paragraph's `topic` says what it is about, which can differ from its question's topic (e.g. an answer "
          "to 2a made entirely of export-licensing facts is `export_control`; a refusal of 1b is "
          "`confidentiality_decline`).",
          ""]
    with open(os.path.join(DEV, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
