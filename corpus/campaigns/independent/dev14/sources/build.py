#!/usr/bin/env python3
"""Build the dev14 reply set from the letter sources in sources/letters/.

For every letter module (sources/letters/l??_*.py, each defining LETTER) this script
  1. writes a Markdown file and converts it with pandoc (-f markdown-smart) to DOCX,
  2. for PDF replies converts the DOCX with LibreOffice,
  3. writes gold/<stem>.gold.jsonl and gold/<stem>.meta.json from the SAME blocks,
  4. checks every gold paragraph against pdftotext output (PDF) or the DOCX XML text.
Standard library only. Usage:  python3 sources/build.py   (run from anywhere)
"""
import importlib.util, json, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile, glob
from html import unescape

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
REPLIES = os.path.join(DIR, "replies")
GOLD = os.path.join(DIR, "gold")
QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
TOPICS = {"products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"}
KINDS = {"LH": "letterhead", "L": "letter", "H": "heading", "P": "paragraph", "Q": "question",
         "LI": "list_item", "TH": "table_header", "TQ": "table_question", "TL": "table_label",
         "TA": "table_answer", "AX": "annex"}
FONTS = {"serif": ("DejaVu Serif", 22), "sans": ("DejaVu Sans", 20), "cond": ("DejaVu Sans Condensed", 22)}


def esc(text):
    """Escape every ASCII punctuation char so pandoc keeps the text literally."""
    out = []
    for ch in text:
        if ch in "\\`*_{}[]()<>#+-.!|@~^$=:\"'&%;,?/":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def load_letters():
    letters = []
    for path in sorted(glob.glob(os.path.join(HERE, "letters", "l*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        letters.append(mod.LETTER)
    return letters


def reference_doc(variant, tmp):
    path = os.path.join(tmp, f"ref_{variant}.docx")
    if os.path.exists(path):
        return path
    base = os.path.join(tmp, "ref_default.docx")
    if not os.path.exists(base):
        with open(base, "wb") as f:
            f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                                   check=True, capture_output=True).stdout)
    font, size = FONTS[variant]
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/styles.xml":
                s = data.decode("utf-8")
                s = s.replace('<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" />',
                              f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="DejaVu Sans" />', 1)
                s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                              f'<w:sz w:val="{size}" />\n        <w:szCs w:val="{size}" />', 1)
                data = s.encode("utf-8")
            zout.writestr(item, data)
    return path


def to_markdown(letter):
    lines = []
    blocks = letter["blocks"]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        kind = b[0]
        text = b[1]
        if kind in ("TH", "TQ", "TL", "TA"):
            # collect a table: header cells (TH...), then rows of (TQ|TL, TA)
            header = []
            while i < len(blocks) and blocks[i][0] == "TH":
                header.append(blocks[i][1]); i += 1
            rows = []
            while i + 1 < len(blocks) and blocks[i][0] in ("TQ", "TL") and blocks[i + 1][0] == "TA":
                rows.append((blocks[i][1], blocks[i + 1][1])); i += 2
            lines.append("| " + " | ".join(esc(h) for h in header) + " |")
            lines.append("|" + "-" * 18 + "|" + "-" * 42 + "|")
            for q, a in rows:
                lines.append("| " + esc(q) + " | " + esc(a) + " |")
            lines.append("")
            continue
        if kind == "LH":
            lines.append("**" + esc(text) + "**")
        elif kind == "H":
            lines.append("### " + esc(text))
        elif kind == "Q":
            lines.append("**" + esc(text) + "**")
        elif kind == "LI":
            lines.append("1.  " + esc(text))
            # keep consecutive list items in one list
            if i + 1 < len(blocks) and blocks[i + 1][0] == "LI":
                lines.append("")
                i += 1
                continue
        elif kind == "AX":
            lines.append(esc(text))
        elif len(b) > 5 and b[5].get("rtl"):
            # right-to-left paragraph (Arabic): pandoc sets bidi on the Word paragraph
            lines.append('::: {dir="rtl" lang="ar"}')
            lines.append(esc(text))
            lines.append(":::")
        else:
            lines.append(esc(text))
        lines.append("")
        i += 1
    return "\n".join(lines) + "\n"


def gold_lines(letter):
    out = []
    for b in letter["blocks"]:
        kind, text, qs, topic = b[0], b[1], b[2], b[3]
        lang = (b[4] if len(b) > 4 else None) or letter["lang"]
        if qs == "g":
            qlist = ["general"]
            topic = "other" if topic is None else topic
        else:
            qlist = qs.split() if isinstance(qs, str) else list(qs)
        assert topic in TOPICS, (letter["file"], topic)
        for q in qlist:
            assert q in QIDS or q == "general", (letter["file"], q)
        extra = b[5] if len(b) > 5 else {}
        if qlist == ["general"]:
            marked = False
        elif "marked" in extra:
            marked = extra["marked"]
        else:
            marked = letter["marked_kinds"] is not None and KINDS[kind] in letter["marked_kinds"]
        out.append({"text": text, "question": qlist[0], "questions": qlist, "topic": topic,
                    "kind": KINDS[kind], "marked": marked, "style": letter["style"], "language": lang})
    return out


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "")
    s = re.sub(r"[\u200e\u200f\u202a-\u202e]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    texts = []
    for p in paras:
        t = "".join(re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S))
        texts.append(unescape(t))
    return "\n".join(texts)


def main():
    for d in (REPLIES, GOLD):
        os.makedirs(d, exist_ok=True)
    letters = load_letters()
    names = [l["file"] for l in letters]
    assert len(names) == len(set(names)), "duplicate file names"
    tmp = tempfile.mkdtemp(prefix="dev14build-")
    problems = []
    for letter in letters:
        stem, ext = os.path.splitext(letter["file"])
        md = os.path.join(tmp, "in.md")
        with open(md, "w", encoding="utf-8") as f:
            f.write(to_markdown(letter))
        docx_tmp = os.path.join(tmp, "letter.docx")
        ref = reference_doc(letter.get("font", "serif"), tmp)
        subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", ref,
                        "-o", docx_tmp, md], check=True)
        if ext == ".docx":
            shutil.copy(docx_tmp, os.path.join(REPLIES, letter["file"]))
            full = norm(docx_text(os.path.join(REPLIES, letter["file"])))
        else:
            outdir = os.path.join(tmp, "pdf")
            os.makedirs(outdir, exist_ok=True)
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                            "--convert-to", "pdf", "--outdir", outdir, docx_tmp],
                           check=True, capture_output=True)
            shutil.copy(os.path.join(outdir, "letter.pdf"), os.path.join(REPLIES, letter["file"]))
            # -layout keeps line-final hyphens (the default mode drops them when it joins lines);
            # comparison ignores all whitespace so line wrapping does not matter
            raw = subprocess.run(["pdftotext", "-layout", os.path.join(REPLIES, letter["file"]), "-"],
                                 check=True, capture_output=True, text=True).stdout
            full = norm(raw)
        gl = gold_lines(letter)
        squashed = re.sub(r"\s+", "", full)
        for g in gl:
            if re.sub(r"\s+", "", norm(g["text"])) not in squashed:
                problems.append((letter["file"], g["text"][:70]))
        with open(os.path.join(GOLD, stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
            for g in gl:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        langs = []
        for g in gl:
            if g["language"] not in langs:
                langs.append(g["language"])
        status = letter["status"]
        assert sorted(status) == sorted(QIDS), letter["file"]
        # consistency: a question answered/partial/declined must appear in some gold line
        covered = {q for g in gl for q in g["questions"]}
        for q, s in status.items():
            if s == "not_addressed" and q in covered:
                problems.append((letter["file"], f"{q} not_addressed but labelled in gold"))
            if s != "not_addressed" and q not in covered:
                problems.append((letter["file"], f"{q} {s} but no gold line"))
        meta = {"file": letter["file"], "company": letter["company"], "listed": letter["listed"],
                "style": letter["style"], "languages": langs, "status": status, "notes": letter["notes"]}
        with open(os.path.join(GOLD, stem + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"built {letter['file']}: {len(gl)} gold lines")
    shutil.rmtree(tmp, ignore_errors=True)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("all gold paragraphs found in the rendered files")


if __name__ == "__main__":
    main()
