#!/usr/bin/env python3
"""Build the demo-2024 replies, references and gold from the sources in this folder.

  python3 build.py            # everything
  python3 build.py Northwind  # only replies whose company name contains the word (gold is still rebuilt in full)

Needs pandoc (-f markdown-smart), LibreOffice (soffice) and pdftotext. Python standard library only.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import lib
from letters import REPLIES, NO_REPLY, STATUS22
from references import POLICY, POLICY_FILE, TEMPLATE, TEMPLATE_FILE, ref_text

C = lib.CAMPAIGN
OUT_REPLIES = os.path.join(C, "replies")
OUT_REFS = os.path.join(C, "references")
OUT_GOLD = os.path.join(C, "gold")
WORK = os.path.join(tempfile.gettempdir(), "demo2024-build")
LO_PROFILE = "file://" + os.path.join(tempfile.gettempdir(), "lo-demo2024")


# ---------------------------------------------------------------- DOCX / PDF
def patch_docx(path, lay):
    font = lay.get("font", "Liberation Serif")
    size = int(round(lay.get("size", 11) * 2))
    mt, mr, mb, ml = (int(round(x * 567)) for x in lay.get("margins", (2.5, 2.5, 2.5, 2.5)))
    cols = lay.get("cols", 1)
    z = zipfile.ZipFile(path)
    files = {i.filename: z.read(i.filename) for i in z.infolist()}
    infos = z.infolist()
    z.close()
    st = files["word/styles.xml"].decode("utf-8")
    st = re.sub(r"<w:rFonts [^>]*/>", f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}" />', st)
    st = st.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />', f'<w:sz w:val="{size}" />\n        <w:szCs w:val="{size}" />', 1)
    after = lay.get("space_after", 200)
    st = st.replace('<w:pPrDefault>\n      <w:pPr>\n        <w:spacing w:after="200" />',
                    f'<w:pPrDefault>\n      <w:pPr>\n        <w:spacing w:after="{after}" />', 1)
    if lay.get("justify"):  # body text only, not headings
        st, n = re.subn(r'(<w:style w:styleId="BodyText" w:type="paragraph">.*?<w:pPr>)(.*?)(</w:pPr>)',
                        r'\1\2<w:jc w:val="both" />\3', st, count=1, flags=re.S)
        assert n == 1
    files["word/styles.xml"] = st.encode("utf-8")
    doc = files["word/document.xml"].decode("utf-8")
    sect = (f'<w:sectPr><w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="{mt}" w:right="{mr}" w:bottom="{mb}" '
            f'w:left="{ml}" w:header="708" w:footer="708" w:gutter="0" />'
            + (f'<w:cols w:num="{cols}" w:space="567" />' if cols > 1 else '<w:cols w:space="720" />') + "</w:sectPr>")
    doc = doc.replace("<w:sectPr />", sect)
    doc = re.sub(r"<w:tr>", "<w:tr><w:trPr><w:cantSplit /></w:trPr>", doc)
    doc = re.sub(r"<w:tr><w:trPr><w:cantSplit /></w:trPr>(<w:trPr>)", r"<w:tr>\1<w:cantSplit />", doc)
    files["word/document.xml"] = doc.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for i in infos:
            out.writestr(i, files[i.filename])


def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        doc = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", doc, flags=re.S):
        p = re.sub(r"<w:softHyphen ?/>", "", p)
        p = re.sub(r"<w:br ?/>", "\n", p)
        p = re.sub(r"<w:tab ?/>", "\t", p)
        txt = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n|\t)", p) and
                      [a or b for a, b in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n|\t)", p)])
        txt = html.unescape(txt)
        paras.append(txt)
    return paras


def unwrap(s):
    """Undo the hard line breaks and end-of-line hyphens of a wrapped paragraph."""
    s = re.sub(r"(?<=[A-Za-zÀ-ÿ])-\n(?=[a-zà-ÿ])", "", s)
    return s.replace("\n", " ")


def norm(s):
    return re.sub(r"[^0-9a-zà-ÿ]", "", s.lower().replace("\u00ad", ""))


def make_doc(md, stem, fmt, lay, outdir):
    os.makedirs(WORK, exist_ok=True)
    mdp = os.path.join(WORK, stem + ".md")
    with open(mdp, "w", encoding="utf-8") as f:
        f.write(md)
    docx = os.path.join(WORK, stem + ".docx")
    subprocess.run(["pandoc", "-f", "markdown-smart", mdp, "-o", docx], check=True)
    patch_docx(docx, lay)
    if fmt == "docx":
        shutil.copy(docx, os.path.join(outdir, stem + ".docx"))
        return os.path.join(outdir, stem + ".docx"), docx
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", WORK, docx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(WORK, stem + ".pdf"), os.path.join(outdir, stem + ".pdf"))
    return os.path.join(outdir, stem + ".pdf"), docx


def check(path, docx, texts):
    """Every gold text must be a paragraph of the DOCX (after undoing deliberate wrapping) and, for a PDF,
    readable in pdftotext's output (letters and digits, in order)."""
    paras = set(unwrap(p) for p in docx_paragraphs(docx))
    problems = [t for t in texts if t not in paras]
    if path.endswith(".pdf"):
        pdf = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
        npdf = norm(pdf)
        problems += ["PDF: " + t for t in texts if norm(t) not in npdf]
    return problems


# ---------------------------------------------------------------- gold files
def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def stem_of(company):
    return company + " - reply"


def build_gold():
    changes, reuse, status = [], [], []
    for r in REPLIES:
        co, stem = r["company"], stem_of(r["company"])
        write_jsonl(os.path.join(OUT_GOLD, stem + ".gold.jsonl"), lib.gold_lines(r))
        g22 = lib.gold22(co)
        used = set()
        for b in r["blocks"]:
            if not lib.is_answer(b):
                if b.get("ch") or b.get("ru"):
                    raise SystemExit(f"{co}: non-answer block carries change/reuse: {b['text'][:40]}")
                continue
            ch = b.get("ch")
            q = b["questions"][0]
            if ch:
                if ch[1] in used:
                    raise SystemExit(f"{co}: 2022 paragraph used twice: {ch[1][:50]}")
                used.add(ch[1])
                changes.append({"company": co, "question_2024": q, "change": ch[0], "text_2022": ch[1], "text_2024": b["text"]})
                edits = ch[2] if ch[0] == "edited" else ("reflowed" if r["fmt"] == "pdf" else "verbatim")
                reuse.append({"kind": "own_earlier",
                              "a": {"campaign": "demo-2024", "reply": stem, "text": b["text"]},
                              "b": {"campaign": "demo", "reply": stem, "text": ch[1]}, "edits": edits})
            else:
                changes.append({"company": co, "question_2024": q, "change": "new", "text_2022": None, "text_2024": b["text"]})
            ru = b.get("ru")
            if ru and ru[0] == "X":
                src = lib.find22(ru[1], ru[2])["text"]
                reuse.append({"kind": "cross_company",
                              "a": {"campaign": "demo-2024", "reply": stem, "text": b["text"]},
                              "b": {"campaign": "demo", "reply": stem_of(ru[1]), "text": src}, "edits": ru[3]})
            elif ru and ru[0] == "R":
                reuse.append({"kind": "reference",
                              "a": {"campaign": "demo-2024", "reply": stem, "text": b["text"]},
                              "b": {"reference": "demo-2024", "file": ru[1], "text": ref_text(ru[1], ru[2])}, "edits": ru[3]})
        if g22:
            for d in g22:
                if lib.is_answer(d) and d["text"] not in used:
                    changes.append({"company": co, "question_2024": lib.Q22_TO_24[d["questions"][0]], "change": "dropped",
                                    "text_2022": d["text"], "text_2024": None})
    # status: every company x question
    companies = [r["company"] for r in REPLIES] + NO_REPLY
    by = {r["company"]: r for r in REPLIES}
    for co in ALL_COMPANIES:
        if co not in companies:
            continue
        s22 = STATUS22.get(co)
        for q in lib.Q24:
            same = lib.SAME_AS[q]
            st24 = by[co]["status"][q] if co in by else "no_response"
            st22 = None if same is None else (s22[same] if s22 else (None if co in NEW_COMPANIES else "no_response"))
            status.append({"company": co, "question": q, "status_2024": st24,
                           "same_as": ("demo/" + same) if same else None, "status_2022": st22})
    write_jsonl(os.path.join(OUT_GOLD, "changes.jsonl"), changes)
    write_jsonl(os.path.join(OUT_GOLD, "reuse.jsonl"), reuse)
    write_jsonl(os.path.join(OUT_GOLD, "status.jsonl"), status)
    return changes, reuse, status


from letters import ALL_COMPANIES, NEW_COMPANIES  # noqa: E402


def main():
    only = sys.argv[1:]
    for d in (OUT_REPLIES, OUT_REFS, OUT_GOLD):
        os.makedirs(d, exist_ok=True)
    for r in REPLIES:
        for b in r["blocks"]:
            if b["kind"] == "list_item" and "mk" not in b:
                b["mk"] = "-"
            if set(b["questions"]) - set(lib.Q24) - {"general"}:
                raise SystemExit(f"{r['company']}: unknown question in {b['questions']}")
        if set(r["status"]) != set(lib.Q24):
            raise SystemExit(f"{r['company']}: status must cover {lib.Q24}")
    import questions
    with open(os.path.join(C, "campaign.yaml"), "w", encoding="utf-8") as f:
        f.write(questions.campaign_yaml())
    names = [c[0] for c in questions.COMPANIES]
    assert names == ALL_COMPANIES, "company lists differ"
    if sorted(r["company"] for r in REPLIES) != sorted(c[0] for c in questions.COMPANIES if c[3] != "no_response"):
        print("WARNING: replies do not match the responding companies")
    assert sorted(NO_REPLY) == sorted(c[0] for c in questions.COMPANIES if c[3] == "no_response")
    problems = []
    for r in REPLIES:
        if only and not any(w.lower() in r["company"].lower() for w in only):
            continue
        stem = stem_of(r["company"])
        md = lib.to_markdown(r)
        path, docx = make_doc(md, stem, r["fmt"], r.get("layout", {}), OUT_REPLIES)
        p = check(path, docx, [b["text"] for b in r["blocks"]])
        problems += [f"{stem}: {x}" for x in p]
        print(("OK   " if not p else "FAIL ") + os.path.basename(path))
    if not only:
        for (blocks, fname, fmt, lay) in ((POLICY, POLICY_FILE, "pdf", {"font": "Liberation Sans", "size": 10.5, "margins": (2.2, 2.4, 2.2, 2.4)}),
                                          (TEMPLATE, TEMPLATE_FILE, "docx", {"font": "Liberation Sans", "size": 11})):
            rr = {"blocks": blocks, "layout": lay}
            stem = os.path.splitext(fname)[0]
            path, docx = make_doc(lib.to_markdown(rr), stem, fmt, lay, OUT_REFS)
            p = check(path, docx, [b["text"] for b in blocks])
            problems += [f"{fname}: {x}" for x in p]
            print(("OK   " if not p else "FAIL ") + fname)
    build_gold()
    if problems:
        print("\n".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
