#!/usr/bin/env python3
"""Re-check the locked set from the files on disk (independent of build.py's own checks).
- every reply has a .gold.jsonl and .meta.json; every gold line parses and has all fields with legal values
- PDFs: every gold paragraph is readable, in order, in `pdftotext` output (whitespace-normalised)
- DOCX: the non-empty body paragraphs equal the gold texts, in order
- campaign.yaml: keys, 9 questions, companies listed/unlisted as in the meta files, 4 no_response
Prints per-style / language / format counts used in README.md."""
import json, os, re, subprocess, sys, unicodedata, zipfile, collections
from xml.etree import ElementTree as ET
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
QTOPIC = {"1a": "products_and_clients", "1b": "deployment_scale", "1c": "disclosure_commitment", "2a": "due_diligence",
          "2b": "stakeholder_engagement", "2c": "mitigation", "2d": "grievance_mechanism", "2e": "policy_commitment",
          "3": "exit_and_restrictions"}
TOPICS = set(QTOPIC.values()) | {"export_control", "confidentiality_decline", "other"}
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header", "table_question",
         "table_label", "table_answer", "annex"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
FIELDS = ["text", "question", "questions", "topic", "kind", "marked", "style", "language"]
errors = []

def err(m):
    errors.append(m); print("ERROR:", m)

def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    s = re.sub(r"-\n", "-", s)
    return re.sub(r"\s+", " ", s).strip()

def docx_paras(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        t = "".join((e.text or "") if e.tag == W + "t" else "\t" if e.tag == W + "tab" else "" for e in p.iter())
        if t.strip():
            out.append(t)
    return out

replies = sorted(os.listdir(os.path.join(DIR, "replies")))
metas, golds = {}, {}
for f in replies:
    stem, ext = os.path.splitext(f)
    gp, mp = (os.path.join(DIR, "gold", stem + s) for s in (".gold.jsonl", ".meta.json"))
    if not (os.path.exists(gp) and os.path.exists(mp)):
        err(f"{f}: missing gold/meta"); continue
    meta = json.load(open(mp, encoding="utf-8")); metas[f] = meta
    if meta["file"] != f: err(f"{f}: meta file name {meta['file']}")
    if meta["style"] not in STYLES: err(f"{f}: style {meta['style']}")
    if set(meta["status"]) != set(QIDS): err(f"{f}: status keys")
    lines = []
    for n, raw in enumerate(open(gp, encoding="utf-8")):
        try:
            g = json.loads(raw)
        except Exception as e:
            err(f"{f}:{n+1}: not JSON ({e})"); continue
        if sorted(g) != sorted(FIELDS): err(f"{f}:{n+1}: fields {sorted(g)}")
        if g["kind"] not in KINDS or g["topic"] not in TOPICS or g["style"] != meta["style"] or g["language"] not in ("en", "fr", "de", "ar"):
            err(f"{f}:{n+1}: bad value {g}")
        if g["question"] == "general":
            if g["questions"] != ["general"] or g["topic"] != "other" or g["marked"]: err(f"{f}:{n+1}: general line inconsistent")
        else:
            if g["question"] not in g["questions"] or any(q not in QIDS for q in g["questions"]): err(f"{f}:{n+1}: questions {g}")
            if g["topic"] == "other": err(f"{f}:{n+1}: answer labelled other")
        if not isinstance(g["marked"], bool): err(f"{f}:{n+1}: marked not bool")
        lines.append(g)
    golds[f] = lines
    if sorted({g["language"] for g in lines}) != sorted(meta["languages"]): err(f"{f}: languages differ from meta")
    path = os.path.join(DIR, "replies", f)
    if ext == ".pdf":
        txt = norm(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout)
        pos = 0
        for g in lines:
            i = txt.find(norm(g["text"]), pos)
            if i < 0:   # pdftotext may drop the hyphen of a word split at a line end ("end-\nuser" -> "enduser")
                loose = lambda s: re.sub(r"[\s\-]", "", s)
                j = loose(txt[pos:]).find(loose(norm(g["text"])))
                if j >= 0:
                    print(f"note: {f}: matched only ignoring hyphens/spaces (line-end hyphen): {g['text'][:50]!r}")
                    i = pos   # position is approximate; keep order check going
            if i < 0:
                err(f"{f}: gold text not found (in order) in pdftotext output: {g['text'][:70]!r}")
            else:
                pos = i + 1
    elif ext == ".docx":
        if docx_paras(path) != [g["text"] for g in lines]: err(f"{f}: docx paragraphs differ from gold")
    else:
        err(f"{f}: unexpected extension")
    # statuses must be consistent with the lines: a question answered/partial/declined must have a line
    covered = {q for g in lines for q in g["questions"]}
    for q, st in meta["status"].items():
        if st == "not_addressed" and q in covered: err(f"{f}: {q} not_addressed but labelled on a line")
        if st != "not_addressed" and q not in covered: err(f"{f}: {q} is {st} but no line carries it")

# campaign.yaml
camp = yaml.safe_load(open(os.path.join(DIR, "campaign.yaml"), encoding="utf-8"))
if set(camp) != {"id", "title", "organisation", "date_sent", "replies", "questions", "companies"}: err(f"campaign keys {set(camp)}")
if camp["id"] != "independent-locked": err("campaign id")
if [q["id"] for q in camp["questions"]] != QIDS: err(f"question ids {[q['id'] for q in camp['questions']]}")
for q in camp["questions"]:
    if set(q) != {"id", "parent", "title", "topic", "text"} or q["topic"] != QTOPIC[q["id"]] or q["parent"] != q["id"][0]: err(f"question {q}")
names = {}
for c in camp["companies"]:
    if not set(c) <= {"name", "aliases", "country", "status"} or c["status"] not in ("responded", "no_response", "declined"): err(f"company {c}")
    for n in [c["name"]] + c.get("aliases", []):
        if n.lower() in names: err(f"duplicate name/alias {n}")
        names[n.lower()] = c
for f, m in metas.items():
    c = names.get(m["company"].lower())
    if m["listed"] and not c: err(f"{f}: listed company {m['company']} not in campaign.yaml")
    if not m["listed"]:
        if c: err(f"{f}: unlisted company in campaign.yaml")
        first = m["company"].split()[0].lower().replace("-", "")
        if first in f.lower().replace("-", "").replace(" ", ""): err(f"{f}: unlisted company name in file name")
        body = " ".join(g["text"] for g in golds[f] if g["kind"] in ("letterhead", "letter") or g["question"] == "general")
        if m["company"].split()[0] not in body: err(f"{f}: unlisted company not visible in letterhead/signature")
    if m["listed"] and c:
        allq = all(v == "declined" for k, v in m["status"].items() if k != "2e") and m["style"] == "refusal"
        if (c["status"] == "declined") != (m["style"] == "refusal"): err(f"{f}: yaml status {c['status']} vs style {m['style']}")
nr = [c for c in camp["companies"] if c["status"] == "no_response"]

# ---- counts
print(f"\n{len(replies)} replies; campaign lists {len(camp['companies'])} companies "
      f"({sum(c['status']=='responded' for c in camp['companies'])} responded, {sum(c['status']=='declined' for c in camp['companies'])} declined, {len(nr)} no_response)")
print("formats:", dict(collections.Counter(os.path.splitext(f)[1] for f in replies)))
print("styles:", dict(collections.Counter(m["style"] for m in metas.values())))
print("languages (letters containing):", dict(collections.Counter(l for m in metas.values() for l in m["languages"])))
print("main language:", dict(collections.Counter(collections.Counter(g["language"] for g in golds[f]).most_common(1)[0][0] for f in replies)))
print("listed:", dict(collections.Counter(m["listed"] for m in metas.values())))
print("file names without company name:", sum(1 for f, m in metas.items() if m["company"].split()[0].lower().replace("ø", "o") not in f.lower()))
allg = [g for f in replies for g in golds[f]]
ans = [g for g in allg if g["question"] != "general"]
print(f"gold lines: {len(allg)}; general {len(allg)-len(ans)}; answer {len(ans)} (marked {sum(g['marked'] for g in ans)}, unmarked {sum(not g['marked'] for g in ans)}); multi-question lines {sum(len(g['questions'])>1 for g in ans)}")
print("kinds:", dict(collections.Counter(g["kind"] for g in allg)))
print("topics:", dict(collections.Counter(g["topic"] for g in allg)))
print("status:", dict(collections.Counter(v for m in metas.values() for v in m["status"].values())))
print("\nOK" if not errors else f"\n{len(errors)} ERRORS")
sys.exit(1 if errors else 0)
