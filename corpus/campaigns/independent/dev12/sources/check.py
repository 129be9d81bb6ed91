#!/usr/bin/env python3
"""Verify the dev12 set. Standard library + poppler's pdftotext.

Checks: every gold line's text occurs (whitespace-normalised) in its letter's text (pdftotext for PDF;
paragraphs and table cells of word/document.xml for DOCX); gold fields valid; meta files complete and
consistent with gold; campaign.yaml has the 9 questions (ids, parents, topics, texts) and lists the
companies consistently with the `listed` flags. Prints problems and exits 1 if there are any.
"""
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

DIR = Path(__file__).resolve().parent.parent
QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
PARENT = {"1a": "1", "1b": "1", "1c": "1", "2a": "2", "2b": "2", "2c": "2", "2d": "2", "2e": "2", "3": "3"}
QTOPIC = {"1a": "products_and_clients", "1b": "deployment_scale", "1c": "disclosure_commitment",
          "2a": "due_diligence", "2b": "stakeholder_engagement", "2c": "mitigation", "2d": "grievance_mechanism",
          "2e": "policy_commitment", "3": "exit_and_restrictions"}
TOPICS = set(QTOPIC.values()) | {"export_control", "confidentiality_decline", "other"}
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header", "table_question",
         "table_label", "table_answer", "annex"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
LANGS = {"en", "fr", "de", "ar"}
STATUSES = {"answered", "partial", "declined", "not_addressed"}
GOLD_KEYS = ["text", "question", "questions", "topic", "kind", "marked", "style", "language"]
META_KEYS = {"file", "company", "listed", "style", "languages", "status", "notes"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"-\s", "-", s)  # a line break after a hyphen (or a space after a dash) is layout


def docx_text(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):  # body paragraphs and table-cell paragraphs, document order
        buf = []
        for el in p.iter():
            if el.tag == W + "t":
                buf.append(el.text or "")
            elif el.tag in (W + "tab", W + "br", W + "cr"):
                buf.append(" ")
        paras.append("".join(buf))
    return "\n".join(paras)


def pdf_text(path):
    """pdftotext -raw (keeps hyphens at line ends) minus the running footer: a line that ends every page in
    pdftotext's default output (only when the document has two pages or more)."""
    def run(*opts):
        return subprocess.run(["pdftotext", *opts, str(path), "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
    raw = run("-raw")
    pages = [[ln.strip() for ln in pg.split("\n") if ln.strip()] for pg in run().split("\f")]
    pages = [pg for pg in pages if pg]
    footers = set()
    if len(pages) > 1 and len({pg[-1] for pg in pages}) == 1:
        footers.add(pages[0][-1])
    if len(pages) > 1 and len({pg[0] for pg in pages}) == 1:
        footers.add(pages[0][0])
    return "\n".join(ln for ln in raw.split("\n") if ln.strip() not in footers)


# ---- minimal YAML reader for campaign.yaml's shape ----------------------------------------
def _scalar(v):
    v = v.strip()
    if v.startswith('"') and v.endswith('"'):
        return json.loads(v)
    if v.startswith("[") and v.endswith("]"):
        inner = v[1:-1].strip()
        return [] if not inner else [_scalar(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"|[^,]+', inner)]
    if v.startswith("'") and v.endswith("'"):
        return v[1:-1]
    return v


def read_yaml(path):
    top, cur_list, item = {}, None, None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        line = re.sub(r"\s+#.*$", "", raw) if '"' not in raw else raw
        if not line.startswith(" "):
            k, _, v = line.partition(":")
            if v.strip():
                top[k.strip()] = _scalar(v)
                cur_list = None
            else:
                top[k.strip()] = cur_list = []
        elif line.lstrip().startswith("- "):
            item = {}
            cur_list.append(item)
            k, _, v = line.lstrip()[2:].partition(":")
            item[k.strip()] = _scalar(v)
        else:
            k, _, v = line.strip().partition(":")
            if item is None:
                bad("campaign.yaml", f"line {n}: unexpected indentation")
                continue
            item[k.strip()] = _scalar(v)
    return top


def main():
    metas = sorted((DIR / "gold").glob("*.meta.json"))
    golds = sorted((DIR / "gold").glob("*.gold.jsonl"))
    replies = sorted(p for p in (DIR / "replies").iterdir() if p.is_file())
    if len(metas) != len(replies) or len(golds) != len(replies):
        bad("gold", f"{len(replies)} replies but {len(metas)} meta and {len(golds)} gold files")
    meta_by_file = {}
    for mp in metas:
        where = mp.name
        try:
            meta = json.loads(mp.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            bad(where, f"invalid JSON: {e}")
            continue
        if set(meta) != META_KEYS:
            bad(where, f"keys {sorted(meta)} != {sorted(META_KEYS)}")
        stem = mp.name[: -len(".meta.json")]
        f = meta.get("file", "")
        if Path(f).stem != stem:
            bad(where, f"file {f!r} does not match stem {stem!r}")
        if not (DIR / "replies" / f).is_file():
            bad(where, f"reply file {f!r} missing")
        if not f.lower().endswith((".pdf", ".docx")):
            bad(where, "reply must be .pdf or .docx")
        if meta.get("style") not in STYLES:
            bad(where, f"bad style {meta.get('style')!r}")
        if not isinstance(meta.get("listed"), bool):
            bad(where, "listed must be boolean")
        if not isinstance(meta.get("company"), str) or not meta.get("company"):
            bad(where, "company missing")
        st = meta.get("status", {})
        if sorted(st) != sorted(QIDS):
            bad(where, f"status keys {sorted(st)} != 9 question ids")
        for q, v in st.items():
            if v not in STATUSES:
                bad(where, f"status {q}={v!r} invalid")
        langs = meta.get("languages", [])
        if not langs or any(x not in LANGS for x in langs):
            bad(where, f"languages {langs!r} invalid")
        meta_by_file[f] = meta

        gp = DIR / "gold" / f"{stem}.gold.jsonl"
        if not gp.is_file():
            bad(where, "gold file missing")
            continue
        reply = DIR / "replies" / f
        if not reply.is_file():
            continue
        text = norm(pdf_text(reply) if f.lower().endswith(".pdf") else docx_text(reply))
        pos, glangs, answered_qs = 0, set(), set()
        lines = gp.read_text(encoding="utf-8").splitlines()
        if not lines:
            bad(gp.name, "empty")
        for i, ln in enumerate(lines, 1):
            w = f"{gp.name}:{i}"
            try:
                g = json.loads(ln)
            except Exception as e:  # noqa: BLE001
                bad(w, f"invalid JSON: {e}")
                continue
            if list(g) != GOLD_KEYS:
                bad(w, f"keys {list(g)} != {GOLD_KEYS}")
            t = g.get("text")
            if not isinstance(t, str) or not t.strip():
                bad(w, "empty text")
                continue
            q, qs = g.get("question"), g.get("questions")
            if q != "general" and q not in QIDS:
                bad(w, f"bad question {q!r}")
            if not isinstance(qs, list) or not qs:
                bad(w, "questions must be a non-empty list")
                qs = []
            elif q == "general" and qs != ["general"]:
                bad(w, "general line must have questions == ['general']")
            elif q != "general" and (q not in qs or any(x not in QIDS for x in qs) or len(set(qs)) != len(qs)):
                bad(w, f"questions {qs} inconsistent with question {q!r}")
            if g.get("topic") not in TOPICS:
                bad(w, f"bad topic {g.get('topic')!r}")
            if q == "general" and g.get("topic") != "other":
                bad(w, "general line must have topic 'other'")
            if g.get("kind") not in KINDS:
                bad(w, f"bad kind {g.get('kind')!r}")
            if not isinstance(g.get("marked"), bool):
                bad(w, "marked must be boolean")
            if q == "general" and g.get("marked"):
                bad(w, "general line cannot be marked")
            if meta.get("style") == "prose" and g.get("marked"):
                bad(w, "prose letter line cannot be marked")
            if g.get("kind") in ("question", "table_label", "table_question", "table_answer") and q != "general" \
                    and not g.get("marked"):
                bad(w, f"{g.get('kind')} line should be marked")
            if g.get("style") != meta.get("style"):
                bad(w, f"style {g.get('style')!r} != meta style {meta.get('style')!r}")
            if g.get("language") not in LANGS:
                bad(w, f"bad language {g.get('language')!r}")
            glangs.add(g.get("language"))
            if q != "general":
                answered_qs.update(qs)
            nt = norm(t)
            k = text.find(nt)
            if k < 0:
                bad(w, f"text not found in {f}: {nt[:70]!r}...")
            elif text.find(nt, pos) < 0:
                print(f"note: {w}: found, but out of reading order")
            else:
                pos = text.find(nt, pos) + len(nt)
        if set(langs) != glangs:
            bad(where, f"languages {langs} != languages in gold {sorted(glangs)}")
        for qid, v in st.items():
            if v != "not_addressed" and qid not in answered_qs:
                bad(where, f"status {qid}={v} but no gold line addresses {qid}")
            if v == "not_addressed" and qid in answered_qs:
                bad(where, f"status {qid}=not_addressed but a gold line is labelled {qid}")

    # ---- campaign.yaml ----
    cy = DIR / "campaign.yaml"
    if not cy.is_file():
        bad("campaign.yaml", "missing")
    else:
        y = read_yaml(cy)
        allowed = {"id", "title", "organisation", "date_sent", "replies", "questions", "companies"}
        for k in y:
            if k not in allowed:
                bad("campaign.yaml", f"unknown key {k!r}")
        if y.get("id") != "independent-dev12":
            bad("campaign.yaml", f"id {y.get('id')!r}")
        if y.get("replies") != "replies":
            bad("campaign.yaml", "replies must be 'replies'")
        qs = y.get("questions", [])
        if [q.get("id") for q in qs] != QIDS:
            bad("campaign.yaml", f"question ids {[q.get('id') for q in qs]}")
        for q in qs:
            if set(q) != {"id", "parent", "title", "topic", "text"}:
                bad("campaign.yaml", f"question {q.get('id')} keys {sorted(q)}")
            if q.get("parent") != PARENT.get(q.get("id")):
                bad("campaign.yaml", f"question {q.get('id')} parent {q.get('parent')!r}")
            if q.get("topic") != QTOPIC.get(q.get("id")):
                bad("campaign.yaml", f"question {q.get('id')} topic {q.get('topic')!r}")
            if len(q.get("text", "")) < 60:
                bad("campaign.yaml", f"question {q.get('id')} text too short")
        if '"3"' not in cy.read_text(encoding="utf-8"):
            bad("campaign.yaml", 'question id 3 must be quoted ("3")')
        comps = y.get("companies", [])
        names = {}
        for c in comps:
            extra = set(c) - {"name", "aliases", "country", "status"}
            if extra:
                bad("campaign.yaml", f"company {c.get('name')} unknown keys {sorted(extra)}")
            if c.get("status") not in ("responded", "no_response", "declined"):
                bad("campaign.yaml", f"company {c.get('name')} status {c.get('status')!r}")
            for n in [c.get("name")] + list(c.get("aliases", []) or []):
                key = n.lower()
                if key in names:
                    bad("campaign.yaml", f"name/alias {n!r} not unique")
                names[key] = c
        listed = {m["company"]: m for m in meta_by_file.values() if m.get("listed")}
        unlisted = {m["company"]: m for m in meta_by_file.values() if not m.get("listed")}
        for comp, m in listed.items():
            c = names.get(comp.lower())
            if c is None:
                bad("campaign.yaml", f"listed company {comp!r} missing")
                continue
            want = "declined" if m["style"] == "refusal" else "responded"
            if c.get("status") != want:
                bad("campaign.yaml", f"{comp!r} status {c.get('status')!r}, expected {want!r}")
        for comp in unlisted:
            for token in [comp.lower()] + [comp.lower().split()[0]]:
                if token in names:
                    bad("campaign.yaml", f"unlisted company {comp!r} appears as {token!r}")
        replying = {c.get("name") for c in comps if c.get("status") != "no_response"}
        for n in replying:
            if n not in listed:
                bad("campaign.yaml", f"company {n!r} is listed as replying but has no listed reply")
        n_nr = sum(1 for c in comps if c.get("status") == "no_response")
        print(f"campaign.yaml: {len(comps)} companies ({len(replying)} replying, {n_nr} no_response); "
              f"{len(unlisted)} replying companies left off the list")

    print(f"{len(meta_by_file)} replies checked; {len(problems)} problems")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
