"""Make pandoc reference documents (fonts, page size, margins, letterhead alignment, footer).

Standard library only. The base is pandoc's own default reference.docx; styles.xml and the
section properties of document.xml are rewritten, custom paragraph styles are added
("Letterhead", "Letterhead Sub", "Signature", "Annex Text") and an optional running footer
(footer1.xml, with a PAGE field) is attached to the section.
"""
import os
import re
import subprocess
import zipfile
from xml.sax.saxutils import escape

PAGE = {  # twips
    "A4": (11906, 16838),
    "Letter": (12240, 15840),
    "Legal": (12240, 20160),
    "A5": (8391, 11906),
}

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _fonts(name):
    return '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s" />' % ((escape(name),) * 4)


def _base_reference(cache_dir):
    path = os.path.join(cache_dir, "_pandoc_default_reference.docx")
    if not os.path.exists(path):
        subprocess.run(["pandoc", "-o", path, "--print-default-data-file", "reference.docx"], check=True)
    return path


def make_reference(out_path, font="DejaVu Serif", size_pt=11, page="A4", margins_cm=(2.5, 2.2, 2.5, 2.2),
                   letterhead_align="left", letterhead_color="1F3864", letterhead_size_pt=15,
                   heading_font=None, heading_color="222222", footer=None, footer_align="center",
                   line_spacing=1.0, justify=False, para_after_pt=8, table_borders=True):
    """margins_cm = (top, right, bottom, left)."""
    cache_dir = os.path.dirname(out_path)
    base = _base_reference(cache_dir)
    zin = zipfile.ZipFile(base)
    files = {n: zin.read(n) for n in zin.namelist()}
    zin.close()

    heading_font = heading_font or font
    sz = int(round(size_pt * 2))
    styles = files["word/styles.xml"].decode("utf-8")
    # document defaults: font, size, paragraph spacing, line spacing
    styles = re.sub(r"<w:rFonts [^>]*/>", _fonts(font), styles, count=1)
    styles = styles.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                            '<w:sz w:val="%d" />\n        <w:szCs w:val="%d" />' % (sz, sz), 1)
    styles = styles.replace('<w:spacing w:after="200" />',
                            '<w:spacing w:after="%d" w:line="%d" w:lineRule="auto" />'
                            % (int(para_after_pt * 20), int(240 * line_spacing)), 1)
    # Body Text: spacing and optional justification
    jc = '<w:jc w:val="both" />' if justify else ''
    styles = styles.replace('<w:spacing w:before="180" w:after="180" />',
                            '<w:spacing w:before="0" w:after="%d" />%s' % (int(para_after_pt * 20), jc), 1)
    # headings: font and colour
    styles = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^>]*/>', _fonts(heading_font), styles)
    styles = re.sub(r'(<w:color w:val=")[0-9A-Fa-f]{6}("[^>]*/>)', r'\g<1>%s\2' % heading_color, styles)
    if table_borders:
        border = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                  '<w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                  '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                  '<w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                  '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>'
                  '<w:tblCellMar><w:left w:w="90" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>')
        styles = re.sub(r'(<w:style w:type="table"[^>]*w:styleId="Table">.*?<w:tblPr>)',
                        lambda m: m.group(1) + border, styles, count=1, flags=re.S)
    lh_sz = int(round(letterhead_size_pt * 2))
    custom = f"""
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead">
    <w:name w:val="Letterhead" />
    <w:basedOn w:val="Normal" />
    <w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="0" /><w:jc w:val="{letterhead_align}" /></w:pPr>
    <w:rPr>{_fonts(heading_font)}<w:b /><w:color w:val="{letterhead_color}" /><w:sz w:val="{lh_sz}" /><w:szCs w:val="{lh_sz}" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadSub">
    <w:name w:val="Letterhead Sub" />
    <w:basedOn w:val="Normal" />
    <w:qFormat />
    <w:pPr><w:spacing w:before="40" w:after="360" /><w:jc w:val="{letterhead_align}" /></w:pPr>
    <w:rPr><w:color w:val="555555" /><w:sz w:val="{max(sz - 4, 14)}" /><w:szCs w:val="{max(sz - 4, 14)}" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Signature">
    <w:name w:val="Signature Line" />
    <w:basedOn w:val="Normal" />
    <w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="0" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="AnnexText">
    <w:name w:val="Annex Text" />
    <w:basedOn w:val="BodyText" />
    <w:qFormat />
    <w:pPr><w:ind w:left="360" /></w:pPr>
    <w:rPr><w:sz w:val="{max(sz - 2, 16)}" /><w:szCs w:val="{max(sz - 2, 16)}" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="RightAligned">
    <w:name w:val="Right Aligned" />
    <w:basedOn w:val="Normal" />
    <w:qFormat />
    <w:pPr><w:jc w:val="right" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="FooterText">
    <w:name w:val="Footer Text" />
    <w:basedOn w:val="Normal" />
    <w:pPr><w:spacing w:before="0" w:after="0" /><w:jc w:val="{footer_align}" /></w:pPr>
    <w:rPr><w:color w:val="666666" /><w:sz w:val="16" /><w:szCs w:val="16" /></w:rPr>
  </w:style>
"""
    styles = styles.replace("</w:styles>", custom + "</w:styles>")
    files["word/styles.xml"] = styles.encode("utf-8")

    w, h = PAGE[page]
    t, r, b, l = (int(round(x * 567)) for x in margins_cm)
    footer_ref = ""
    if footer:
        footer_ref = '<w:footerReference w:type="default" r:id="rIdFooterDev6" />'
        parts = footer.split("{PAGE}")
        runs = []
        for i, part in enumerate(parts):
            if part:
                runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(part))
            if i < len(parts) - 1:
                runs.append('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        files["word/footer1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:ftr xmlns:w="%s" xmlns:r="%s"><w:p><w:pPr><w:pStyle w:val="FooterText" /></w:pPr>%s</w:p></w:ftr>'
            % (W_NS, R_NS, "".join(runs))).encode("utf-8")
        rels = files["word/_rels/document.xml.rels"].decode("utf-8")
        rels = rels.replace("</Relationships>",
                            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
                            'Id="rIdFooterDev6" Target="footer1.xml" /></Relationships>')
        files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
        ct = files["[Content_Types].xml"].decode("utf-8")
        ct = ct.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>')
        files["[Content_Types].xml"] = ct.encode("utf-8")
    sect = ('<w:sectPr>%s<w:pgSz w:w="%d" w:h="%d" /><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" '
            'w:header="567" w:footer="454" w:gutter="0" /></w:sectPr>' % (footer_ref, w, h, t, r, b, l))
    doc = files["word/document.xml"].decode("utf-8")
    doc = doc.replace("<w:sectPr />", sect)
    files["word/document.xml"] = doc.encode("utf-8")

    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml"] + [n for n in files if n != "[Content_Types].xml"]:
            z.writestr(name, files[name])
    return out_path
