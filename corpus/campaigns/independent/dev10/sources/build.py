#!/usr/bin/env python3
"""Regenerate the whole dev10 set from the structured letter sources.

Usage:  python3 sources/build.py        (from anywhere)

Reads   sources/letters/*.txt  (one structured source per reply, format below)
Writes  campaign.yaml, replies/*.pdf|*.docx, gold/<stem>.gold.jsonl, gold/<stem>.meta.json,
        sources/INDEX.md, README.md (from sources/README.template.md)

Letter source format
--------------------
Header lines "key: value" up to a line "===". Keys:
  file, company, aliases (comma list, optional), country, listed (yes/no), style, lang (default paragraph language),
  status (9 pairs id=value), notes, tests (one line for INDEX.md), date (for sorting only),
  look: font, size (pt), color (heading colour hex), lh_align, lh_color, lh_size, footer, header, margin (twips)
Then one block per line:  [kind tokens] text      (a following non-empty line not starting with "[" or "@"
continues the block). Blank lines and lines starting with "#" are ignored.
  kinds   lh (letterhead), l (letter), h (heading), p (paragraph), q (restated question), li (bullet item),
          oli (numbered item), ali (lettered item "a)"), quote (quoted earlier e-mail -> kind letter),
          ax (annex paragraph), th / tq / tl / ta (table cells: header / question / label / answer)
  tokens  question ids "1a,2c" (none = general), a topic name (default: the first question's topic),
          a language code, "m" (= marked), render hints: small, right, bold, italic, h1, h3
Directives: "@table 15,85" ... "@endtable" (cells fill rows left to right), "@pagebreak".
Inline markup in text: **bold**, *italic* (stripped from the gold text).
"""
import json, os, re, shutil, subprocess, sys, tempfile, zipfile, glob, unicodedata
from collections import Counter, OrderedDict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from campaign_data import CAMPAIGN_ID, TITLE, QUESTIONS, NO_RESPONSE  # noqa: E402

QIDS = [q["id"] for q in QUESTIONS]
QTOPIC = {q["id"]: q["topic"] for q in QUESTIONS}
TOPICS = ["products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"]
LANGS = ["en", "fr", "de", "ar"]
KINDMAP = {"lh": "letterhead", "l": "letter", "h": "heading", "p": "paragraph", "q": "question",
           "li": "list_item", "oli": "list_item", "ali": "list_item", "quote": "letter", "ax": "annex",
           "th": "table_header", "tq": "table_question", "tl": "table_label", "ta": "table_answer"}
HINTS = {"small", "right", "bold", "italic", "h1", "h3", "m"}


class SourceError(Exception):
    pass


def strip_markup(s):
    return s.replace("**", "").replace("*", "")


def parse_letter(path):
    head, blocks = OrderedDict(), []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines) and lines[i].strip() != "===":
        ln = lines[i]
        if ln.strip() and not ln.startswith("#"):
            k, _, v = ln.partition(":")
            head[k.strip()] = v.strip()
        i += 1
    i += 1
    cur = None
    for ln in lines[i:]:
        s = ln.rstrip()
        if not s.strip() or s.startswith("#"):
            cur = None
            continue
        if s.startswith("@"):
            blocks.append({"directive": s[1:].strip()})
            cur = None
            continue
        m = re.match(r"^\[([^\]]*)\]\s?(.*)$", s)
        if m:
            toks = m.group(1).split()
            if not toks or toks[0] not in KINDMAP:
                raise SourceError("%s: bad block tag %r" % (path, m.group(1)))
            b = {"code": toks[0], "kind": KINDMAP[toks[0]], "qs": [], "topic": None, "lang": None,
                 "hints": set(), "src": m.group(2)}
            for t in toks[1:]:
                if re.fullmatch(r"[0-9a-e,]+", t) and all(x in QIDS for x in t.split(",")):
                    b["qs"] = t.split(",")
                elif t in TOPICS:
                    b["topic"] = t
                elif t in LANGS:
                    b["lang"] = t
                elif t in HINTS:
                    b["hints"].add(t)
                else:
                    raise SourceError("%s: unknown token %r in %r" % (path, t, s[:60]))
            blocks.append(b)
            cur = b
        else:
            if cur is None:
                raise SourceError("%s: continuation without block: %r" % (path, s[:60]))
            cur["src"] += " " + s.strip()
    return head, blocks


def esc(s):
    out = []
    for ch in s:
        if ch in "\\`*_{}[]()#+-.!<>|~^$\"'@&=:;,/%?" :
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def md_inline(src):
    parts = re.split(r"(\*\*.+?\*\*|\*[^*]+?\*)", src)
    out = []
    for p in parts:
        if p.startswith("**") and p.endswith("**") and len(p) > 4:
            out.append("**" + esc(p[2:-2]) + "**")
        elif p.startswith("*") and p.endswith("*") and len(p) > 2:
            out.append("*" + esc(p[1:-1]) + "*")
        else:
            out.append(esc(p))
    return "".join(out)


def custom(style, inner):
    return '::: {custom-style="%s"}\n%s\n:::' % (style, inner)


def render_block(b):
    md = _render_block(b)
    if b.get("lang") == "ar" and b["code"] not in ("th", "tq", "tl", "ta"):
        md = '::: {dir="rtl" lang="ar"}\n' + md + "\n:::"
    return md


def _render_block(b):
    src, h = b["src"], b["hints"]
    inl = md_inline(src)
    if "bold" in h:
        inl = "**" + inl + "**"
    if "italic" in h:
        inl = "*" + inl + "*"
    c = b["code"]
    if c == "lh":
        return custom("Small Print" if "small" in h else "Letterhead", inl)
    if c == "h":
        lvl = 1 if "h1" in h else 3 if "h3" in h else 2
        return "#" * lvl + " " + inl
    if c == "q":
        return inl if ("bold" in h or "italic" in h) else "**" + inl + "**"
    if c == "li":
        return "- " + inl
    if c == "oli":
        return "1. " + inl
    if c == "ali":
        return "a) " + inl
    if c == "quote":
        return "> " + inl
    if "small" in h:
        return custom("Small Print", inl)
    if "right" in h:
        return custom("Right Aligned", inl)
    return inl


def render_markdown(blocks):
    out, i = [], 0
    prev_list = None
    while i < len(blocks):
        b = blocks[i]
        if "directive" in b:
            d = b["directive"]
            if d.startswith("table"):
                widths = [int(x) for x in d.split()[1].split(",")]
                ncol = len(widths)
                cells = []
                i += 1
                while "directive" not in blocks[i] or blocks[i]["directive"] != "endtable":
                    cells.append(blocks[i])
                    i += 1
                rows = [cells[k:k + ncol] for k in range(0, len(cells), ncol)]
                if rows and rows[0][0]["code"] == "th":
                    header, body = rows[0], rows[1:]
                    hdr = "| " + " | ".join(md_inline(c["src"]) for c in header) + " |"
                else:
                    header, body = None, rows
                    hdr = "|" + "|".join("   " for _ in widths) + "|"
                sep = "|" + "|".join(":" + "-" * max(3, w) for w in widths) + "|"
                lines = [hdr, sep]
                for r in body:
                    lines.append("| " + " | ".join(render_block(c) if c["hints"] else md_inline(c["src"]) for c in r) + " |")
                out.append("\n".join(lines))
            elif d == "pagebreak":
                out.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```')
            i += 1
            prev_list = None
            continue
        code = b["code"]
        rendered = render_block(b)
        if code in ("li", "oli", "ali") and prev_list == code:
            out[-1] += "\n\n" + rendered
        elif code == "quote" and prev_list == "quote":
            out[-1] += "\n>\n" + rendered
        else:
            if code in ("li", "oli", "ali", "quote") and prev_list is not None and prev_list != code:
                out.append("<!-- -->")
            out.append(rendered)
        prev_list = code if code in ("li", "oli", "ali", "quote") else None
        i += 1
    return "\n\n".join(out) + "\n"


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def furniture_xml(tag, text):
    runs = []
    for k, piece in enumerate(text.split("{PAGE}")):
        if k:
            runs.append('<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16" /></w:rPr><w:t>1</w:t></w:r></w:fldSimple>')
        if piece:
            runs.append('<w:r><w:rPr><w:sz w:val="16" /><w:color w:val="6F6F6F" /></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                        % piece.replace("&", "&amp;").replace("<", "&lt;"))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%s xmlns:w="%s" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:p><w:pPr><w:jc w:val="center" /></w:pPr>%s</w:p></%s>') % (tag, W, "".join(runs), tag)


def make_reference(base, dst, head):
    font = head.get("font", "Liberation Serif")
    size = int(round(float(head.get("size", "11")) * 2))
    color = head.get("color", "1F3864")
    lh_align = head.get("lh_align", "left")
    lh_color = head.get("lh_color", "000000")
    lh_size = int(round(float(head.get("lh_size", "14")) * 2))
    margin = int(head.get("margin", "1417"))
    zin = zipfile.ZipFile(base)
    files = {n: zin.read(n) for n in zin.namelist()}
    st = files["word/styles.xml"].decode()
    fonts = 'w:ascii="%s" w:hAnsi="%s" w:cs="%s" w:eastAsia="%s"' % ((font,) * 4)
    st = re.sub(r'<w:rFonts w:asciiTheme="minorHAnsi"[^/]*/>', "<w:rFonts %s />" % fonts, st)
    st = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^/]*/>', "<w:rFonts %s />" % fonts, st)
    st = st.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                    '<w:sz w:val="%d" />\n        <w:szCs w:val="%d" />' % (size, size), 1)
    st = st.replace('w:val="4F81BD" w:themeColor="accent1"', 'w:val="%s"' % color)
    st = st.replace('w:val="345A8A" w:themeColor="accent1" w:themeShade="B5"', 'w:val="%s"' % color)
    st = st.replace('<w:spacing w:before="180" w:after="180" />', '<w:spacing w:before="%s" w:after="%s" />'
                    % (head.get("before", "60"), head.get("after", "140")), 1)
    extra = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead"><w:name w:val="Letterhead" />'
             '<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr><w:spacing w:before="0" w:after="40" /><w:jc w:val="%s" />'
             '</w:pPr><w:rPr><w:b /><w:color w:val="%s" /><w:sz w:val="%d" /><w:szCs w:val="%d" /></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SmallPrint"><w:name w:val="Small Print" />'
             '<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr><w:spacing w:before="0" w:after="0" /><w:jc w:val="%s" />'
             '</w:pPr><w:rPr><w:color w:val="595959" /><w:sz w:val="17" /><w:szCs w:val="17" /></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:customStyle="1" w:styleId="RightAligned"><w:name w:val="Right Aligned" />'
             '<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr><w:spacing w:before="0" w:after="120" /><w:jc w:val="right" />'
             '</w:pPr></w:style>') % (lh_align, lh_color, lh_size, lh_size, lh_align)
    st = st.replace("</w:styles>", extra + "</w:styles>")
    files["word/styles.xml"] = st.encode()
    doc = files["word/document.xml"].decode()
    rels = files["word/_rels/document.xml.rels"].decode()
    ct = files["[Content_Types].xml"].decode()
    refs = ""
    for kind, tag, rid in (("header", "w:hdr", "rId91"), ("footer", "w:ftr", "rId92")):
        text = head.get(kind)
        if not text:
            continue
        files["word/%s1.xml" % kind] = furniture_xml(tag, text).encode()
        rels = rels.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/'
                            '2006/relationships/%s" Id="%s" Target="%s1.xml" /></Relationships>' % (kind, rid, kind))
        ct = ct.replace("</Types>", '<Override PartName="/word/%s1.xml" ContentType="application/vnd.openxmlformats-'
                        'officedocument.wordprocessingml.%s+xml" /></Types>' % (kind, kind))
        refs += '<w:%sReference w:type="default" r:id="%s" />' % (kind, rid)
    sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" '
            'w:left="%d" w:header="567" w:footer="567" w:gutter="0" /></w:sectPr>') % (refs, margin, margin, margin, margin)
    doc = doc.replace("<w:sectPr />", sect)
    files["word/document.xml"] = doc.encode()
    files["word/_rels/document.xml.rels"] = rels.encode()
    files["[Content_Types].xml"] = ct.encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)


def gold_lines(head, blocks):
    style, dlang = head["style"], head.get("lang", "en")
    rows = []
    for b in blocks:
        if "directive" in b:
            continue
        qs = b["qs"] or ["general"]
        topic = b["topic"] or (QTOPIC[qs[0]] if qs[0] != "general" else "other")
        rows.append(OrderedDict([
            ("text", strip_markup(b["src"])), ("question", qs[0]), ("questions", qs), ("topic", topic),
            ("kind", b["kind"]), ("marked", "m" in b["hints"]), ("style", style),
            ("language", b["lang"] or dlang)]))
    return rows


def parse_status(s):
    st = OrderedDict()
    for pair in s.split():
        k, _, v = pair.partition("=")
        st[k] = v
    return st


def load_all():
    letters = []
    for p in sorted(glob.glob(os.path.join(HERE, "letters", "*.txt"))):
        head, blocks = parse_letter(p)
        letters.append((os.path.basename(p), head, blocks))
    return letters


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_campaign(letters):
    L = ["id: %s" % CAMPAIGN_ID, "title: %s" % yq(TITLE),
         "organisation: Business & Human Rights Resource Centre (BHRRC)", "date_sent: 2022-07",
         "replies: replies", "questions:"]
    for q in QUESTIONS:
        L += ["  - id: %s" % (yq(q["id"]) if q["id"] == "3" else q["id"]), "    parent: %s" % yq(q["parent"]),
              "    title: %s" % q["title"], "    topic: %s" % q["topic"], "    text: %s" % yq(q["text"])]
    L.append("companies:")
    comps = []
    for _, h, _ in letters:
        if h["listed"] == "yes":
            comps.append((h["company"], [a.strip() for a in h.get("aliases", "").split(",") if a.strip()],
                          h["country"], "declined" if h["style"] == "refusal" else "responded"))
    for name, aliases, country in NO_RESPONSE:
        comps.append((name, aliases, country, "no_response"))
    for name, aliases, country, status in comps:
        L.append("  - name: %s" % yq(name))
        if aliases:
            L.append("    aliases: [%s]" % ", ".join(yq(a) for a in aliases))
        L += ["    country: %s" % country, "    status: %s" % status]
    with open(os.path.join(DIR, "campaign.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def summary(letters):
    styles, langs, fmts, status, kinds = Counter(), Counter(), Counter(), Counter(), Counter()
    marked = general = total = 0
    for _, h, blocks in letters:
        styles[h["style"]] += 1
        fmts[h["file"].rsplit(".", 1)[1]] += 1
        for r in gold_lines(h, blocks):
            total += 1
            kinds[r["kind"]] += 1
            marked += r["marked"]
            general += r["question"] == "general"
            langs_line = r["language"]
        for lg in sorted({r["language"] for r in gold_lines(h, blocks)}):
            langs[lg] += 1
        for v in parse_status(h["status"]).values():
            status[v] += 1
    return styles, langs, fmts, status, kinds, marked, general, total


def write_index_readme(letters):
    L = ["# Sources index (dev10)", "",
         "One line per reply: file | company | listed | style | languages | what it tests", ""]
    for _, h, blocks in letters:
        lg = sorted({r["language"] for r in gold_lines(h, blocks)})
        L.append("- `%s` | %s (%s) | %s | %s | %s | %s" % (
            h["file"], h["company"], h["country"], "listed" if h["listed"] == "yes" else "NOT listed",
            h["style"], ",".join(lg), h.get("tests", "")))
    with open(os.path.join(HERE, "INDEX.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    styles, langs, fmts, status, kinds, marked, general, total = summary(letters)
    fmt = lambda c: ", ".join("%s %d" % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    unlisted = [h["company"] for _, h, _ in letters if h["listed"] != "yes"]
    counts = "\n".join([
        "- Replies: %d (%s)" % (len(letters), fmt(fmts)),
        "- Styles: %s" % fmt(styles),
        "- Languages (replies containing each language): %s" % fmt(langs),
        "- Status cells (%d): %s" % (sum(status.values()), fmt(status)),
        "- Gold lines: %d in total, %d marked, %d general" % (total, marked, general),
        "- Gold kinds: %s" % fmt(kinds),
        "- Companies in campaign.yaml: %d replying (%d responded, %d declined) + %d no_response" % (
            sum(1 for _, h, _ in letters if h["listed"] == "yes"),
            sum(1 for _, h, _ in letters if h["listed"] == "yes" and h["style"] != "refusal"),
            sum(1 for _, h, _ in letters if h["listed"] == "yes" and h["style"] == "refusal"), len(NO_RESPONSE)),
        "- Replying companies NOT in campaign.yaml (%d): %s" % (len(unlisted), "; ".join(unlisted)),
    ])
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as f:
        tpl = f.read()
    with open(os.path.join(DIR, "README.md"), "w", encoding="utf-8") as f:
        f.write(tpl.replace("{{COUNTS}}", counts))
    return counts


def main():
    letters = load_all()
    for name, h, blocks in letters:
        for k in ("file", "company", "country", "listed", "style", "status", "notes"):
            if k not in h:
                raise SourceError("%s: missing header %s" % (name, k))
    tmp = tempfile.mkdtemp(prefix="dev10-build-")
    base = os.path.join(tmp, "base-reference.docx")
    with open(base, "wb") as f:
        f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                               check=True, capture_output=True).stdout)
    for sub in ("replies", "gold"):
        d = os.path.join(DIR, sub)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    mdir = os.path.join(HERE, "markdown")
    shutil.rmtree(mdir, ignore_errors=True)
    os.makedirs(mdir)
    pdf_jobs = []
    for name, h, blocks in letters:
        stem, ext = h["file"].rsplit(".", 1)
        md = render_markdown(blocks)
        mdpath = os.path.join(mdir, name.replace(".txt", ".md"))
        with open(mdpath, "w", encoding="utf-8") as f:
            f.write(md)
        ref = os.path.join(tmp, name + ".ref.docx")
        make_reference(base, ref, h)
        docx_out = os.path.join(tmp, stem + ".docx")
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--columns=40", "--reference-doc", ref,
                        "-o", docx_out, mdpath], check=True)
        if ext == "docx":
            shutil.copy(docx_out, os.path.join(DIR, "replies", h["file"]))
        else:
            pdf_jobs.append(docx_out)
        with open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
            for r in gold_lines(h, blocks):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        langs = sorted({r["language"] for r in gold_lines(h, blocks)}, key=LANGS.index)
        meta = OrderedDict([("file", h["file"]), ("company", h["company"]), ("listed", h["listed"] == "yes"),
                            ("style", h["style"]), ("languages", langs), ("status", parse_status(h["status"])),
                            ("notes", h["notes"])])
        with open(os.path.join(DIR, "gold", stem + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")
    if pdf_jobs:
        outdir = os.path.join(tmp, "pdf")
        os.makedirs(outdir)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-dev10", "--convert-to", "pdf",
                        "--outdir", outdir] + pdf_jobs, check=True, capture_output=True)
        for j in pdf_jobs:
            pdf = os.path.join(outdir, os.path.basename(j)[:-5] + ".pdf")
            if not os.path.exists(pdf):
                raise SourceError("PDF not produced for %s" % j)
            shutil.move(pdf, os.path.join(DIR, "replies", os.path.basename(pdf)))
    write_campaign(letters)
    counts = write_index_readme(letters)
    shutil.rmtree(tmp, ignore_errors=True)
    print("built %d replies into %s" % (len(letters), DIR))
    print(counts)


if __name__ == "__main__":
    main()
