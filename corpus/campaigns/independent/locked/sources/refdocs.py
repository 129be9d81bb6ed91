"""Build pandoc reference .docx files (one per visual theme) from pandoc's default reference.docx.

Each theme sets body/heading fonts, sizes, colours, page margins, table borders, an optional running footer,
and a handful of custom paragraph styles used by the letters (Letterhead, Letterhead Sub, Address, Right,
Small Print, Arabic Body, Compact Body)."""
import os, re, subprocess, zipfile, io
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reference")

THEMES = {
    # name: font, heading font, size (half-points), heading colour, letterhead colour, margins twips, borders, footer
    "nordic":   dict(font="Liberation Sans", hfont="Liberation Sans", sz=20, hcol="1F3B57", lcol="1F3B57", margin=1300, borders=True, footer=None),
    "oldserif": dict(font="Liberation Serif", hfont="Liberation Serif", sz=23, hcol="000000", lcol="5A1E1E", margin=1500, borders=True, footer=None),
    "modern":   dict(font="DejaVu Sans", hfont="DejaVu Sans", sz=18, hcol="0B6E6E", lcol="0B6E6E", margin=1200, borders=True, footer=None),
    "notoserif":dict(font="Noto Serif", hfont="Noto Sans", sz=20, hcol="333333", lcol="7A0019", margin=1400, borders=True, footer=None),
    "notosans": dict(font="Noto Sans", hfont="Noto Sans", sz=19, hcol="004C97", lcol="004C97", margin=1250, borders=True, footer=None),
    "narrow":   dict(font="Liberation Sans Narrow", hfont="Liberation Sans", sz=22, hcol="2E2E2E", lcol="8C6D1F", margin=1350, borders=True, footer=None),
    "dejaserif":dict(font="DejaVu Serif", hfont="DejaVu Sans", sz=19, hcol="3B3B6D", lcol="3B3B6D", margin=1450, borders=True, footer=None),
}

def custom_styles(t):
    f, hf, sz, lcol = t["font"], t["hfont"], t["sz"], t["lcol"]
    def st(sid, name, ppr="", rpr="", based="Normal"):
        return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
                f'<w:basedOn w:val="{based}"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')
    return "".join([
        st("Letterhead", "Letterhead", '<w:spacing w:before="0" w:after="40"/>',
           f'<w:rFonts w:ascii="{hf}" w:hAnsi="{hf}" w:cs="Noto Naskh Arabic"/><w:b/><w:color w:val="{lcol}"/><w:sz w:val="{sz+12}"/>'),
        st("LetterheadCenter", "LetterheadCenter", '<w:jc w:val="center"/><w:spacing w:before="0" w:after="40"/>',
           f'<w:rFonts w:ascii="{hf}" w:hAnsi="{hf}" w:cs="Noto Naskh Arabic"/><w:b/><w:color w:val="{lcol}"/><w:sz w:val="{sz+14}"/>'),
        st("LetterheadSub", "LetterheadSub", '<w:spacing w:before="0" w:after="0"/>',
           f'<w:color w:val="666666"/><w:sz w:val="{sz-3}"/>'),
        st("LetterheadSubCenter", "LetterheadSubCenter", '<w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/>',
           f'<w:color w:val="666666"/><w:sz w:val="{sz-3}"/>'),
        st("Address", "Address", '<w:spacing w:before="0" w:after="0"/>', ""),
        st("Right", "Right", '<w:jc w:val="right"/><w:spacing w:before="0" w:after="0"/>', ""),
        st("SmallPrint", "SmallPrint", '<w:spacing w:before="240" w:after="0"/>', f'<w:i/><w:color w:val="555555"/><w:sz w:val="{sz-4}"/>'),
        st("ArabicBody", "ArabicBody", '<w:bidi/><w:spacing w:before="120" w:after="120"/>',
           f'<w:rFonts w:cs="Noto Naskh Arabic"/><w:rtl/><w:szCs w:val="{sz+2}"/>'),
        st("ArabicLetterhead", "ArabicLetterhead", '<w:bidi/><w:spacing w:before="0" w:after="40"/>',
           f'<w:rFonts w:cs="Noto Naskh Arabic"/><w:b/><w:bCs/><w:rtl/><w:color w:val="{lcol}"/><w:szCs w:val="{sz+8}"/>'),
        st("CompactBody", "CompactBody", '<w:spacing w:before="0" w:after="120"/>', ""),
    ])

def footer_xml(text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="14"/><w:color w:val="777777"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:ftr>')

def build(name, t, outdir=OUT):
    default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                             capture_output=True, check=True).stdout
    zin = zipfile.ZipFile(io.BytesIO(default))
    files = {n: zin.read(n) for n in zin.namelist()}
    s = files["word/styles.xml"].decode()
    f, hf = t["font"], t["hfont"]
    s = s.replace('<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" />',
                  f'<w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}" w:cs="Noto Naskh Arabic" />')
    s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />', f'<w:sz w:val="{t["sz"]}" />\n        <w:szCs w:val="{t["sz"]}" />', 1)
    s = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^>]*/>', f'<w:rFonts w:ascii="{hf}" w:eastAsia="{hf}" w:hAnsi="{hf}" w:cs="Noto Naskh Arabic" />', s)
    s = re.sub(r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1"[^>]*/>', f'<w:color w:val="{t["hcol"]}" />', s)
    # smaller headings
    s = re.sub(r'(<w:style w:type="paragraph" w:styleId="Heading1">.*?)<w:sz w:val="\d+" />\s*<w:szCs w:val="\d+" />',
               lambda m: m.group(1) + f'<w:sz w:val="{t["sz"]+6}" /><w:szCs w:val="{t["sz"]+6}" />', s, flags=re.S)
    s = re.sub(r'(<w:style w:type="paragraph" w:styleId="Heading2">.*?)<w:sz w:val="\d+" />\s*<w:szCs w:val="\d+" />',
               lambda m: m.group(1) + f'<w:sz w:val="{t["sz"]+2}" /><w:szCs w:val="{t["sz"]+2}" />', s, flags=re.S)
    if t["borders"]:
        b = ''.join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="808080"/>' for e in
                    ["top", "left", "bottom", "right", "insideH", "insideV"])
        s = re.sub(r'(<w:style w:type="table"[^>]*w:styleId="Table">.*?<w:tblPr>)', lambda m: m.group(1) + f'<w:tblBorders>{b}</w:tblBorders>', s, count=1, flags=re.S)
    s = s.replace("</w:styles>", custom_styles(t) + "</w:styles>")
    files["word/styles.xml"] = s.encode()
    m = t["margin"]
    sect = f'<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="{m}" w:right="{m}" w:bottom="{m}" w:left="{m}" w:header="600" w:footer="500" w:gutter="0"/>'
    if t["footer"]:
        sect = '<w:footerReference w:type="default" r:id="rIdFtr1"/>' + sect
        files["word/footer1.xml"] = footer_xml(t["footer"]).encode()
        rels = files["word/_rels/document.xml.rels"].decode()
        rels = rels.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rIdFtr1" Target="footer1.xml" /></Relationships>')
        files["word/_rels/document.xml.rels"] = rels.encode()
        ct = files["[Content_Types].xml"].decode()
        ct = ct.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>')
        files["[Content_Types].xml"] = ct.encode()
    d = files["word/document.xml"].decode()
    d = d.replace("<w:sectPr />", f"<w:sectPr>{sect}</w:sectPr>")
    files["word/document.xml"] = d.encode()
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, f"{name}.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist() + ([ "word/footer1.xml"] if t["footer"] else []):
            z.writestr(n, files[n])
    return path

def build_for(theme, footer, outdir):
    """reference doc for one letter: a theme plus that letter's running footer (or none)"""
    t = dict(THEMES[theme], footer=footer)
    key = theme + "-" + str(abs(hash(footer)) % 10**8)
    return build(key, t, outdir)

def build_all():
    paths = {}
    for name, t in THEMES.items():
        paths[name] = build(name, t)
    return paths

if __name__ == "__main__":
    print(build_all())
