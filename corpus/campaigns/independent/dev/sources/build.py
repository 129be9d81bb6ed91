#!/usr/bin/env python3
"""Build the independent-dev reply set: replies/*.pdf|docx, gold/*.gold.jsonl, gold/*.meta.json.

Usage: python3 build.py [rNN ...]      (standard library only; needs pandoc, soffice, pdftotext)
Each letter is a small structured source in letters/rNN.py (see blocks.py). The same blocks produce
the Markdown given to pandoc and the gold lines, so gold text cannot drift from the letter.
"""
import html, importlib.util, json, os, re, shutil, subprocess, sys, tempfile, zipfile, glob

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
REPLIES, GOLD = os.path.join(DIR, "replies"), os.path.join(DIR, "gold")
BUILD = os.path.join(tempfile.gettempdir(), "indep-dev-build")
sys.path.insert(0, HERE)
from blocks import QTOPIC  # noqa

QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
TOPICS = set(QTOPIC.values()) | {"export_control", "confidentiality_decline", "other"}
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header",
         "table_question", "table_label", "table_answer", "annex"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
STATUSES = {"answered", "partial", "declined", "not_addressed"}
PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def load_letters(only=None):
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "letters", "r*.py"))):
        rid = os.path.basename(path)[:-3]
        if only and rid not in only:
            continue
        spec = importlib.util.spec_from_file_location(rid, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        L = mod.LETTER
        L["id"] = rid
        out.append(L)
    return out


# ---------------------------------------------------------------- text helpers
def plain(t):
    return t.replace("**", "").replace("__", "")


def esc(t):
    return "".join("\\" + c if c in PUNCT else c for c in t)


def md_inline(t):
    """escape text, keep **bold** and __italic__ markup"""
    out = []
    for i, part in enumerate(re.split(r"(\*\*|__)", t)):
        if part in ("**", "__"):
            out.append("**" if part == "**" else "*")
        else:
            out.append(esc(part))
    return "".join(out)


# ---------------------------------------------------------------- gold
def gold_line(L, b):
    qs = b["q"].split()
    general = qs == ["g"]
    lang = b.get("lang") or L["lang"]
    if general:
        marked = False
    else:
        marked = b.get("m")
        if marked is None:
            marked = L["marked"]
    return {"text": plain(b["text"]), "question": "general" if general else qs[0],
            "questions": ["general"] if general else sorted(qs, key=QIDS.index),
            "topic": b["topic"], "kind": b["kind"], "marked": bool(marked),
            "style": L["style"], "language": lang}


def validate(L):
    errs = []
    for k in ("file", "company", "listed", "style", "lang", "status", "notes", "blocks", "marked"):
        if k not in L:
            errs.append("missing key " + k)
    if L["style"] not in STYLES:
        errs.append("bad style")
    if set(L["status"]) != set(QIDS) or not set(L["status"].values()) <= STATUSES:
        errs.append("bad status")
    lines = gold(L)
    for g in lines:
        if g["kind"] not in KINDS:
            errs.append("bad kind %r" % g["kind"])
        if g["topic"] not in TOPICS:
            errs.append("bad topic %r" % g["topic"])
        for q in g["questions"]:
            if q not in QIDS + ["general"]:
                errs.append("bad q %r" % q)
        if g["question"] == "general" and g["topic"] != "other":
            errs.append("general with topic %s: %s" % (g["topic"], g["text"][:40]))
        if g["question"] != "general" and g["topic"] == "other":
            errs.append("answer with topic other: " + g["text"][:40])
        if not g["text"].strip() or "  " in g["text"] or "\n" in g["text"]:
            errs.append("bad text spacing: " + g["text"][:40])
    # status consistency
    seen = {q for g in lines for q in g["questions"] if q != "general"}
    for q, s in L["status"].items():
        if s == "not_addressed" and q in seen:
            errs.append("%s not_addressed but labelled" % q)
        if s != "not_addressed" and q not in seen and not (s == "declined" and L.get("blanket_decline")):
            errs.append("%s is %s but no paragraph" % (q, s))
    langs = sorted({g["language"] for g in lines}, key=["en", "fr", "de", "ar"].index)
    if langs != L.get("languages", [L["lang"]]):
        errs.append("languages %s vs %s" % (langs, L.get("languages")))
    return errs


def iter_blocks(L):
    """yield (block, cell-or-None) in reading order, one per gold line"""
    for b in L["blocks"]:
        if b["kind"] == "_pagebreak":
            continue
        if b["kind"] == "_table":
            for row in b["rows"]:
                for c in row:
                    yield c
        else:
            yield b


def gold(L):
    return [gold_line(L, b) for b in iter_blocks(L)]


# ---------------------------------------------------------------- markdown
def md(L):
    out = []
    blocks = L["blocks"]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        k = b["kind"]
        rtl = (b.get("lang") or L["lang"]) == "ar"
        chunk = []
        if k == "_pagebreak":
            chunk.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```')
        elif k == "_table":
            rows = b["rows"]
            w = b["widths"]
            def cell(c):
                return md_inline(c["text"])
            chunk.append("| " + " | ".join(cell(c) for c in rows[0]) + " |")
            chunk.append("|" + "|".join("-" * n for n in w) + "|")
            for r in rows[1:]:
                chunk.append("| " + " | ".join(cell(c) for c in r) + " |")
        elif k == "list_item":
            lt = b.get("lt", "ul")
            items = []
            while i < len(blocks) and blocks[i]["kind"] == "list_item" and blocks[i].get("lt", "ul") == lt:
                items.append(blocks[i])
                i += 1
            i -= 1
            for n, it in enumerate(items):
                bullet = "-" if lt == "ul" else ("%d." % (n + 1) if lt == "ol" else "%s)" % "abcdefghij"[n])
                chunk.append(bullet + " " + md_inline(it["text"]))
        elif k in ("heading", "question") and b.get("render", "h") == "h":
            chunk.append("#" * b.get("lvl", 2) + " " + md_inline(b["text"]))
        elif k in ("heading", "question") and b.get("render") == "b":
            chunk.append("**" + md_inline(b["text"]) + "**")
        else:
            chunk.append(md_inline(b["text"]))
        text = "\n".join(chunk)
        st = b.get("st")
        if st:
            text = '::: {custom-style="%s"}\n%s\n:::' % (st, text)
        if rtl and k not in ("_pagebreak", "_table"):
            text = "::::: {dir=rtl}\n%s\n:::::" % text
        out.append(text)
        i += 1
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- reference docx
FONTS = {"serif": "Liberation Serif", "sans": "Liberation Sans", "narrow": "Liberation Sans Narrow",
         "dejavu": "DejaVu Sans", "dejaserif": "DejaVu Serif", "noto": "Noto Serif", "notosans": "Noto Sans"}
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def pstyle(sid, ppr, rpr, based="Normal"):
    return ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>'
            '<w:basedOn w:val="%s"/><w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>'
            % (sid, sid, based, ppr, rpr))


def make_reference(L, path):
    lay = dict(font="serif", size=11, lh_align="center", color="1F3864", justify=False,
               footer=None, page="a4", lh_size=16, head_color=None, table_grid=True)
    lay.update(L.get("layout", {}))
    base = os.path.join(BUILD, "pandoc-reference.docx")
    if not os.path.exists(base):
        with open(base, "wb") as f:
            f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                                   check=True, capture_output=True).stdout)
    zin = zipfile.ZipFile(base)
    files = {n: zin.read(n) for n in zin.namelist()}
    font = FONTS[lay["font"]]
    sz = str(int(lay["size"] * 2))
    st = files["word/styles.xml"].decode()
    st = re.sub(r'<w:rFonts [^>]*/>',
                '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="Noto Naskh Arabic"/>' % (font, font, font),
                st, count=1)
    st = st.replace('<w:sz w:val="24" />', '<w:sz w:val="%s" />' % sz, 1).replace(
        '<w:szCs w:val="24" />', '<w:szCs w:val="%s" />' % sz, 1)
    # headings use the body font, in the letter's colour
    st = st.replace('<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi" />',
                    '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="Noto Naskh Arabic"/>' % (font, font))
    hc = lay["head_color"] or lay["color"]
    st = re.sub(r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1" />', '<w:color w:val="%s"/>' % hc, st)
    for h, hs in (("Heading2", int(lay["size"] * 2 + 4)), ("Heading3", int(lay["size"] * 2 + 1))):
        st = re.sub(r'(w:styleId="%s".*?<w:sz w:val=")\d+(" />\s*<w:szCs w:val=")\d+' % h,
                    r'\g<1>%d\g<2>%d' % (hs, hs), st, count=1, flags=re.S)
    if lay["justify"]:
        st = st.replace('<w:spacing w:before="180" w:after="180" />',
                        '<w:spacing w:before="120" w:after="120" /><w:jc w:val="both"/>', 1)
    else:
        st = st.replace('<w:spacing w:before="180" w:after="180" />',
                        '<w:spacing w:before="120" w:after="120" />', 1)
    if lay["table_grid"]:
        border = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="808080"/>' % s
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        st = st.replace('<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblCellMar>',
                        '<w:tblInd w:w="0" w:type="dxa" /><w:tblBorders>%s</w:tblBorders>\n      <w:tblCellMar>' % border, 1)
    al = lay["lh_align"]
    extra = (pstyle("LH", '<w:jc w:val="%s"/><w:spacing w:before="0" w:after="40"/>' % al,
                    '<w:b/><w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
                    % (lay["color"], lay["lh_size"] * 2, lay["lh_size"] * 2))
             + pstyle("LHS", '<w:jc w:val="%s"/><w:spacing w:before="0" w:after="0"/>' % al,
                      '<w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/>')
             + pstyle("Right", '<w:jc w:val="right"/><w:spacing w:before="120" w:after="120"/>', '')
             + pstyle("Addr", '<w:spacing w:before="0" w:after="0"/>', '')
             + pstyle("Sig", '<w:spacing w:before="0" w:after="0"/>', '')
             + pstyle("Subj", '<w:spacing w:before="200" w:after="200"/>', '<w:b/>')
             + pstyle("Small", '<w:spacing w:before="360" w:after="0"/>',
                      '<w:i/><w:color w:val="595959"/><w:sz w:val="15"/><w:szCs w:val="15"/>'))
    st = st.replace("</w:styles>", extra + "</w:styles>")
    files["word/styles.xml"] = st.encode()
    doc = files["word/document.xml"].decode()
    pg = ('<w:pgSz w:w="12240" w:h="15840"/>' if lay["page"] == "letter" else '<w:pgSz w:w="11906" w:h="16838"/>')
    mar = '<w:pgMar w:top="1134" w:right="1247" w:bottom="1247" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/>'
    ftr = ""
    if lay["footer"]:
        ftr = '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
        runs = '<w:r><w:rPr><w:sz w:val="14"/><w:color w:val="7F7F7F"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (
            lay["footer"].replace("&", "&amp;"))
        if lay.get("pagenum"):
            runs += ('<w:r><w:rPr><w:sz w:val="14"/><w:color w:val="7F7F7F"/></w:rPr><w:t xml:space="preserve">   |   Page </w:t></w:r>'
                     '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>')
        files["word/footer1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s '
                                     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                                     '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p></w:ftr>' % (W, runs)).encode()
        rels = files["word/_rels/document.xml.rels"].decode()
        rels = rels.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rIdFtr1" Target="footer1.xml" /></Relationships>')
        files["word/_rels/document.xml.rels"] = rels.encode()
        ct = files["[Content_Types].xml"].decode()
        ct = ct.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
        files["[Content_Types].xml"] = ct.encode()
    doc = doc.replace("<w:sectPr />", "<w:sectPr>%s%s%s</w:sectPr>" % (ftr, pg, mar))
    if 'xmlns:r=' not in doc[:2000]:
        doc = doc.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    files["word/document.xml"] = doc.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)


# ---------------------------------------------------------------- checks
BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def norm(s):
    s = BIDI.sub("", s)
    s = s.replace("\u00a0", " ").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip()


def docx_paragraphs(path):
    z = zipfile.ZipFile(path)
    x = z.read("word/document.xml").decode()
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
        t = "".join(re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, re.S))
        t = html.unescape(t)
        if t.strip():
            paras.append(t)
    return paras


def check_docx(docx, lines):
    paras = docx_paragraphs(docx)
    want = [g["text"] for g in lines]
    if paras != want:
        for n, (a, b) in enumerate(zip(paras, want)):
            if a != b:
                return "docx paragraph %d differs:\n  docx: %r\n  gold: %r" % (n, a, b)
        return "docx has %d paragraphs, gold %d" % (len(paras), len(want))
    return None


def loose(s):
    return re.sub(r"[\s\-\u2010\u2011]+", "", norm(s))


def check_pdf(pdf, lines, footer=None):
    """every gold text must be in the pdftotext output (whitespace-normalised; pdftotext joins words
    hyphenated at a line end, e.g. 'long-' + 'range' -> 'longrange', so hyphens are ignored as a fallback)
    and the gold paragraphs must appear in reading order"""
    raw = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    if footer:   # running footers are not body text: drop them where they interrupt a paragraph
        fre = re.compile(r"^\f?\s*%s(\s+\|\s+Page \d+)?\s*$" % re.escape(footer.strip()))
        raw = "\n".join(l for l in raw.split("\n") if not fre.match(l))
    txt, ltxt = norm(raw), loose(raw)
    missing, pos = [], 0
    for g in lines:
        j = ltxt.find(loose(g["text"]), pos)
        if j < 0:
            j = ltxt.find(loose(g["text"]))
            if j < 0 or (norm(g["text"]) not in txt and False):
                missing.append(g["text"])
                continue
            missing.append("OUT OF ORDER: " + g["text"][:60])
            continue
        pos = j
    return missing


# ---------------------------------------------------------------- build
def build(L):
    os.makedirs(BUILD, exist_ok=True)
    stem, ext = os.path.splitext(L["file"])
    errs = validate(L)
    if errs:
        raise SystemExit("%s: %s" % (L["id"], "; ".join(errs)))
    work = os.path.join(BUILD, L["id"])
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    mdp = os.path.join(work, "letter.md")
    with open(mdp, "w") as f:
        f.write(md(L))
    ref = os.path.join(work, "reference.docx")
    make_reference(L, ref)
    docx = os.path.join(work, stem + ".docx")
    lang = {"en": "en-GB", "fr": "fr-FR", "de": "de-DE", "ar": "en-GB"}[L["lang"]]
    subprocess.run(["pandoc", "-f", "markdown-smart-auto_identifiers", "-t", "docx", "--reference-doc", ref,
                    "-M", "lang=" + lang, "-o", docx, mdp], check=True)
    lines = gold(L)
    e = check_docx(docx, lines)
    if e:
        raise SystemExit("%s: %s" % (L["id"], e))
    out = os.path.join(REPLIES, L["file"])
    if ext == ".docx":
        shutil.copy(docx, out)
    else:
        subprocess.run(["soffice", "-env:UserInstallation=file://%s/lo-profile" % BUILD, "--headless",
                        "--convert-to", "pdf", "--outdir", work, docx], check=True, capture_output=True)
        shutil.copy(os.path.join(work, stem + ".pdf"), out)
        missing = check_pdf(out, lines, L.get("layout", {}).get("footer"))
        if missing:
            raise SystemExit("%s: not found in PDF text: %r" % (L["id"], missing[:3]))
    with open(os.path.join(GOLD, stem + ".gold.jsonl"), "w") as f:
        for g in lines:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    meta = {"file": L["file"], "company": L["company"], "listed": L["listed"], "style": L["style"],
            "languages": L.get("languages", [L["lang"]]), "status": {q: L["status"][q] for q in QIDS},
            "notes": L["notes"]}
    with open(os.path.join(GOLD, stem + ".meta.json"), "w") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_ans = sum(g["question"] != "general" for g in lines)
    words = sum(len(g["text"].split()) for g in lines)
    print("%s  %-52s %-14s %s  lines=%d answer=%d words=%d" % (L["id"], L["file"], L["style"],
          ",".join(meta["languages"]), len(lines), n_ans, words))


if __name__ == "__main__":
    os.makedirs(REPLIES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    only = sys.argv[1:] or None
    for L in load_letters(only):
        build(L)
