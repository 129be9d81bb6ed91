#!/usr/bin/env python3
"""Build pandoc reference .docx variants (fonts, sizes, margins, colours, footers).

Starts from pandoc's default reference.docx and edits its XML with the standard library.
Usage: python3 refdocs.py OUTDIR
"""
import os, re, subprocess, sys, zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# name: font, cs font, body size (half-points), heading colour, heading size, justify, page (w,h twips), margins (twips),
#       letterhead (size, colour, align, bold), footer text (or None), line spacing (240 = single)
VARIANTS = {
    "serif-classic": dict(font="Liberation Serif", cs="Liberation Serif", sz=23, hcol="1F3864", hsz=26, jc="both",
                          page=(11906, 16838), mar=(1418, 1418, 1418, 1418), lh=(30, "1F3864", "left", True),
                          footer=None, line=252, after=140),
    "sans-teal": dict(font="Liberation Sans", cs="Liberation Sans", sz=20, hcol="00717A", hsz=22, jc="left",
                      page=(11906, 16838), mar=(1134, 1701, 1134, 1701), lh=(28, "00717A", "right", True),
                      footer="Registered office as above. Company registered in England and Wales.", line=264, after=120),
    "dejavu-sans": dict(font="DejaVu Sans", cs="DejaVu Sans", sz=18, hcol="444444", hsz=20, jc="left",
                        page=(11906, 16838), mar=(1701, 1984, 1701, 1984), lh=(24, "8B0000", "left", True),
                        footer=None, line=276, after=160),
    "dejavu-serif": dict(font="DejaVu Serif", cs="DejaVu Serif", sz=20, hcol="5A2D0C", hsz=22, jc="both",
                         page=(11906, 16838), mar=(1418, 1134, 1418, 1134), lh=(26, "5A2D0C", "center", True),
                         footer=None, line=240, after=120),
    "sans-narrow": dict(font="Liberation Sans Narrow", cs="Liberation Sans", sz=22, hcol="003366", hsz=24, jc="left",
                        page=(11906, 16838), mar=(1134, 1418, 1134, 1418), lh=(34, "003366", "left", True),
                        footer="Sitz der Gesellschaft / Registered seat as per letterhead", line=240, after=100),
    "sans-condensed": dict(font="DejaVu Sans Condensed", cs="DejaVu Sans", sz=19, hcol="2E5E2E", hsz=21, jc="both",
                           page=(11906, 16838), mar=(1418, 1418, 1418, 1418), lh=(22, "2E5E2E", "right", True),
                           footer=None, line=260, after=140),
    "mono-plain": dict(font="Liberation Mono", cs="Liberation Mono", sz=18, hcol="000000", hsz=18, jc="left",
                       page=(11906, 16838), mar=(1134, 1134, 1134, 1134), lh=(18, "000000", "left", True),
                       footer=None, line=240, after=180),
    "us-letter-serif": dict(font="Liberation Serif", cs="Liberation Serif", sz=24, hcol="7A1F1F", hsz=24, jc="left",
                            page=(12240, 15840), mar=(1440, 1440, 1440, 1440), lh=(32, "7A1F1F", "center", True),
                            footer="CONFIDENTIAL BUSINESS CORRESPONDENCE", line=240, after=200),
    "arabic-mixed": dict(font="Liberation Serif", cs="DejaVu Sans", sz=22, hcol="0B3D59", hsz=24, jc="both",
                         page=(11906, 16838), mar=(1418, 1418, 1418, 1418), lh=(28, "0B3D59", "left", True),
                         footer=None, line=260, after=140),
    "sans-grey": dict(font="Liberation Sans", cs="Liberation Sans", sz=21, hcol="5F5F5F", hsz=21, jc="both",
                      page=(11906, 16838), mar=(1701, 1418, 1701, 1418), lh=(26, "5F5F5F", "left", False),
                      footer=None, line=276, after=160),
}
VARIANTS["sans-narrow-plain"] = dict(VARIANTS["sans-narrow"], footer=None, jc="both", lh=(26, "6B1E1E", "center", True))
VARIANTS["serif-legal"] = dict(VARIANTS["serif-classic"], footer="Registered in England and Wales. Registered office as above.", hcol="000000",
                               lh=(24, "000000", "center", True), line=240, after=200)


def fonts_xml(font, cs):
    return f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{cs}" />'


def para_style(sid, name, rpr="", ppr=""):
    return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}" />'
            f'<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


def build(name, v, base, outdir):
    zin = zipfile.ZipFile(base)
    files = {n: zin.read(n) for n in zin.namelist()}
    st = files["word/styles.xml"].decode("utf-8")
    # all theme fonts -> explicit fonts
    st = re.sub(r'<w:rFonts [^>]*/>', fonts_xml(v["font"], v["cs"]), st)
    st = re.sub(r'(<w:rPrDefault>\s*<w:rPr>.*?)<w:sz w:val="24" />\s*<w:szCs w:val="24" />',
                lambda m: m.group(1) + f'<w:sz w:val="{v["sz"]}" /><w:szCs w:val="{v["sz"]}" />', st, flags=re.S)
    st = st.replace('<w:spacing w:after="200" />',
                    f'<w:spacing w:after="{v["after"]}" w:line="{v["line"]}" w:lineRule="auto" /><w:jc w:val="{v["jc"]}" />')
    st = st.replace('<w:spacing w:before="180" w:after="180" />', f'<w:spacing w:before="0" w:after="{v["after"]}" />')
    st = re.sub(r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1"( w:themeShade="B5")? />', f'<w:color w:val="{v["hcol"]}" />', st)
    for lvl, delta in (("32", 4), ("28", 2), ("24", 0)):
        st = st.replace(f'<w:sz w:val="{lvl}" />\n      <w:szCs w:val="{lvl}" />',
                        f'<w:sz w:val="{v["hsz"] + delta}" /><w:szCs w:val="{v["hsz"] + delta}" />')
    st = st.replace('<w:spacing w:before="480" w:after="0" />', '<w:spacing w:before="280" w:after="80" />')
    st = st.replace('<w:spacing w:before="200" w:after="0" />', '<w:spacing w:before="200" w:after="60" />')
    lsz, lcol, lal, lb = v["lh"]
    extra = [
        para_style("Letterhead", "Letterhead",
                   f'{"<w:b />" if lb else ""}<w:color w:val="{lcol}" /><w:sz w:val="{lsz}" /><w:szCs w:val="{lsz}" />',
                   f'<w:spacing w:before="0" w:after="20" /><w:jc w:val="{lal}" />'),
        para_style("SenderLine", "Sender Line",
                   f'<w:color w:val="{lcol}" /><w:sz w:val="{max(v["sz"] - 4, 14)}" />',
                   f'<w:spacing w:before="0" w:after="0" /><w:jc w:val="{lal}" />'),
        para_style("LetterLine", "Letter Line", '', '<w:spacing w:before="0" w:after="0" /><w:jc w:val="left" />'),
        para_style("DateLine", "Date Line", '', '<w:spacing w:before="240" w:after="240" /><w:jc w:val="right" />'),
        para_style("SubjectLine", "Subject Line", '<w:b />', '<w:spacing w:before="240" w:after="240" /><w:jc w:val="left" />'),
        para_style("AnnexText", "Annex Text", f'<w:sz w:val="{max(v["sz"] - 2, 16)}" />',
                   '<w:ind w:left="567" w:right="567" /><w:spacing w:before="0" w:after="100" />'),
        para_style("AnnexTitle", "Annex Title", f'<w:b /><w:color w:val="{v["hcol"]}" />',
                   '<w:spacing w:before="360" w:after="160" /><w:jc w:val="center" />'),
        para_style("QuestionLine", "Question Line", f'<w:b /><w:i /><w:color w:val="{v["hcol"]}" />',
                   '<w:keepNext /><w:spacing w:before="200" w:after="60" />'),
        para_style("ArabicText", "Arabic Text", '<w:rtl />', '<w:bidi /><w:jc w:val="right" />'),
        para_style("SignatureLine", "Signature Line", '', '<w:spacing w:before="0" w:after="0" /><w:jc w:val="left" />'),
    ]
    st = st.replace("</w:styles>", "".join(extra) + "</w:styles>")
    files["word/styles.xml"] = st.encode("utf-8")

    doc = files["word/document.xml"].decode("utf-8")
    pw, ph = v["page"]
    top, right, bottom, left = v["mar"]
    foot = '<w:footerReference w:type="default" r:id="rIdFt1" />' if v["footer"] else ""
    sect = (f'<w:sectPr>{foot}<w:pgSz w:w="{pw}" w:h="{ph}" /><w:pgMar w:top="{top}" w:right="{right}" '
            f'w:bottom="{bottom}" w:left="{left}" w:header="708" w:footer="567" w:gutter="0" /></w:sectPr>')
    doc = doc.replace("<w:sectPr />", sect)
    files["word/document.xml"] = doc.encode("utf-8")
    if v["footer"]:
        files["word/footer1.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:pPr><w:jc w:val="center" /></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="14" /><w:color w:val="808080" /></w:rPr><w:t xml:space="preserve">{v["footer"]}</w:t></w:r></w:p></w:ftr>'
        ).encode("utf-8")
        rels = files["word/_rels/document.xml.rels"].decode("utf-8")
        rels = rels.replace("</Relationships>",
                            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
                            'Id="rIdFt1" Target="footer1.xml" /></Relationships>')
        files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
        ct = files["[Content_Types].xml"].decode("utf-8")
        ct = ct.replace("</Types>", '<Override PartName="/word/footer1.xml" '
                        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>')
        files["[Content_Types].xml"] = ct.encode("utf-8")
    out = os.path.join(outdir, name + ".docx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/dev5-build/refs"
    os.makedirs(outdir, exist_ok=True)
    base = os.path.join(outdir, "_pandoc-default.docx")
    subprocess.run(["pandoc", "-o", base, "--print-default-data-file", "reference.docx"], check=True)
    for name, v in VARIANTS.items():
        build(name, v, base, outdir)
    print("built", len(VARIANTS), "reference docs in", outdir)


if __name__ == "__main__":
    main()
