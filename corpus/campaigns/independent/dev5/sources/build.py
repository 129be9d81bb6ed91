#!/usr/bin/env python3
"""Build the replies (DOCX/PDF), gold paragraph labels and meta files from sources/letters/*.txt.

Each letter source has a header (key: value lines: file, company, listed, created, style, languages, lang, marked,
ref, status, notes) and, after a line '---', blocks:
    = kind | questions | topic | options
    text lines (joined with single spaces) until the next '= ' line
kind: letterhead, letter, heading, paragraph, question, list_item, table_header, table_question, table_label,
      table_answer, annex.  questions: comma list or 'general' (default).  topic: default 'other'.
options: each (one paragraph per source line), cs=<paragraph style>, lang=<xx>, marked=true|false, h2|h3 (heading),
         bold (whole paragraph bold), row (a table cell that starts a new row), cols=a:b (dash widths of a table),
         num (numbered list item), primary=<qid> (primary question if not the first listed), pagebreak (page break before).
Inline: **bold** (not part of the gold text).  Everything else is escaped for pandoc, so text appears as typed.

Usage: python3 build.py [letter-glob]      (needs pandoc and soffice; writes DIR/replies and DIR/gold)
"""
import datetime, glob, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
BUILD = "/tmp/dev5-build"
QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header", "table_question",
         "table_label", "table_answer", "annex"}
TOPICS = {"products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence", "stakeholder_engagement",
          "mitigation", "grievance_mechanism", "policy_commitment", "exit_and_restrictions", "export_control",
          "confidentiality_decline", "other"}
STATUSES = {"answered", "partial", "declined", "not_addressed"}
PUNCT = set("\\`*_{}[]()#+-.!|<>~^$\"'@&%=:;,/?")


def esc(s):
    return "".join("\\" + c if c in PUNCT else c for c in s)


def md_inline(s):
    parts = s.split("**")
    if len(parts) % 2 == 0:
        raise ValueError("odd number of ** in: " + s)
    return "**".join(esc(p) if p else p for p in parts)


def plain(s):
    return s.replace("**", "")


def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    blocks, cur = [], None
    for line in body.splitlines():
        if line.startswith("= "):
            fields = [f.strip() for f in line[2:].split("|")]
            kind = fields[0]
            qs = fields[1] if len(fields) > 1 and fields[1] else "general"
            topic = fields[2] if len(fields) > 2 and fields[2] else "other"
            opts = fields[3].split() if len(fields) > 3 else []
            cur = dict(kind=kind, qs=[q.strip() for q in qs.split(",")], topic=topic, opts=opts, lines=[])
            blocks.append(cur)
        elif line.startswith("#") and cur is None:
            continue
        else:
            if cur is None:
                if line.strip():
                    raise ValueError(f"{path}: text before first block: {line}")
                continue
            cur["lines"].append(line)
    out = []
    for b in blocks:
        lines = [l.strip() for l in b["lines"]]
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        if "each" in b["opts"]:
            texts = [l for l in lines if l]
        else:
            if any(not l for l in lines):
                raise ValueError(f"{path}: blank line inside block {lines[:1]}")
            texts = [" ".join(lines)]
        for i, t in enumerate(texts):
            nb = dict(b)
            nb["text"] = t
            if i > 0:
                nb["opts"] = [o for o in b["opts"] if o != "row"]
            out.append(nb)
    return meta, out


def opt(b, key, default=None):
    for o in b["opts"]:
        if o == key:
            return True
        if o.startswith(key + "="):
            return o.split("=", 1)[1]
    return default


def to_markdown(meta, blocks):
    md, i = [], 0
    default_cs = {"letterhead": "Letterhead", "question": "QuestionLine", "annex": "AnnexText"}
    while i < len(blocks):
        b = blocks[i]
        k = b["kind"]
        if k.startswith("table_"):
            rows, j, cols = [], i, None
            while j < len(blocks) and blocks[j]["kind"].startswith("table_"):
                c = blocks[j]
                cols = cols or opt(c, "cols")
                if opt(c, "row") or not rows:
                    rows.append([])
                rows[-1].append(md_inline(c["text"]))
                j += 1
            widths = [int(x) for x in (cols or "10:40").split(":")]
            md.append("| " + " | ".join(rows[0]) + " |")
            md.append("|" + "|".join("-" * w for w in widths) + "|")
            for r in rows[1:]:
                md.append("| " + " | ".join(r) + " |")
            md.append("")
            i = j
            continue
        text = md_inline(b["text"])
        if opt(b, "pagebreak"):
            md.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n')
        if opt(b, "bold"):
            text = "**" + text + "**"
        if k == "heading" and (opt(b, "h2") or opt(b, "h3")):
            md.append(("## " if opt(b, "h2") else "### ") + text + " {-}")
            md.append("")
        elif k == "list_item":
            md.append(("1. " if opt(b, "num") else "- ") + text)
            if i + 1 < len(blocks) and blocks[i + 1]["kind"] == "list_item":
                md.append("")
            else:
                md.append("")
        else:
            cs = opt(b, "cs", default_cs.get(k))
            if cs and cs != "none":
                extra = ' dir="rtl"' if cs == "ArabicText" else ""
                md.append(f'::: {{custom-style="{cs}"{extra}}}')
                md.append(text)
                md.append(":::")
            else:
                md.append(text)
            md.append("")
        i += 1
    return "\n".join(md) + "\n"


def gold_lines(meta, blocks):
    style = meta["style"]
    lang0 = meta.get("lang", "en")
    marked0 = meta.get("marked", "false") == "true"
    out = []
    for b in blocks:
        qs = b["qs"]
        general = qs == ["general"]
        m = opt(b, "marked")
        marked = (m == "true") if m else (marked0 and not general)
        prim = opt(b, "primary", qs[0])
        assert prim in qs, (prim, qs)
        out.append(dict(text=plain(b["text"]), question=prim, questions=qs, topic=b["topic"], kind=b["kind"],
                        marked=marked, style=style, language=opt(b, "lang", lang0)))
    return out


def validate(meta, gold, path):
    errs = []
    for g in gold:
        if g["kind"] not in KINDS:
            errs.append("bad kind " + g["kind"])
        if g["topic"] not in TOPICS:
            errs.append("bad topic " + g["topic"])
        for q in g["questions"]:
            if q not in QIDS and q != "general":
                errs.append("bad question " + q)
        if g["questions"] == ["general"] and g["topic"] != "other":
            errs.append("general paragraph with topic " + g["topic"] + ": " + g["text"][:40])
        if g["questions"] != ["general"] and g["topic"] == "other":
            errs.append("question paragraph with topic other: " + g["text"][:40])
    if errs:
        raise SystemExit(f"{path}: " + "; ".join(errs))


def main():
    pattern = sys.argv[1] if len(sys.argv) > 1 else "*.txt"
    os.makedirs(BUILD, exist_ok=True)
    refs = os.path.join(BUILD, "refs")
    subprocess.run([sys.executable, os.path.join(HERE, "refdocs.py"), refs], check=True)
    os.makedirs(os.path.join(DIR, "replies"), exist_ok=True)
    os.makedirs(os.path.join(DIR, "gold"), exist_ok=True)
    for path in sorted(glob.glob(os.path.join(HERE, "letters", pattern))):
        meta, blocks = parse(path)
        gold = gold_lines(meta, blocks)
        validate(meta, gold, path)
        fname = meta["file"]
        stem, ext = os.path.splitext(fname)
        work = tempfile.mkdtemp(dir=BUILD)
        mdp = os.path.join(work, "letter.md")
        open(mdp, "w", encoding="utf-8").write(to_markdown(meta, blocks))
        docx = os.path.join(work, stem + ".docx")
        created = datetime.datetime.strptime(meta.get("created", "2022-09-01") + " 09:30", "%Y-%m-%d %H:%M")
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(created.replace(tzinfo=datetime.timezone.utc).timestamp())))
        subprocess.run(["pandoc", "-f", "markdown-smart", mdp, "-o", docx,
                        "--reference-doc", os.path.join(refs, meta["ref"] + ".docx")], check=True, env=env)
        if ext == ".docx":
            shutil.copy(docx, os.path.join(DIR, "replies", fname))
        else:
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-dev5-build", "--headless",
                            "--convert-to", "pdf", "--outdir", work, docx], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(work, stem + ".pdf"), os.path.join(DIR, "replies", fname))
        with open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
            for g in gold:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        status = {}
        for item in meta["status"].split():
            q, s = item.split("=")
            status[q] = s
        assert list(status) == QIDS and all(s in STATUSES for s in status.values()), (path, status)
        m = {"file": fname, "company": meta["company"], "listed": meta["listed"] == "true", "style": meta["style"],
             "languages": meta["languages"].split(), "status": status, "notes": meta["notes"]}
        with open(os.path.join(DIR, "gold", stem + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("built", fname)


if __name__ == "__main__":
    main()
