#!/usr/bin/env python3
"""Build the independent-dev8 set from the structured letter sources.

    python3 sources/build.py

For every letters/*.py source (one LETTER dict each) this script
  * writes Markdown and renders it with pandoc (-f markdown-smart) to DOCX, using a
    per-letter reference DOCX (fonts, page size, optional footer),
  * converts the PDF replies from DOCX with LibreOffice (headless),
  * writes gold/<stem>.gold.jsonl and gold/<stem>.meta.json from the same blocks,
  * writes campaign.yaml and sources/INDEX.md.
Only python3 standard library, pandoc and LibreOffice are used.
"""
import glob
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape as xml_escape

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from blocks import QUESTIONS, QIDS  # noqa: E402

CAMPAIGN_ID = "independent-dev8"
BUILD = "/tmp/dev8-build"
LO_PROFILE = "file:///tmp/lo-dev8"

NO_RESPONSE = [
    {"name": "Oberlin Signalaufklärung GmbH", "aliases": ["Oberlin"], "country": "Germany"},
    {"name": "Sarcelle Systèmes SA", "aliases": ["Sarcelle"], "country": "France"},
    {"name": "Ravenbrook Perimeter Ltd", "aliases": ["Ravenbrook"], "country": "United Kingdom"},
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


# ---------------------------------------------------------------- Markdown
def esc(s):
    """Backslash-escape every ASCII punctuation character so pandoc keeps it literal
    (no accidental lists, emphasis or headings from typed labels such as '1.' or '(a)')."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", s)


def inline(text):
    parts = text.split("**")
    assert len(parts) % 2 == 1, text
    out = []
    for i, p in enumerate(parts):
        if i % 2:
            assert p == p.strip() and p, text
            out.append("**" + esc(p) + "**")
        else:
            out.append(esc(p))
    return "".join(out)


def gold_text(text):
    return text.replace("**", "")


def div(attrs, body):
    return "::: {" + attrs + "}\n" + body + "\n:::"


def block_md(b):
    fmt = b["fmt"]
    t = b["text"]
    rtl = ' dir="rtl" lang="ar"' if (b["lang"] == "ar") else ""
    if fmt in (None, "p"):
        md = inline(t)
        return div(rtl.strip(), md) if rtl else md
    if fmt == "bold":
        assert "**" not in t
        md = "**" + esc(t) + "**"
        return div(rtl.strip(), md) if rtl else md
    if fmt == "italic":
        return "*" + esc(t) + "*"
    if fmt in ("h2", "h3", "h4"):
        return "#" * int(fmt[1]) + " " + inline(t)
    if fmt == "lh":
        return div('custom-style="Letterhead"' + rtl, inline(t))
    if fmt == "lhs":
        return div('custom-style="Letterhead Small"' + rtl, inline(t))
    if fmt == "line":
        return div('custom-style="Letter Line"' + rtl, inline(t))
    if fmt == "quote":
        return "> " + inline(t)
    raise ValueError(fmt)


def table_md(tb):
    lines = ["| " + " | ".join(inline(h["text"]) for h in tb["header"]) + " |",
             "|" + "|".join("-" * w for w in tb["widths"]) + "|"]
    for row in tb["rows"]:
        lines.append("| " + " | ".join(inline(c["text"]) for c in row) + " |")
    return "\n".join(lines)


def letter_md(L):
    chunks = []
    blocks = L["blocks"]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b["kind"] == "table":
            chunks.append(table_md(b))
            i += 1
            continue
        if b["kind"] == "pagebreak":
            chunks.append('```{=openxml}\n<w:p><w:r><w:br w:type="page" /></w:r></w:p>\n```')
            i += 1
            continue
        if b["kind"] == "list_item":
            fmt = b["fmt"]
            items = []
            while i < len(blocks) and blocks[i]["kind"] == "list_item" and blocks[i]["fmt"] == fmt:
                prefix = {"ol": "1. ", "ul": "- ", "ola": "a. "}[fmt]
                items.append(prefix + inline(blocks[i]["text"]))
                i += 1
            chunks.append("\n".join(items))
            continue
        chunks.append(block_md(b))
        i += 1
    return "\n\n".join(chunks) + "\n"


# ---------------------------------------------------------------- reference DOCX
_DEFAULT_REF = None


def default_ref():
    global _DEFAULT_REF
    if _DEFAULT_REF is None:
        _DEFAULT_REF = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                                      capture_output=True, check=True).stdout
    return _DEFAULT_REF


def make_ref(out, font="DejaVu Serif", hfont=None, size=22, footer=None, a4=True,
             margin=1300, justify=False):
    hfont = hfont or font
    zin = zipfile.ZipFile(io.BytesIO(default_ref()))
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/styles.xml":
            s = data.decode()
            s = re.sub(r'<w:rFonts w:asciiTheme="minorHAnsi"[^>]*/>',
                       f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="DejaVu Sans" />', s)
            s = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^>]*/>',
                       f'<w:rFonts w:ascii="{hfont}" w:hAnsi="{hfont}" w:eastAsia="{hfont}" w:cs="DejaVu Sans" />', s)
            s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                          f'<w:sz w:val="{size}" />\n        <w:szCs w:val="{size}" />', 1)
            s = re.sub(r'<w:color w:val="[0-9A-F]+" w:themeColor="accent1"[^>]*/>', '<w:color w:val="1F1F1F" />', s)
            borders = ('<w:tblBorders>' + "".join(
                f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="7F7F7F" />'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
            s = s.replace('<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblCellMar>',
                          '<w:tblInd w:w="0" w:type="dxa" />\n      ' + borders + '<w:tblCellMar>', 1)
            if justify:
                s = s.replace('<w:spacing w:before="180" w:after="180" />',
                              '<w:spacing w:before="120" w:after="120" /><w:jc w:val="both" />', 1)
            extra = (
                f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead"><w:name w:val="Letterhead" />'
                f'<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr><w:jc w:val="center" /><w:spacing w:before="0" w:after="60" /></w:pPr>'
                f'<w:rPr><w:rFonts w:ascii="{hfont}" w:hAnsi="{hfont}" /><w:b /><w:sz w:val="{size + 6}" /></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadSmall"><w:name w:val="Letterhead Small" />'
                f'<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr><w:jc w:val="center" /><w:spacing w:before="0" w:after="360" /></w:pPr>'
                f'<w:rPr><w:sz w:val="{size - 4}" /></w:rPr></w:style>'
                f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterLine"><w:name w:val="Letter Line" />'
                f'<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr><w:spacing w:before="0" w:after="80" /></w:pPr></w:style>'
                '</w:styles>')
            s = s.replace("</w:styles>", extra)
            data = s.encode()
        elif item.filename == "word/document.xml":
            s = data.decode()
            pg = '<w:pgSz w:w="11906" w:h="16838" />' if a4 else '<w:pgSz w:w="12240" w:h="15840" />'
            fr = '<w:footerReference w:type="default" r:id="rIdFoot1" />' if footer else ''
            s = s.replace("<w:sectPr />",
                          f'<w:sectPr>{fr}{pg}<w:pgMar w:top="{margin}" w:right="{margin}" w:bottom="{margin}" '
                          f'w:left="{margin}" w:header="700" w:footer="600" w:gutter="0" /></w:sectPr>')
            data = s.encode()
        elif item.filename == "word/_rels/document.xml.rels" and footer:
            data = data.decode().replace(
                "</Relationships>",
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
                'Id="rIdFoot1" Target="footer1.xml" /></Relationships>').encode()
        elif item.filename == "[Content_Types].xml" and footer:
            data = data.decode().replace(
                "</Types>",
                '<Override PartName="/word/footer1.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>').encode()
        zout.writestr(item, data)
    if footer:
        zout.writestr("word/footer1.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                      '<w:p><w:pPr><w:jc w:val="center" /></w:pPr><w:r><w:rPr><w:sz w:val="15" /></w:rPr>'
                      f'<w:t xml:space="preserve">{xml_escape(footer)}</w:t></w:r></w:p></w:ftr>')
    zout.close()


def postprocess_docx(path):
    """Keep table rows on one page (so a cell's text is not split across pages)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = zipfile.ZipFile(path + ".tmp", "w", zipfile.ZIP_DEFLATED)
    for item, data in items:
        if item.filename == "word/document.xml":
            s = data.decode()
            s = s.replace("<w:tr><w:trPr>", "<w:tr><w:trPr><w:cantSplit />")
            s = re.sub(r"<w:tr>(?!<w:trPr>)", "<w:tr><w:trPr><w:cantSplit /></w:trPr>", s)
            data = s.encode()
        out.writestr(item, data)
    out.close()
    os.replace(path + ".tmp", path)


# ---------------------------------------------------------------- gold
def gold_lines(L):
    lines = []

    def add(b):
        marked = b["marked"]
        if marked is None:
            marked = L["marked_default"]
        lines.append({"text": gold_text(b["text"]), "question": b["questions"][0],
                      "questions": b["questions"], "topic": b["topic"], "kind": b["kind"],
                      "marked": bool(marked), "style": L["style"], "language": b["lang"] or L["lang"]})

    for b in L["blocks"]:
        if b["kind"] == "pagebreak":
            continue
        if b["kind"] == "table":
            for h in b["header"]:
                add(h)
            for row in b["rows"]:
                for c in row:
                    add(c)
        else:
            add(b)
    return lines


def wc(s):
    return len(s.split())


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_campaign(letters):
    out = [f"id: {CAMPAIGN_ID}",
           'title: "Independently written replies (dev set 8): MENA surveillance questionnaire"',
           "organisation: Business & Human Rights Resource Centre (BHRRC)",
           "date_sent: 2022-07",
           "replies: replies",
           "questions:"]
    for qid, parent, title, topic, text in QUESTIONS:
        out += [f"  - id: {yq(qid) if qid == '3' else qid}", f'    parent: "{parent}"',
                f"    title: {title}", f"    topic: {topic}", f"    text: {yq(text)}"]
    out.append("companies:")
    comps = [L for L in letters if L["listed"]]
    entries = [{"name": L["company"], "aliases": L.get("aliases", []), "country": L["country"],
                "status": L["campaign_status"]} for L in comps]
    entries += [dict(c, status="no_response") for c in NO_RESPONSE]
    for e in entries:
        out.append(f"  - name: {yq(e['name'])}")
        if e["aliases"]:
            out.append("    aliases: [" + ", ".join(yq(a) for a in e["aliases"]) + "]")
        out.append(f"    country: {e['country']}")
        out.append(f"    status: {e['status']}")
    with open(os.path.join(DIR, "campaign.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_index(letters):
    out = ["# Sources index — independent-dev8", "",
           "One line per reply: file, company, listed in campaign.yaml, style, languages, source file, what it tests.", "",
           "| File | Company | Listed | Style | Languages | Source | What it tests |",
           "|---|---|---|---|---|---|---|"]
    for L in letters:
        out.append(f"| {L['file']} | {L['company']} | {'yes' if L['listed'] else 'no'} | {L['style']} | "
                   f"{', '.join(L['languages'])} | `{L['source']}` | {L['tests']} |")
    with open(os.path.join(HERE, "INDEX.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    letters = load_letters()
    files = [L["file"] for L in letters]
    assert len(set(files)) == len(files), "duplicate file names"
    stems = [os.path.splitext(f)[0] for f in files]
    assert len(set(stems)) == len(stems), "duplicate stems"
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(os.path.join(BUILD, "pdf"))
    for d in ("replies", "gold"):
        p = os.path.join(DIR, d)
        for f in os.listdir(p):
            os.remove(os.path.join(p, f))
    pdf_jobs = []
    for L in letters:
        stem, ext = os.path.splitext(L["file"])
        L["lines"] = gold_lines(L)
        langs = []
        for g in L["lines"]:
            if g["language"] not in langs:
                langs.append(g["language"])
        L["languages"] = langs
        ref = os.path.join(BUILD, stem + ".ref.docx")
        make_ref(ref, **L.get("layout", {}))
        md = os.path.join(BUILD, stem + ".md")
        with open(md, "w", encoding="utf-8") as f:
            f.write(letter_md(L))
        docx = os.path.join(BUILD, stem + ".docx")
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", ref,
                        "-o", docx, md], check=True)
        postprocess_docx(docx)
        if ext == ".docx":
            shutil.copy(docx, os.path.join(DIR, "replies", L["file"]))
        else:
            assert ext == ".pdf"
            pdf_jobs.append(docx)
        with open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
            for g in L["lines"]:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        meta = {"file": L["file"], "company": L["company"], "listed": L["listed"], "style": L["style"],
                "languages": langs, "status": {q: L["status"][q] for q in QIDS}, "notes": L["notes"]}
        with open(os.path.join(DIR, "gold", stem + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False)
            f.write("\n")
    if pdf_jobs:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                        "--convert-to", "pdf", "--outdir", os.path.join(BUILD, "pdf")] + pdf_jobs,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for docx in pdf_jobs:
            stem = os.path.splitext(os.path.basename(docx))[0]
            shutil.copy(os.path.join(BUILD, "pdf", stem + ".pdf"), os.path.join(DIR, "replies", stem + ".pdf"))
    write_campaign(letters)
    write_index(letters)
    # summary and length warnings
    for L in letters:
        total = sum(wc(g["text"]) for g in L["lines"])
        lo, hi = (80, 200) if L.get("full_refusal") else ((80, 260) if L["style"] == "refusal" else (250, 900))
        flag = "" if lo <= total <= hi else f"  <-- outside {lo}-{hi}"
        print(f"{L['file']:55s} {L['style']:8s} {','.join(L['languages']):6s} words={total}{flag}")
        for g in L["lines"]:
            if g["kind"] in ("paragraph", "annex", "list_item", "table_answer") and g["question"] != "general" \
                    and not (15 <= wc(g["text"]) <= 180):
                print(f"    length {wc(g['text'])}: {g['text'][:70]}")
            if g["kind"] == "paragraph" and g["question"] == "general" and wc(g["text"]) > 180:
                print(f"    long general: {g['text'][:70]}")


if __name__ == "__main__":
    main()
