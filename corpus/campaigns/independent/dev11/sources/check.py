#!/usr/bin/env python3
"""Verify the dev11 set. Prints every problem found and a final line 'N problems'.

Checks: every gold text is readable, in order, in its reply (pdftotext for PDF, the document's paragraph text
for DOCX); gold lines have valid fields; every meta.json has exactly the expected keys and the 9 statuses with
valid values; every reply has gold + meta and vice versa; campaign.yaml has only known keys, lists every listed
company and none of the unlisted ones; names/aliases unique; file names unique; unlisted companies are not named
in their file names.
"""
import glob
import html
import importlib.util
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
QTOPIC = {"1a": "products_and_clients", "1b": "deployment_scale", "1c": "disclosure_commitment",
          "2a": "due_diligence", "2b": "stakeholder_engagement", "2c": "mitigation",
          "2d": "grievance_mechanism", "2e": "policy_commitment", "3": "exit_and_restrictions"}
TOPICS = set(QTOPIC.values()) | {"export_control", "confidentiality_decline", "other"}
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header",
         "table_question", "table_label", "table_answer", "annex"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
STATUSES = {"answered", "partial", "declined", "not_addressed"}
LANGS = {"en", "fr", "de", "ar"}
GOLD_KEYS = {"text", "question", "questions", "topic", "kind", "marked", "style", "language"}
META_KEYS = {"file", "company", "listed", "style", "languages", "status", "notes"}

problems = []


def bad(msg):
    problems.append(msg)
    print("PROBLEM:", msg)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", xml, flags=re.S):
        text = []
        for m in re.finditer(r"<w:t(?: [^>]*)?>(.*?)</w:t>|<w:t/>|<w:tab ?/>|<w:br(?: [^>]*)?/>", p, flags=re.S):
            tok = m.group(0)
            if tok.startswith("<w:tab"):
                text.append("\t")
            elif tok.startswith("<w:br"):
                text.append("\n")
            elif m.group(1) is not None:
                text.append(m.group(1))
        t = "".join(text)
        t = html.unescape(t)
        paras.append(t)
    return paras


def running_patterns(letters_by_file, fname):
    """Regexes for running header/footer lines of a PDF (excluded from the gold): the exact header/footer text,
    optionally followed by the page number, and the page number on its own."""
    L = letters_by_file.get(fname)
    pats = []
    if not L:
        return pats
    lay = L.get("layout", {})
    page = None
    if lay.get("page_numbers"):
        pre, post = lay["page_numbers"]
        page = re.escape(norm(pre)) + r"\s*\d+\s*" + re.escape(norm(post))
        pats.append(re.compile(r"^" + page + r"$"))
    for key in ("header", "footer"):
        if lay.get(key):
            t = re.escape(norm(lay[key]))
            pats.append(re.compile(r"^" + t + (r"(\s*" + page + r")?" if page else "") + r"$"))
    return pats


def pdf_text(path, pats):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf8")
    keep = []
    for line in out.replace("\f", "\n").split("\n"):
        n = norm(line)
        if any(p.match(n) for p in pats):
            continue
        keep.append(line)
    return norm("\n".join(keep))


def load_letters():
    res = {}
    sys.path.insert(0, HERE)
    for path in sorted(glob.glob(os.path.join(HERE, "letters", "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        res[mod.LETTER["file"]] = mod.LETTER
    return res


def parse_campaign(path):
    allowed_top = {"id", "title", "organisation", "date_sent", "replies", "questions", "companies"}
    allowed_q = {"id", "parent", "title", "topic", "text"}
    allowed_c = {"name", "aliases", "country", "status"}
    top, qs, comps, section, cur = {}, [], [], None, None
    for i, line in enumerate(open(path, encoding="utf8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" "):
            k, v = line.split(":", 1)
            if k not in allowed_top:
                bad(f"campaign.yaml line {i}: unknown key {k}")
            top[k] = v.strip()
            section = k
            continue
        s = line.strip()
        new = s.startswith("- ")
        if new:
            s = s[2:]
            cur = {}
            (qs if section == "questions" else comps).append(cur)
        k, v = s.split(":", 1)
        v = v.strip()
        try:
            val = json.loads(v) if v.startswith(('"', "[")) else v
        except ValueError:
            bad(f"campaign.yaml line {i}: cannot parse value {v!r}")
            val = v
        allowed = allowed_q if section == "questions" else allowed_c
        if k not in allowed:
            bad(f"campaign.yaml line {i}: unknown key {k} in {section}")
        cur[k] = val
    return top, qs, comps


def main():
    letters = load_letters()
    replies = sorted(os.listdir(os.path.join(DIR, "replies")))
    lower = [r.lower() for r in replies]
    if len(set(lower)) != len(lower):
        bad("file names in replies/ are not unique")
    metas = {}
    for m in sorted(glob.glob(os.path.join(DIR, "gold", "*.meta.json"))):
        meta = json.load(open(m, encoding="utf8"))
        stem = os.path.basename(m)[: -len(".meta.json")]
        if set(meta) != META_KEYS:
            bad(f"{m}: keys {sorted(meta)}")
        if os.path.splitext(meta.get("file", ""))[0] != stem:
            bad(f"{m}: file {meta.get('file')} does not match stem")
        if meta.get("file") in metas:
            bad(f"duplicate meta for {meta.get('file')}")
        metas[meta.get("file")] = meta
        st = meta.get("status", {})
        if set(st) != set(QIDS):
            bad(f"{m}: status keys {sorted(st)}")
        for q, v in st.items():
            if v not in STATUSES:
                bad(f"{m}: status {q}={v}")
        if meta.get("style") not in STYLES:
            bad(f"{m}: style {meta.get('style')}")
        if not meta.get("languages") or not set(meta["languages"]) <= LANGS:
            bad(f"{m}: languages {meta.get('languages')}")
        if not isinstance(meta.get("listed"), bool):
            bad(f"{m}: listed not boolean")
    for r in replies:
        if r not in metas:
            bad(f"reply {r} has no meta.json")
    for f in metas:
        if f not in replies:
            bad(f"meta for {f} but no reply file")
        if f not in letters:
            bad(f"no source letter for {f}")

    # gold files
    for f, meta in metas.items():
        stem = os.path.splitext(f)[0]
        gpath = os.path.join(DIR, "gold", stem + ".gold.jsonl")
        if not os.path.exists(gpath):
            bad(f"no gold for {f}")
            continue
        lines = []
        for i, raw in enumerate(open(gpath, encoding="utf8"), 1):
            if not raw.strip():
                continue
            try:
                g = json.loads(raw)
            except ValueError:
                bad(f"{gpath}:{i} not JSON")
                continue
            lines.append(g)
            where = f"{stem}.gold.jsonl:{i}"
            if set(g) != GOLD_KEYS:
                bad(f"{where}: keys {sorted(g)}")
                continue
            if not g["text"].strip():
                bad(f"{where}: empty text")
            if g["questions"] == ["general"]:
                if g["question"] != "general" or g["topic"] != "other" or g["marked"]:
                    bad(f"{where}: general line must have question general, topic other, marked false")
            else:
                if not g["questions"] or not set(g["questions"]) <= set(QIDS) or g["question"] not in g["questions"] \
                        or g["questions"] != sorted(g["questions"], key=QIDS.index):
                    bad(f"{where}: question/questions {g['question']} {g['questions']}")
            if g["topic"] not in TOPICS:
                bad(f"{where}: topic {g['topic']}")
            if g["kind"] not in KINDS:
                bad(f"{where}: kind {g['kind']}")
            if not isinstance(g["marked"], bool):
                bad(f"{where}: marked not boolean")
            if g["style"] != meta["style"]:
                bad(f"{where}: style {g['style']} != meta {meta['style']}")
            if g["language"] not in LANGS:
                bad(f"{where}: language {g['language']}")
        langs = {g["language"] for g in lines}
        if langs != set(meta["languages"]):
            bad(f"{f}: meta languages {meta['languages']} vs gold {sorted(langs)}")
        # readability, in reading order
        path = os.path.join(DIR, "replies", f)
        if not os.path.exists(path):
            continue
        if f.lower().endswith(".pdf"):
            # whitespace-free comparison: PDF lines may wrap anywhere; pdftotext drops a hyphen at a line end
            # ("corvane-" + "optronics" -> "corvaneoptronics"), so hyphens are ignored too
            text = re.sub(r"[\s\-\u2010]+", "", pdf_text(path, running_patterns(letters, f)))
            pos = 0
            for i, g in enumerate(lines, 1):
                t = re.sub(r"[\s\-\u2010]+", "", norm(g["text"]))
                j = text.find(t, pos)
                if j < 0:
                    if text.find(t) >= 0:
                        bad(f"{f}: gold line {i} found but out of order: {t[:70]!r}")
                    else:
                        bad(f"{f}: gold line {i} not readable in PDF: {t[:70]!r}")
                    continue
                pos = j + len(t)
        elif f.lower().endswith(".docx"):
            paras = [norm(p) for p in docx_paragraphs(path)]
            paras_nonempty = [p for p in paras if p]
            pos = 0
            for i, g in enumerate(lines, 1):
                t = norm(g["text"])
                try:
                    j = paras_nonempty.index(t, pos)
                except ValueError:
                    if t in paras_nonempty:
                        bad(f"{f}: gold line {i} found but out of order: {t[:70]!r}")
                    else:
                        bad(f"{f}: gold line {i} is not a paragraph of the DOCX: {t[:70]!r}")
                    continue
                pos = j + 1
            # every non-empty body paragraph should be a gold line (nothing unlabelled)
            gold_set = {norm(g["text"]) for g in lines}
            for p in paras_nonempty:
                if p not in gold_set:
                    bad(f"{f}: DOCX paragraph without gold line: {p[:70]!r}")
        else:
            bad(f"{f}: unexpected extension")

    # campaign.yaml
    top, qs, comps = parse_campaign(os.path.join(DIR, "campaign.yaml"))
    if top.get("id") != "independent-dev11":
        bad(f"campaign id {top.get('id')}")
    if [q.get("id") for q in qs] != QIDS:
        bad(f"campaign questions {[q.get('id') for q in qs]}")
    for q in qs:
        if q.get("topic") != QTOPIC.get(q.get("id")):
            bad(f"campaign question {q.get('id')} topic {q.get('topic')}")
        if q.get("parent") != str(q.get("id"))[0]:
            bad(f"campaign question {q.get('id')} parent {q.get('parent')}")
        for k in ("title", "text"):
            if not q.get(k):
                bad(f"campaign question {q.get('id')} missing {k}")
    names = {}
    for c in comps:
        for n in [c.get("name")] + list(c.get("aliases", [])):
            if n.lower() in names:
                bad(f"campaign.yaml: name/alias {n} not unique")
            names[n.lower()] = c
        if c.get("status") not in {"responded", "no_response", "declined"}:
            bad(f"campaign.yaml: status {c.get('status')} for {c.get('name')}")
        for k in ("name", "country", "status"):
            if not c.get(k):
                bad(f"campaign.yaml: company missing {k}")
    for f, meta in metas.items():
        comp = meta["company"]
        if meta["listed"]:
            c = names.get(comp.lower())
            if c is None:
                bad(f"{f}: listed company {comp} not in campaign.yaml")
            elif c["status"] == "no_response":
                bad(f"{f}: listed company {comp} has status no_response")
        else:
            L = letters.get(f, {})
            forms = {comp} | set(L.get("aliases", []))
            for n in forms:
                if n.lower() in names:
                    bad(f"{f}: unlisted company {n} appears in campaign.yaml")
                if n.lower() in f.lower():
                    bad(f"{f}: unlisted company {n} named in file name")
            # the unlisted company must be named in the letter itself
            stem = os.path.splitext(f)[0]
            alltext = " ".join(json.loads(x)["text"] for x in open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), encoding="utf8"))
            if comp.lower() not in alltext.lower():
                bad(f"{f}: unlisted company {comp} not named in its letter")
    replied = {metas[f]["company"].lower() for f in metas}
    for c in comps:
        if c["status"] != "no_response" and c["name"].lower() not in replied:
            bad(f"campaign.yaml: {c['name']} has status {c['status']} but no reply")
        if c["status"] == "no_response" and c["name"].lower() in replied:
            bad(f"campaign.yaml: {c['name']} is no_response but replied")
    print(f"{len(metas)} replies, {sum(1 for _ in glob.glob(os.path.join(DIR, 'gold', '*.gold.jsonl')))} gold files checked")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
