"""Build pandoc reference .docx files (fonts, sizes, page margins, optional running footer)
from pandoc's default reference document. Standard library only."""
import re
import subprocess
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _fonts(name):
    return (f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" '
            f'w:cs="DejaVu Sans" />')


def _custom_styles(theme):
    body = theme["body_font"]
    head = theme.get("head_font", body)
    lh_align = theme.get("letterhead_align", "left")
    color = theme.get("accent", "000000")
    return f'''
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead">
    <w:name w:val="Letterhead" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="60" /><w:jc w:val="{lh_align}" /></w:pPr>
    <w:rPr>{_fonts(head)}<w:b /><w:color w:val="{color}" /><w:sz w:val="{theme.get("lh_size", 26)}" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadSmall">
    <w:name w:val="Letterhead Small" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="240" /><w:jc w:val="{lh_align}" /></w:pPr>
    <w:rPr>{_fonts(head)}<w:color w:val="555555" /><w:sz w:val="16" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="DateLine">
    <w:name w:val="Date Line" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="120" w:after="240" /><w:jc w:val="{theme.get("date_align", "right")}" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Address">
    <w:name w:val="Address" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="240" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Subject">
    <w:name w:val="Subject" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="120" w:after="200" /></w:pPr>
    <w:rPr><w:b /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Signature">
    <w:name w:val="Signature Block" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="360" w:after="120" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Annex">
    <w:name w:val="Annex Text" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="60" w:after="120" /><w:ind w:left="284" /></w:pPr>
    <w:rPr><w:sz w:val="{max(theme.get("size", 22) - 2, 16)}" /></w:rPr>
  </w:style>
'''


def _footer_xml(text, align):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W} {R}>'
            f'<w:p><w:pPr><w:jc w:val="{align}" /></w:pPr><w:r><w:rPr><w:sz w:val="14" />'
            f'<w:color w:val="666666" /></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:ftr>')


def make_reference(path, theme):
    base = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                          check=True, capture_output=True).stdout
    import io
    zin = zipfile.ZipFile(io.BytesIO(base))
    files = {n: zin.read(n) for n in zin.namelist()}
    styles = files["word/styles.xml"].decode("utf-8")
    body = theme["body_font"]
    head = theme.get("head_font", body)
    # default run font and size
    styles = re.sub(r'(<w:rPrDefault>\s*<w:rPr>\s*)<w:rFonts[^>]*/>', r'\1' + _fonts(body), styles, count=1)
    size = theme.get("size", 22)
    styles = re.sub(r'(<w:rPrDefault>.*?)<w:sz w:val="\d+" />\s*<w:szCs w:val="\d+" />',
                    lambda m: m.group(1) + f'<w:sz w:val="{size}" /><w:szCs w:val="{size}" />',
                    styles, count=1, flags=re.S)
    # every themed font reference (headings, title) -> heading font
    styles = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^>]*/>', _fonts(head), styles)
    styles = re.sub(r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1"[^>]*/>',
                    f'<w:color w:val="{theme.get("heading_color", "1F1F1F")}" />', styles)
    if "spacing_after" in theme:
        styles = styles.replace('<w:spacing w:before="180" w:after="180" />',
                                f'<w:spacing w:before="{theme["spacing_after"] // 2}" w:after="{theme["spacing_after"]}" />')
    styles = styles.replace("</w:styles>", _custom_styles(theme) + "</w:styles>")
    files["word/styles.xml"] = styles.encode("utf-8")

    doc = files["word/document.xml"].decode("utf-8")
    m = theme.get("margins", (1417, 1417, 1417, 1417))  # top right bottom left, twips
    sect = ('<w:sectPr>'
            + ('<w:footerReference w:type="default" r:id="rIdFtr1" />' if theme.get("footer") else '')
            + f'<w:pgSz w:w="11906" w:h="16838" />'
            f'<w:pgMar w:top="{m[0]}" w:right="{m[1]}" w:bottom="{m[2]}" w:left="{m[3]}" '
            f'w:header="709" w:footer="567" w:gutter="0" /></w:sectPr>')
    doc = doc.replace("<w:sectPr />", sect)
    files["word/document.xml"] = doc.encode("utf-8")
    if theme.get("footer"):
        files["word/footer1.xml"] = _footer_xml(theme["footer"], theme.get("footer_align", "center")).encode("utf-8")
        rels = files["word/_rels/document.xml.rels"].decode("utf-8")
        rels = rels.replace("</Relationships>",
                            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
                            'Id="rIdFtr1" Target="footer1.xml" /></Relationships>')
        files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
        ct = files["[Content_Types].xml"].decode("utf-8")
        ct = ct.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType='
                        '"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>')
        files["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
