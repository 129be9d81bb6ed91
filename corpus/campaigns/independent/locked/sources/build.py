#!/usr/bin/env python3
"""Generate the locked set: replies (DOCX/PDF), gold .jsonl + .meta.json, campaign.yaml, INDEX.md.

Every letter is a list of labelled blocks (see letters_*.py). The same blocks produce the Markdown given to pandoc
and the gold lines, so the gold text cannot drift from the letter. Run:  python3 build.py
Needs: pandoc, LibreOffice (soffice), poppler-utils (pdftotext)."""
import json, os, re, shutil, subprocess, sys, tempfile, zipfile, unicodedata
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import refdocs

QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
QTOPIC = {"1a": "products_and_clients", "1b": "deployment_scale", "1c": "disclosure_commitment", "2a": "due_diligence",
          "2b": "stakeholder_engagement", "2c": "mitigation", "2d": "grievance_mechanism", "2e": "policy_commitment",
          "3": "exit_and_restrictions"}
TOPICS = set(QTOPIC.values()) | {"export_control", "confidentiality_decline", "other"}
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header", "table_question",
         "table_label", "table_answer", "annex"}

# ---------------------------------------------------------------- block DSL
def _blk(kind, text, q="general", qs=None, topic=None, marked=False, lang=None, style=None, **kw):
    if qs is None:
        qs = [q]
    if q != "general" and q not in qs:
        qs = [q] + list(qs)
    if topic is None:
        topic = "other" if q == "general" else QTOPIC[q]
    d = dict(kind=kind, text=text, q=q, qs=list(qs), topic=topic, marked=marked, lang=lang, style=style)
    d.update(kw)
    return d

def LH(text, style="Letterhead", lang=None):            # letterhead line
    return _blk("letterhead", text, style=style, lang=lang)
def L(text, style=None, lang=None):                      # date, addressee, greeting, closing, signature, ref, cc
    return _blk("letter", text, style=style, lang=lang)
def P(text, q="general", qs=None, topic=None, marked=False, lang=None, style=None):
    return _blk("paragraph", text, q, qs, topic, marked, lang, style)
def H(text, q="general", qs=None, topic=None, marked=None, lang=None, level=2):
    if marked is None:
        marked = q != "general"
    return _blk("heading", text, q, qs, topic, marked, lang, level=level)
def Q(text, q, qs=None, topic=None, lang=None, as_heading=False, level=3):   # restated question
    return _blk("question", text, q, qs, topic, True, lang, as_heading=as_heading, level=level)
def LI(text, q="general", qs=None, topic=None, marked=False, lang=None, ordered=None):
    return _blk("list_item", text, q, qs, topic, marked, lang, ordered=ordered)
def A(text, q="general", qs=None, topic=None, marked=False, lang=None, style=None):   # annex paragraph
    return _blk("annex", text, q, qs, topic, marked, lang, style)
def AH(text, q="general", qs=None, topic=None, marked=None, lang=None, level=2):    # annex heading (kind heading)
    return H(text, q, qs, topic, marked, lang, level)
def C(text, kind, q="general", qs=None, topic=None, marked=None, lang=None):      # table cell
    if marked is None:
        marked = q != "general"
    return _blk(kind, text, q, qs, topic, marked, lang)
def TABLE(header, rows, widths=None):
    return dict(kind="TABLE", header=header, rows=rows, widths=widths)
def PAGEBREAK():
    return dict(kind="PAGEBREAK")

# ---------------------------------------------------------------- markdown
def strip_md(t):
    return t.replace("**", "").replace("\\", "")

def esc(t):
    for ch in "~^$<`":
        assert ch not in t, (ch, t)
    assert t.count("**") % 2 == 0, t
    t = re.sub(r'^(\(?)([0-9]{1,3}|[a-zA-Z]|[ivxIVX]{1,4})([.)])(\s)', r'\1\2\\\3\4', t)
    t = re.sub(r'^([#>+\-*|])', r'\\\1', t) if not t.startswith("**") else t
    return t

def div(style, body, extra=""):
    return f'::: {{custom-style="{style}"{extra}}}\n{body}\n:::\n'

def render(letter):
    out = []
    blocks = letter["blocks"]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        k = b["kind"]
        if k == "PAGEBREAK":
            out.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n')
        elif k == "TABLE":
            widths = b["widths"] or [30, 70]
            cells = [[esc(c["text"]).replace("|", "\\|") for c in row] for row in [b["header"]] + b["rows"]]
            lines = ["| " + " | ".join(cells[0]) + " |",
                     "|" + "|".join(":" + "-" * (w - 1) for w in widths) + "|"]
            for row in cells[1:]:
                lines.append("| " + " | ".join(row) + " |")
            out.append("\n".join(lines) + "\n")
        elif k == "list_item":
            items = []
            while i < len(blocks) and blocks[i]["kind"] == "list_item" and blocks[i].get("ordered") == b.get("ordered"):
                items.append(blocks[i]); i += 1
            i -= 1
            lines = []
            for n, it in enumerate(items):
                o = it.get("ordered")
                mark = "-" if not o else (f"{n+1}." if o == "1." else f"{chr(97+n)})" if o == "a)" else f"({chr(97+n)})")
                lines.append(f"{mark} {esc(it['text']) if not it['text'].startswith('**') else it['text']}")
            body = "\n".join(lines) + "\n"
            if items[0].get("lang") == "ar":
                body = div("ArabicBody", body.rstrip("\n"), ' dir="rtl"')
            out.append(body)
        elif k == "heading" or (k == "question" and b.get("as_heading")):
            for ch in "~^$<`*#":
                assert ch not in b["text"], b["text"]
            out.append("#" * b.get("level", 2) + " " + b["text"] + "\n")
        else:
            t = esc(b["text"])
            if k == "question" and not t.startswith("**"):
                t = f"**{t}**"
            st = b.get("style")
            if st is None and b.get("lang") == "ar":
                st = "ArabicBody"
            if st:
                extra = ' dir="rtl"' if st.startswith("Arabic") else ""
                out.append(div(st, t, extra))
            else:
                out.append(t + "\n")
        i += 1
    return "\n".join(out)

def gold_lines(letter):
    lines = []
    for b in letter["blocks"]:
        if b["kind"] == "PAGEBREAK":
            continue
        cells = [b] if b["kind"] != "TABLE" else [c for row in [b["header"]] + b["rows"] for c in row]
        for c in cells:
            assert c["kind"] in KINDS, c
            assert c["topic"] in TOPICS, c
            for q in c["qs"]:
                assert q in QIDS or q == "general", c
            if c["q"] == "general":
                assert c["qs"] == ["general"] and c["topic"] == "other" and not c["marked"], c
            lines.append({"text": strip_md(c["text"]), "question": c["q"], "questions": c["qs"], "topic": c["topic"],
                          "kind": c["kind"], "marked": bool(c["marked"]), "style": letter["style"],
                          "language": c["lang"] or letter["lang"]})
    return lines

# ---------------------------------------------------------------- conversion + checks
def docx_paragraphs(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        t = []
        for el in p.iter():
            if el.tag == W + "t":
                t.append(el.text or "")
            elif el.tag == W + "tab":
                t.append("\t")
        s = "".join(t)
        if s.strip():
            paras.append(s)
    return paras

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr}")
    return r.stdout

def build_letter(letter, tmp):
    stem, ext = os.path.splitext(letter["file"])
    md = render(letter)
    mddir = os.path.join(HERE, "md"); os.makedirs(mddir, exist_ok=True)
    mdpath = os.path.join(mddir, stem + ".md")
    open(mdpath, "w", encoding="utf-8").write(md)
    docx = os.path.join(tmp, "letter.docx") if ext == ".pdf" else os.path.join(DIR, "replies", letter["file"])
    run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", refdocs.build_for(letter["theme"], letter.get("footer"), tmp), "-o", docx, mdpath])
    gold = gold_lines(letter)
    # exact check against the DOCX paragraphs
    paras = docx_paragraphs(docx)
    gt = [g["text"] for g in gold]
    if paras != gt:
        for n, (a, b) in enumerate(zip(paras, gt)):
            if a != b:
                raise AssertionError(f"{letter['file']}: paragraph {n} differs:\nDOCX: {a!r}\nGOLD: {b!r}")
        raise AssertionError(f"{letter['file']}: {len(paras)} docx paragraphs vs {len(gt)} gold lines")
    if ext == ".pdf":
        prof = f"file:///tmp/lo-locked-{os.getpid()}"
        run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx])
        # give the PDF real document properties (title) instead of pandoc's empty ones: leave as produced
        shutil.move(os.path.join(tmp, "letter.pdf"), os.path.join(DIR, "replies", letter["file"]))
    with open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    meta = {"file": letter["file"], "company": letter["company"], "listed": letter["listed"], "style": letter["style"],
            "languages": sorted({g["language"] for g in gold}, key=["en", "fr", "de", "ar"].index),
            "status": letter["status"], "notes": letter["notes"]}
    assert set(meta["status"]) == set(QIDS) and all(v in {"answered", "partial", "declined", "not_addressed"} for v in meta["status"].values())
    with open(os.path.join(DIR, "gold", stem + ".meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold

def load_letters():
    import letters_a, letters_b, letters_c, letters_d
    return letters_a.LETTERS + letters_b.LETTERS + letters_c.LETTERS + letters_d.LETTERS

QUESTIONS = [
    ("1a", "1", "Products and clients", "Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries."),
    ("1b", "1", "Deployment scale", "How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?"),
    ("1c", "1", "Disclosure commitment", "Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?"),
    ("2a", "2", "Human rights due diligence", "Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified."),
    ("2b", "2", "Stakeholder consultation", "Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?"),
    ("2c", "2", "Other mitigation actions", "Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?"),
    ("2d", "2", "Grievance mechanism", "Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?"),
    ("2e", "2", "Human rights policy", "Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?"),
    ("3", "3", "Plans to stop sales", "Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?"),
]
NON_RESPONDERS = [("Tarrowby Aerosystems Ltd", ["Tarrowby Aerosystems", "Tarrowby"], "United Kingdom"),
                  ("Quellin Sorveglianza S.r.l.", ["Quellin Sorveglianza", "Quellin"], "Italy"),
                  ("Ostrevant Systèmes SAS", ["Ostrevant Systèmes", "Ostrevant"], "France"),
                  ("Karvoss Photonics GmbH", ["Karvoss Photonics", "Karvoss"], "Germany")]

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def write_campaign(letters):
    out = ["id: independent-locked",
           'title: "Independently written replies (locked test set): MENA surveillance questionnaire"',
           "organisation: Business & Human Rights Resource Centre (BHRRC)",
           "date_sent: 2022-07",
           "replies: replies",
           "questions:"]
    for qid, parent, title, text in QUESTIONS:
        out += [f"  - id: {yq(qid) if qid == '3' else qid}", f'    parent: "{parent}"', f"    title: {title}",
                f"    topic: {QTOPIC[qid]}", f"    text: {yq(text)}"]
    out.append("companies:")
    rows = [(l["company"], l["aliases"], l["country"], l.get("yaml_status", "responded")) for l in letters if l["listed"]]
    rows += [(n, a, c, "no_response") for n, a, c in NON_RESPONDERS]
    for name, aliases, country, status in rows:
        out += [f"  - name: {yq(name)}", "    aliases: [" + ", ".join(yq(a) for a in aliases) + "]",
                f"    country: {country}", f"    status: {status}"]
    open(os.path.join(DIR, "campaign.yaml"), "w", encoding="utf-8").write("\n".join(out) + "\n")

def write_index(letters):
    out = ["# Sources index (locked split)", "",
           "Each reply is generated by `build.py` from the labelled blocks in `letters_a.py` ... `letters_d.py`;",
           "`md/` holds the Markdown given to pandoc, `refdocs.py` builds the pandoc reference documents (fonts, footers).",
           "Regenerate everything with `python3 build.py` (pandoc, LibreOffice and pdftotext needed); `python3 check.py` re-checks the output.", "",
           "| file | company | style | languages | listed | what it tests |", "|---|---|---|---|---|---|"]
    for l in letters:
        stem = os.path.splitext(l["file"])[0]
        meta = json.load(open(os.path.join(DIR, "gold", stem + ".meta.json"), encoding="utf-8"))
        out.append(f"| {l['file']} | {l['company']} | {l['style']} | {', '.join(meta['languages'])} | {'yes' if l['listed'] else 'no'} | {l['tests']} |")
    open(os.path.join(HERE, "INDEX.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")

if __name__ == "__main__":
    only = sys.argv[1:]
    letters = load_letters()
    names = [l["file"] for l in letters]
    assert len(names) == len(set(names))
    for l in letters:
        if only and not any(o in l["file"] for o in only):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            g = build_letter(l, tmp)
        print(f"ok {l['file']}: {len(g)} gold lines")
    if not only:
        write_campaign(letters)
        write_index(letters)
        print("campaign.yaml and sources/INDEX.md written")
