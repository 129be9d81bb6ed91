"""Make per-letter pandoc reference documents and post-process pandoc's DOCX output
(fonts, sizes, letterhead styles, margins, running header/footer with page numbers)."""
import os
import re
import shutil
import subprocess
import zipfile
from xml.sax.saxutils import escape as xesc

DEFAULT = {
    "font": "Calibri", "hfont": None, "size": 11, "before": 0, "after": 8, "line": None, "justify": False,
    "lh_font": None, "lh_size": 16, "lh_color": "1F3864", "lh_align": "left", "lh_caps": False,
    "heading_color": "1F3864", "heading_size": 12, "margins": (2.5, 2.5, 2.5, 2.5),
    "header": None, "footer": None, "page_numbers": None, "table_borders": True, "lang": "en-GB",
    "quoted_color": "555555", "annex_size": None,
}


def _rpr_fonts(f):
    return f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}" w:eastAsia="{f}" />'


def _pstyle(sid, name, ppr="", rpr="", based="Normal"):
    return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}" />'
            f'<w:basedOn w:val="{based}" /><w:qFormat /><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


def make_reference(layout, path):
    L = dict(DEFAULT, **layout)
    tmp = path + ".d"
    if os.path.exists(tmp):
        shutil.rmtree(tmp)
    base = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], capture_output=True,
                          check=True).stdout
    with open(path + ".base", "wb") as fh:
        fh.write(base)
    zin = zipfile.ZipFile(path + ".base")
    files = {n: zin.read(n) for n in zin.namelist()}
    s = files["word/styles.xml"].decode("utf8")
    font = L["font"]
    hfont = L["hfont"] or font
    lhfont = L["lh_font"] or hfont
    half = int(round(L["size"] * 2))
    # defaults: font, size, language
    s = re.sub(r'<w:rFonts w:asciiTheme="minorHAnsi"[^>]*/>', _rpr_fonts(font), s, count=1)
    s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                  f'<w:sz w:val="{half}" />\n        <w:szCs w:val="{half}" />', 1)
    s = s.replace('w:lang w:val="en-US"', f'w:lang w:val="{L["lang"]}"', 1)
    # heading fonts and colours
    s = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^>]*/>', _rpr_fonts(hfont), s)
    s = re.sub(r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1"( w:themeShade="B5")? />',
               f'<w:color w:val="{L["heading_color"]}" />', s)
    hs = int(L["heading_size"] * 2)
    s = re.sub(r'(w:styleId="Heading2">.*?<w:sz w:val=")28(" />\s*<w:szCs w:val=")28',
               lambda m: m.group(1) + str(hs) + m.group(2) + str(hs), s, flags=re.S)
    s = re.sub(r'(w:styleId="Heading3">.*?<w:sz w:val=")\d+(" />\s*<w:szCs w:val=")\d+',
               lambda m: m.group(1) + str(hs) + m.group(2) + str(hs), s, count=1, flags=re.S)
    # body text spacing / justification
    line = f' w:line="{int(L["line"] * 240)}" w:lineRule="auto"' if L["line"] else ""
    body_ppr = f'<w:spacing w:before="{int(L["before"] * 20)}" w:after="{int(L["after"] * 20)}"{line} />'
    if L["justify"]:
        body_ppr += '<w:jc w:val="both" />'
    s = s.replace('<w:spacing w:before="180" w:after="180" />', body_ppr, 1)
    # table borders
    if L["table_borders"]:
        s = s.replace('<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblCellMar>',
                      '<w:tblInd w:w="0" w:type="dxa" /><w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/>'
                      '<w:left w:val="single" w:sz="4" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:color="808080"/>'
                      '<w:right w:val="single" w:sz="4" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:color="808080"/>'
                      '<w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders>\n      <w:tblCellMar>', 1)
    # custom paragraph styles
    lh_half = int(L["lh_size"] * 2)
    caps = ""  # no caps: gold text must match what is displayed
    extra = [
        _pstyle("Letterhead", "Letterhead", f'<w:spacing w:before="0" w:after="40" /><w:jc w:val="{L["lh_align"]}" />',
                f'{_rpr_fonts(lhfont)}<w:b />{caps}<w:color w:val="{L["lh_color"]}" /><w:sz w:val="{lh_half}" /><w:szCs w:val="{lh_half}" />'),
        _pstyle("LetterheadSub", "LetterheadSub", f'<w:spacing w:before="0" w:after="0" /><w:jc w:val="{L["lh_align"]}" />',
                f'{_rpr_fonts(lhfont)}<w:color w:val="595959" /><w:sz w:val="{max(half - 4, 14)}" /><w:szCs w:val="{max(half - 4, 14)}" />'),
        _pstyle("LetterheadRule", "LetterheadRule",
                f'<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="{L["lh_color"]}" /></w:pBdr>'
                f'<w:spacing w:before="0" w:after="240" /><w:jc w:val="{L["lh_align"]}" />',
                f'{_rpr_fonts(lhfont)}<w:color w:val="595959" /><w:sz w:val="{max(half - 4, 14)}" /><w:szCs w:val="{max(half - 4, 14)}" />'),
        _pstyle("Right", "Right", '<w:spacing w:before="0" w:after="160" /><w:jc w:val="right" />'),
        _pstyle("Greeting", "Greeting", '<w:spacing w:before="240" w:after="160" />'),
        _pstyle("Spaced", "Spaced", '<w:spacing w:before="240" w:after="160" />'),
        _pstyle("Tight", "Tight", '<w:spacing w:before="0" w:after="0" />'),
        _pstyle("Subject", "Subject", '<w:spacing w:before="120" w:after="160" />', "<w:b />"),
        _pstyle("Quoted", "Quoted",
                '<w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="A0A0A0" /></w:pBdr>'
                '<w:spacing w:before="0" w:after="100" /><w:ind w:left="360" />',
                f'<w:color w:val="{L["quoted_color"]}" />'),
        _pstyle("QuotedHead", "QuotedHead", '<w:spacing w:before="0" w:after="0" /><w:ind w:left="360" />',
                f'<w:color w:val="{L["quoted_color"]}" /><w:sz w:val="{max(half - 2, 14)}" />'),
        _pstyle("Annex", "Annex", '<w:spacing w:before="0" w:after="120" /><w:ind w:left="284" /><w:jc w:val="both" />',
                (f'<w:sz w:val="{int(L["annex_size"] * 2)}" /><w:szCs w:val="{int(L["annex_size"] * 2)}" />'
                 if L["annex_size"] else "")),
        _pstyle("AnnexTitle", "AnnexTitle", '<w:keepNext /><w:spacing w:before="240" w:after="160" /><w:jc w:val="center" />',
                f'{_rpr_fonts(hfont)}<w:b /><w:sz w:val="{half + 2}" />'),
        _pstyle("Signature", "Signature", '<w:spacing w:before="560" w:after="0" />'),
        _pstyle("Arabic", "Arabic", '<w:bidi /><w:spacing w:before="0" w:after="160" /><w:jc w:val="right" />',
                '<w:rFonts w:cs="Arial" w:ascii="Arial" w:hAnsi="Arial" /><w:rtl /><w:lang w:bidi="ar-AE" />'),
        _pstyle("SmallPrint", "SmallPrint", '<w:spacing w:before="0" w:after="60" />',
                f'<w:color w:val="666666" /><w:sz w:val="{max(half - 4, 14)}" /><w:szCs w:val="{max(half - 4, 14)}" />'),
        _pstyle("RunIn", "RunIn", '<w:spacing w:before="0" w:after="160" /><w:ind w:left="567" w:hanging="567" /><w:jc w:val="both" />'),
    ]
    s = s.replace("</w:styles>", "\n".join(extra) + "\n</w:styles>")
    files["word/styles.xml"] = s.encode("utf8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
    os.remove(path + ".base")


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _hf_xml(tag, text, page_numbers, align):
    runs = []
    if text:
        runs.append(f'<w:r><w:t xml:space="preserve">{xesc(text)}</w:t></w:r>')
    if page_numbers:
        pre, post = page_numbers  # e.g. ("Page ", "") around the PAGE field
        if text:
            runs.append('<w:r><w:tab /></w:r>')
        if pre:
            runs.append(f'<w:r><w:t xml:space="preserve">{xesc(pre)}</w:t></w:r>')
        runs.append('<w:r><w:fldChar w:fldCharType="begin" /></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate" /></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end" /></w:r>')
        if post:
            runs.append(f'<w:r><w:t xml:space="preserve">{xesc(post)}</w:t></w:r>')
    tabs = '<w:tabs><w:tab w:val="right" w:pos="9000" /></w:tabs>' if (text and page_numbers) else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {W_NS}><w:p><w:pPr>{tabs}'
            f'<w:jc w:val="{align}" /><w:rPr><w:sz w:val="16" /></w:rPr></w:pPr>'
            + "".join(r.replace("<w:r>", '<w:r><w:rPr><w:color w:val="7F7F7F" /><w:sz w:val="16" /></w:rPr>', 1) for r in runs)
            + f'</w:p></w:{tag}>')


def postprocess(path, layout, title, author):
    L = dict(DEFAULT, **layout)
    zin = zipfile.ZipFile(path)
    files = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    doc = files["word/document.xml"].decode("utf8")
    rels = files["word/_rels/document.xml.rels"].decode("utf8")
    ct = files["[Content_Types].xml"].decode("utf8")
    refs = ""
    for tag, text, rid, fname in (("hdr", L["header"], "rIdDev11H", "header1.xml"),
                                  ("ftr", L["footer"], "rIdDev11F", "footer1.xml")):
        pn = L["page_numbers"] if tag == "ftr" else None
        if not text and not pn:
            continue
        align = "left" if (text and pn) else ("center" if tag == "ftr" else "right")
        files["word/" + fname] = _hf_xml(tag, text, pn, align).encode("utf8")
        kind = "header" if tag == "hdr" else "footer"
        rels = rels.replace("</Relationships>",
                            f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{fname}" /></Relationships>')
        ct = ct.replace("</Types>", f'<Override PartName="/word/{fname}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml" /></Types>')
        refs += f'<w:{kind}Reference w:type="default" r:id="{rid}" />'
    t, r, b, l = (int(x / 2.54 * 1440) for x in L["margins"])
    sect = (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838" />'
            f'<w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" w:left="{l}" w:header="567" w:footer="567" w:gutter="0" /></w:sectPr>')
    doc, n = re.subn(r"<w:sectPr\s*/>|<w:sectPr>.*?</w:sectPr>|<w:sectPr [^>]*>.*?</w:sectPr>", sect, doc, flags=re.S)
    if n == 0:
        doc = doc.replace("</w:body>", sect + "</w:body>")
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    files["word/document.xml"] = doc.encode("utf8")
    files["word/_rels/document.xml.rels"] = rels.encode("utf8")
    files["[Content_Types].xml"] = ct.encode("utf8")
    core = files.get("docProps/core.xml", b"").decode("utf8")
    if core:
        core = re.sub(r"<dc:title>.*?</dc:title>", "", core, flags=re.S)
        core = re.sub(r"<dc:creator>.*?</dc:creator>", "", core, flags=re.S)
        core = core.replace("</cp:coreProperties>",
                            f"<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator></cp:coreProperties>")
        if "xmlns:dc=" not in core:
            core = core.replace("<cp:coreProperties ", '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" ', 1)
        files["docProps/core.xml"] = core.encode("utf8")
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        # [Content_Types].xml first, as Word expects
        z.writestr("[Content_Types].xml", files.pop("[Content_Types].xml"))
        for n, data in files.items():
            z.writestr(n, data)
    os.replace(tmp, path)
