#!/usr/bin/env python3
"""Check the built set: PDFs readable (pdftotext), DOCX paragraphs == gold, gold/meta well-formed,
campaign.yaml as specified, listing rules for unlisted companies. Prints totals."""
import collections, glob, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import (QIDS, TOPICS, KINDS, STYLES, STATUSES, check_pdf, check_docx, load_letters)  # noqa

FIELDS = ["text", "question", "questions", "topic", "kind", "marked", "style", "language"]
problems = []


def bad(msg):
    problems.append(msg)


letters = {L["file"]: L for L in load_letters()}
replies = sorted(os.listdir(os.path.join(DIR, "replies")))
if sorted(letters) != replies:
    bad("replies/ does not match the letter sources")

tot = collections.Counter()
rows = []
for f in replies:
    stem, ext = os.path.splitext(f)
    gpath = os.path.join(DIR, "gold", stem + ".gold.jsonl")
    mpath = os.path.join(DIR, "gold", stem + ".meta.json")
    lines = []
    for n, raw in enumerate(open(gpath, encoding="utf-8"), 1):
        try:
            g = json.loads(raw)
        except Exception as e:
            bad("%s:%d not JSON (%s)" % (gpath, n, e)); continue
        if list(g) != FIELDS:
            bad("%s:%d fields %s" % (gpath, n, list(g)))
        if g["kind"] not in KINDS or g["topic"] not in TOPICS or g["style"] not in STYLES \
                or g["language"] not in ("en", "fr", "de", "ar") or not isinstance(g["marked"], bool):
            bad("%s:%d bad value" % (gpath, n))
        if g["question"] not in QIDS + ["general"] or g["question"] not in g["questions"]:
            bad("%s:%d bad question" % (gpath, n))
        if (g["question"] == "general") != (g["topic"] == "other") or (g["question"] == "general" and g["marked"]):
            bad("%s:%d general/other/marked mismatch" % (gpath, n))
        lines.append(g)
    meta = json.load(open(mpath, encoding="utf-8"))
    if set(meta) != {"file", "company", "listed", "style", "languages", "status", "notes"} or meta["file"] != f:
        bad("meta keys/file " + mpath)
    if set(meta["status"]) != set(QIDS) or not set(meta["status"].values()) <= STATUSES:
        bad("meta status " + mpath)
    if {g["style"] for g in lines} != {meta["style"]}:
        bad("style mismatch " + f)
    if sorted({g["language"] for g in lines}) != sorted(meta["languages"]):
        bad("languages mismatch " + f)
    # format check against the actual file
    path = os.path.join(DIR, "replies", f)
    if ext == ".pdf":
        lay = letters[f].get("layout", {})
        miss = check_pdf(path, lines, lay.get("footer"))
        if miss:
            bad("PDF %s: %d gold texts not readable: %r" % (f, len(miss), miss[:2]))
    else:
        e = check_docx(path, lines)
        if e:
            bad("DOCX %s: %s" % (f, e))
    # unlisted companies must not be identifiable from the file name
    comp = meta["company"]
    fold = lambda x: unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().lower()
    key = fold(comp.split()[0])
    name_in_file = key in fold(f).replace(" ", "")
    if not meta["listed"] and name_in_file:
        bad("unlisted company name in file name: " + f)
    tot["files"] += 1
    tot["no_name_in_filename"] += not name_in_file
    for g in lines:
        gen = g["question"] == "general"
        tot["general" if gen else "answer"] += 1
        if not gen:
            tot["answer_marked" if g["marked"] else "answer_unmarked"] += 1
        tot["kind:" + g["kind"]] += 1
        tot["lang:" + g["language"]] += 1
    rows.append((f, meta["company"], meta["style"], "+".join(meta["languages"]), meta["listed"], len(lines),
                 sum(g["question"] != "general" for g in lines)))

# campaign.yaml
try:
    import yaml
    camp = yaml.safe_load(open(os.path.join(DIR, "campaign.yaml"), encoding="utf-8"))
except ImportError:
    camp = None
if camp is not None:
    if set(camp) != {"id", "title", "organisation", "date_sent", "replies", "questions", "companies"}:
        bad("campaign.yaml keys %s" % list(camp))
    if camp["id"] != "independent-dev" or camp["replies"] != "replies":
        bad("campaign id/replies")
    if [str(q["id"]) for q in camp["questions"]] != QIDS:
        bad("campaign question ids")
    for q in camp["questions"]:
        if set(q) != {"id", "parent", "title", "topic", "text"} or not isinstance(q["parent"], str) \
                or not isinstance(q["id"], str):
            bad("campaign question fields %s" % q.get("id"))
    names = [c["name"] for c in camp["companies"]]
    allnames = [n.lower() for c in camp["companies"] for n in [c["name"]] + c.get("aliases", [])]
    if len(allnames) != len(set(allnames)):
        bad("campaign names/aliases not unique")
    metas = [json.load(open(p, encoding="utf-8")) for p in glob.glob(os.path.join(DIR, "gold", "*.meta.json"))]
    for m in metas:
        if m["listed"] != (m["company"] in names):
            bad("listed flag vs campaign.yaml: " + m["company"])
        if m["listed"]:
            c = camp["companies"][names.index(m["company"])]
            want = "declined" if m["style"] == "refusal" else "responded"
            if c["status"] != want:
                bad("status of %s" % m["company"])
    st = collections.Counter(c["status"] for c in camp["companies"])
    tot["campaign_companies"] = len(names)
    for k, v in st.items():
        tot["campaign_" + k] = v

for r in rows:
    print("%-52s %-44s %-15s %-6s listed=%-5s lines=%d answer=%d" % r)
print()
for k in sorted(tot):
    print("%-28s %d" % (k, tot[k]))
print()
print("PROBLEMS:" if problems else "all checks passed")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
