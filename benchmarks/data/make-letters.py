#!/usr/bin/env python3
"""Writes the benchmark letters as Flat ODT and converts them to PDF with LibreOffice.

Reproducible: a fixed seed and word list, and the creation date and file id LibreOffice stamps are fixed afterwards (the
same LibreOffice version gives byte-identical files); run `python3 make-letters.py [COUNT] [FOLDER]` (needs soffice; default: the
12 committed letters, written here). The committed PDFs spare benchmarks LibreOffice; a larger COUNT into another
folder gives a bigger corpus for compare-extraction.sh. Layouts: plain letters with running header/footer and page numbers, two-column
reports, question|answer tables, and letterheads with side-by-side address blocks.
"""
import hashlib, random, re, subprocess, pathlib, sys, tempfile
from xml.sax.saxutils import escape

WORDS = ("company human rights due diligence surveillance technology border control government client export licence "
         "policy grievance mechanism stakeholder engagement affected communities mitigation risk assessment contract "
         "end-user supply chain transparency disclosure confidentiality security products services region training "
         "audit compliance we our the and of to in for with on by is are have has been will our is a as").split()

def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."

def paragraph(rng, n=None):
    return " ".join(sentence(rng) for _ in range(n or rng.randint(3, 7)))

def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'

def table(rows, name, borders=True):
    cell = "CellB" if borders else "CellN"
    out = [f'<table:table table:name="{name}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="2"/>']
    for a, b in rows:
        out.append(f'<table:table-row><table:table-cell table:style-name="{cell}">{p(a)}</table:table-cell>'
                   f'<table:table-cell table:style-name="{cell}">{p(b)}</table:table-cell></table:table-row>')
    out.append('</table:table>')
    return "".join(out)

def document(body, columns, company):
    cols = f'<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>' if columns else ""
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:text-align="justify"/><style:text-properties fo:font-size="11pt" style:font-name="Liberation Serif" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm">{cols}</style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.6cm" table:align="left"/></style:style>
 <style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header>{p(company + " - reply to the 2022 outreach on surveillance technology", "Small")}</style:header>
 <style:footer><text:p text:style-name="Small">Page <text:page-number text:select-page="current"/> of <text:page-count/></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>{body}</office:text></office:body></office:document>'''

def letter(rng, kind, company):
    parts = []
    if kind == "letterhead":
        parts.append(table([(f"Ms A. Researcher\nBusiness and Human Rights Centre\nLondon", f"{company}\n{rng.randint(1, 99)} Main Street\nSpringfield")], "Addr", borders=False))
    parts.append(p(f"Dear Ms Researcher,"))
    if kind == "table":
        rows = []
        for q in ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]:
            rows.append((f"Question {q}: " + sentence(rng), paragraph(rng, rng.randint(2, 5))))
        parts.append(table(rows, "QA"))
    else:
        for q in ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]:
            parts.append(p(f"Question {q}", "Head"))
            for _ in range(rng.randint(3, 6)):
                parts.append(p(paragraph(rng)))
    parts.append(p("Yours sincerely,"))
    parts.append(p(f"Head of Corporate Responsibility, {company}"))
    return document("".join(parts), kind == "columns", company)

def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    here = pathlib.Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else pathlib.Path(__file__).resolve().parent
    here.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2022)
    kinds = (["plain", "columns", "table", "letterhead"] * (count // 4 + 1))[:count]
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for i, kind in enumerate(kinds, 1):
            company = f"Company {i} Ltd" if count > 26 else f"Company {chr(64 + i)} Ltd"
            path = pathlib.Path(tmp) / f"letter-{i:02d}-{kind}.fodt"
            path.write_text(letter(rng, kind, company), encoding="utf-8")
            sources.append(str(path))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(here), *sources], check=True, stdout=subprocess.DEVNULL)
    for source in sources:
        normalise(here / (pathlib.Path(source).stem + ".pdf"))

def normalise(pdf):
    """Makes LibreOffice's output reproducible (as tools/Pipeline.DemoCorpus does): the creation date, file identifier and
    document checksum change on every run; they are overwritten with fixed values of the same length, so offsets stay valid."""
    data = pdf.read_bytes()
    seed = hashlib.sha256(pdf.name.encode()).hexdigest().upper()
    fit = lambda n: (seed * (n // len(seed) + 1))[:n].encode()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([0-9]+)", lambda m: m.group(1) + b"20221101093000"[:len(m.group(2))].ljust(len(m.group(2)), b"0"), data)
    data = re.sub(rb"(/ID\s*\[\s*)<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", lambda m: m.group(0).replace(m.group(2), fit(len(m.group(2)))).replace(m.group(3), fit(len(m.group(3)))), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + fit(len(m.group(2))), data)
    pdf.write_bytes(data)

if __name__ == "__main__":
    main()
