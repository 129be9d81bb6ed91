#!/usr/bin/env python3
"""Build pandoc reference .docx files (fonts, sizes, letterhead styles, optional footer)
for the independent-dev3 letters.  Standard library only.

Usage: make_refs.py OUTDIR
Each reference doc is derived from pandoc's default reference.docx.
"""
import os
import re
import subprocess
import sys
import zipfile

# name: (body font, size in half-points, heading font, heading colour, letterhead align,
#        letterhead colour, letterhead size, justify body, footer text or None)
LOOKS = {
    "serif_classic": ("Liberation Serif", 23, "Liberation Serif", "000000", "left", "1F3864", 30, False, None),
    "sans_corporate": ("Liberation Sans", 20, "Liberation Sans", "0B5394", "right", "0B5394", 28, False,
                       "Registered office as shown above. This letter was sent electronically and is valid without signature."),
    "dejavu_sans": ("DejaVu Sans", 19, "DejaVu Sans", "333333", "left", "7F6000", 26, False, None),
    "dejavu_serif_just": ("DejaVu Serif", 20, "DejaVu Sans", "5B0F00", "center", "5B0F00", 28, True, None),
    "narrow_grey": ("Liberation Sans Narrow", 22, "Liberation Sans", "404040", "left", "404040", 32, False,
                    "Confidential - prepared for the addressee"),
    "serif_just": ("Liberation Serif", 24, "Liberation Sans", "1C4587", "right", "1C4587", 26, True, None),
}

CUSTOM_STYLES = """
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead">
    <w:name w:val="Letterhead" />
    <w:basedOn w:val="Normal" />
    <w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="40" /><w:jc w:val="{lh_align}" /></w:pPr>
    <w:rPr><w:rFonts w:ascii="{hfont}" w:hAnsi="{hfont}" w:cs="DejaVu Sans" w:eastAsia="{hfont}" /><w:b /><w:color w:val="{lh_color}" /><w:sz w:val="{lh_size}" /><w:szCs w:val="{lh_size}" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadSmall">
    <w:name w:val="Letterhead Small" />
    <w:basedOn w:val="Normal" />
    <w:qFormat />
    <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="{lh_color}" /></w:pBdr><w:spacing w:before="0" w:after="240" /><w:contextualSpacing /><w:jc w:val="{lh_align}" /></w:pPr>
    <w:rPr><w:color w:val="595959" /><w:sz w:val="16" /><w:szCs w:val="16" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="RightLine">
    <w:name w:val="Right Line" />
    <w:basedOn w:val="Normal" />
    <w:qFormat />
    <w:pPr><w:spacing w:before="120" w:after="120" /><w:jc w:val="right" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Tight">
    <w:name w:val="Tight" />
    <w:basedOn w:val="Normal" />
    <w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="0" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="RefLine">
    <w:name w:val="Ref Line" />
    <w:basedOn w:val="Normal" />
    <w:qFormat />
    <w:pPr><w:spacing w:before="60" w:after="60" /></w:pPr>
    <w:rPr><w:b /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="ArabicText">
    <w:name w:val="Arabic Text" />
    <w:basedOn w:val="BodyText" />
    <w:qFormat />
    <w:pPr><w:bidi /><w:jc w:val="right" /></w:pPr>
    <w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans" /><w:rtl /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="AnnexText">
    <w:name w:val="Annex Text" />
    <w:basedOn w:val="BodyText" />
    <w:qFormat />
    <w:pPr><w:ind w:left="360" /></w:pPr>
    <w:rPr><w:sz w:val="{annex_size}" /><w:szCs w:val="{annex_size}" /></w:rPr>
  </w:style>
</w:styles>"""

FOOTER_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <w:p><w:pPr><w:jc w:val="center" /></w:pPr><w:r><w:rPr><w:sz w:val="14" /><w:color w:val="7F7F7F" /></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>
</w:ftr>"""


def build(outdir, name, look):
    body, size, hfont, hcolor, lh_align, lh_color, lh_size, justify, footer = look
    default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                             check=True, capture_output=True).stdout
    tmp = os.path.join(outdir, name + ".orig.docx")
    with open(tmp, "wb") as fh:
        fh.write(default)
    zin = zipfile.ZipFile(tmp)
    out = os.path.join(outdir, name + ".docx")
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/styles.xml":
            s = data.decode("utf-8")
            # every theme font reference -> explicit font
            s = re.sub(r"<w:rFonts [^>]*/>",
                       '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="DejaVu Sans" w:eastAsia="%s" />' % (body, body, body),
                       s, count=1)  # docDefaults
            s = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^>]*/>',
                       '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="DejaVu Sans" w:eastAsia="%s" />' % (hfont, hfont, hfont), s)
            s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                          '<w:sz w:val="%d" />\n        <w:szCs w:val="%d" />' % (size, size), 1)
            s = re.sub(r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1"[^>]*/>', '<w:color w:val="%s" />' % hcolor, s)
            if justify:
                s = s.replace('<w:spacing w:before="180" w:after="180" />',
                              '<w:spacing w:before="120" w:after="120" /><w:jc w:val="both" />', 1)
            s = s.replace("</w:styles>", CUSTOM_STYLES.format(
                lh_align=lh_align, lh_color=lh_color, lh_size=lh_size, hfont=hfont,
                annex_size=max(size - 2, 16)))
            data = s.encode("utf-8")
        elif footer and item.filename == "word/document.xml":
            s = data.decode("utf-8")
            s = s.replace("<w:sectPr />",
                          '<w:sectPr><w:footerReference w:type="default" r:id="rId90" /></w:sectPr>')
            data = s.encode("utf-8")
        elif footer and item.filename == "word/_rels/document.xml.rels":
            s = data.decode("utf-8")
            s = s.replace("</Relationships>",
                          '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
                          'Id="rId90" Target="footer1.xml" /></Relationships>')
            data = s.encode("utf-8")
        elif footer and item.filename == "[Content_Types].xml":
            s = data.decode("utf-8")
            s = s.replace("</Types>",
                          '<Override PartName="/word/footer1.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>')
            data = s.encode("utf-8")
        zout.writestr(item, data)
    if footer:
        zout.writestr("word/footer1.xml", FOOTER_XML.format(text=footer.replace("&", "&amp;").replace("<", "&lt;")))
    zout.close()
    zin.close()
    os.remove(tmp)
    return out


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    for name, look in LOOKS.items():
        build(outdir, name, look)
    print("built %d reference docs in %s" % (len(LOOKS), outdir))


if __name__ == "__main__":
    main()
