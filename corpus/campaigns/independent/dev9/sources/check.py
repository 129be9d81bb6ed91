#!/usr/bin/env python3
"""Validate the independent-dev9 set: campaign.yaml, gold/*.meta.json, gold/*.gold.jsonl, and the text of
every reply (each gold paragraph must appear, in order, in `pdftotext -raw` output of each PDF, and the
non-empty paragraphs of each DOCX must be exactly the gold paragraphs, in order). Standard library only.
Exit status 0 when everything passes."""
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
CAMPAIGN_ID = "independent-dev9"
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
GOLD_KEYS = ["text", "question", "questions", "topic", "kind", "marked", "style", "language"]
META_KEYS = ["file", "company", "listed", "style", "languages", "status", "notes"]

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


# ---------------------------------------------------------------------------------------------
# a minimal YAML reader for the campaign.yaml subset (scalars, block lists of maps, flow lists)
# ---------------------------------------------------------------------------------------------
def yscalar(v):
    v = v.strip()
    if v.startswith('"'):
        m = re.match(r'^"((?:[^"\\]|\\.)*)"\s*(#.*)?$', v)
        if not m:
            raise ValueError("bad quoted scalar: %r" % v)
        return re.sub(r"\\(.)", r"\1", m.group(1))
    if v.startswith("'"):
        m = re.match(r"^'((?:[^']|'')*)'\s*(#.*)?$", v)
        return m.group(1).replace("''", "'")
    if v.startswith("["):
        inner = v[1:v.rindex("]")]
        items, cur, q = [], "", False
        for ch in inner:
            if ch == '"':
                q = not q
                cur += ch
            elif ch == "," and not q:
                items.append(cur)
                cur = ""
            else:
                cur += ch
        if cur.strip():
            items.append(cur)
        return [yscalar(x) for x in items]
    v = re.sub(r"\s+#.*$", "", v)
    return v


def read_yaml(path):
    data = {}
    cur_list = None
    cur_item = None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" "):
            k, v = line.split(":", 1)
            if v.strip() == "":
                data[k] = []
                cur_list = data[k]
            else:
                data[k] = yscalar(v)
                cur_list = None
            continue
        s = line.strip()
        if s.startswith("- "):
            if cur_list is None:
                raise ValueError("line %d: list item outside a list" % n)
            cur_item = {}
            cur_list.append(cur_item)
            s = s[2:]
        k, v = s.split(":", 1)
        if k in cur_item:
            raise ValueError("line %d: duplicate key %s" % (n, k))
        cur_item[k.strip()] = yscalar(v)
    return data


def check_campaign():
    path = os.path.join(DIR, "campaign.yaml")
    raw = open(path, encoding="utf-8").read()
    y = read_yaml(path)
    want = {"id", "title", "organisation", "date_sent", "replies", "questions", "companies"}
    if set(y) != want:
        err("campaign.yaml: keys %s (expected %s)" % (sorted(y), sorted(want)))
    if y.get("id") != CAMPAIGN_ID:
        err("campaign.yaml: id %r" % y.get("id"))
    if y.get("replies") != "replies":
        err("campaign.yaml: replies %r" % y.get("replies"))
    if y.get("date_sent") != "2022-07":
        err("campaign.yaml: date_sent %r" % y.get("date_sent"))
    if y.get("organisation") != "Business & Human Rights Resource Centre (BHRRC)":
        err("campaign.yaml: organisation %r" % y.get("organisation"))
    if not y.get("title"):
        err("campaign.yaml: empty title")
    qs = y.get("questions", [])
    src = {q["id"]: q for q in json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))}
    if [q.get("id") for q in qs] != QIDS:
        err("campaign.yaml: question ids %s" % [q.get("id") for q in qs])
    if '- id: "3"' not in raw:
        err('campaign.yaml: question id 3 must be quoted ("3")')
    for q in qs:
        if set(q) != {"id", "parent", "title", "topic", "text"}:
            err("campaign.yaml: question %s keys %s" % (q.get("id"), sorted(q)))
            continue
        if q["parent"] != q["id"][0]:
            err("campaign.yaml: question %s parent %r" % (q["id"], q["parent"]))
        if q["topic"] != QTOPIC.get(q["id"]):
            err("campaign.yaml: question %s topic %r" % (q["id"], q["topic"]))
        if q["id"] in src and q["text"] != src[q["id"]]["text"]:
            err("campaign.yaml: question %s text differs from sources/questions.json" % q["id"])
        if len(q["text"]) < 60:
            err("campaign.yaml: question %s text too short" % q["id"])
    comps = y.get("companies", [])
    seen = {}
    for c in comps:
        if not set(c) <= {"name", "aliases", "country", "status"} or "name" not in c or "status" not in c:
            err("campaign.yaml: company keys %s" % sorted(c))
            continue
        if c["status"] not in ("responded", "no_response", "declined"):
            err("campaign.yaml: %s status %r" % (c["name"], c["status"]))
        if not c.get("country"):
            err("campaign.yaml: %s has no country" % c["name"])
        names = [c["name"]] + list(c.get("aliases", []))
        if not isinstance(c.get("aliases", []), list):
            err("campaign.yaml: %s aliases not a list" % c["name"])
        for nm in names:
            key = nm.lower()
            if key in seen:
                err("campaign.yaml: name/alias %r not unique (%s, %s)" % (nm, seen[key], c["name"]))
            seen[key] = c["name"]
    nonresp = [c for c in comps if c.get("status") == "no_response"]
    if len(nonresp) < 2:
        err("campaign.yaml: fewer than 2 no_response companies")
    return y, seen


# ---------------------------------------------------------------------------------------------
# text extraction
# ---------------------------------------------------------------------------------------------
def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"([-\u2013\u2014/])\s+", r"\1", s)
    return s


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_paragraphs(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out = []
    for p in body.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
        t = "".join(parts)
        if t.strip():
            out.append(t)
    return out


def pdf_text(path):
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


# ---------------------------------------------------------------------------------------------
def words(s):
    return len(re.findall(r"\w+(?:[-'’]\w+)*", s))


def check_reply(fname, campaign, names):
    stem, ext = os.path.splitext(fname)
    gpath = os.path.join(DIR, "gold", stem + ".gold.jsonl")
    mpath = os.path.join(DIR, "gold", stem + ".meta.json")
    if not os.path.exists(gpath) or not os.path.exists(mpath):
        err("%s: missing gold or meta" % fname)
        return None
    meta = json.load(open(mpath, encoding="utf-8"))
    gold = []
    for n, line in enumerate(open(gpath, encoding="utf-8"), 1):
        if not line.strip():
            err("%s: empty gold line %d" % (fname, n))
            continue
        gold.append(json.loads(line))
    tag = fname
    # ---- meta
    if list(meta) != META_KEYS:
        err("%s: meta keys %s" % (tag, list(meta)))
    if meta.get("file") != fname:
        err("%s: meta file %r" % (tag, meta.get("file")))
    style = meta.get("style")
    if style not in STYLES:
        err("%s: style %r" % (tag, style))
    st = meta.get("status", {})
    if list(st) != QIDS:
        err("%s: status keys %s" % (tag, list(st)))
    for q, v in st.items():
        if v not in STATUSES:
            err("%s: status %s=%r" % (tag, q, v))
    notes = meta.get("notes", "")
    if not isinstance(notes, str) or not notes:
        err("%s: notes missing" % tag)
    for m in re.finditer(r"Partial: (\w+) \(", notes):
        rest = notes[m.end():]
        close = rest.find(")")
        if close < 0 or "(" in rest[:close]:
            err("%s: Partial: %s reason not in one pair of parentheses" % (tag, m.group(1)))
    for q in QIDS:
        has = ("Partial: %s (" % q) in notes
        if st.get(q) == "partial" and not has:
            err("%s: partial %s not explained in notes" % (tag, q))
        if st.get(q) != "partial" and has:
            err("%s: notes explain %s as partial but status is %s" % (tag, q, st.get(q)))
    company = meta.get("company", "")
    in_yaml = company.lower() in names
    if not isinstance(meta.get("listed"), bool) or meta.get("listed") != in_yaml:
        err("%s: listed=%r but company in campaign.yaml=%r" % (tag, meta.get("listed"), in_yaml))
    if in_yaml:
        ystat = [c for c in campaign["companies"] if c["name"] == names[company.lower()]][0]["status"]
        substantive = any(v in ("answered", "partial") for v in st.values())
        if ystat == "declined" and substantive:
            err("%s: declined in campaign.yaml but answers questions" % tag)
        if ystat == "responded" and not substantive:
            err("%s: whole reply is a refusal but status is responded" % tag)
        if ystat == "no_response":
            err("%s: replied but listed as no_response" % tag)
    else:
        first = re.split(r"[\s,]+", company)[0].lower()
        if first and first in fname.lower():
            err("%s: unlisted company's name appears in the file name" % tag)
    # ---- gold
    langs = []
    for i, g in enumerate(gold, 1):
        lt = "%s line %d" % (tag, i)
        if list(g) != GOLD_KEYS:
            err("%s: keys %s" % (lt, list(g)))
            continue
        if not isinstance(g["text"], str) or not g["text"].strip() or g["text"] != g["text"].strip():
            err("%s: bad text" % lt)
        qs = g["questions"]
        if not isinstance(qs, list) or not qs or len(set(qs)) != len(qs):
            err("%s: bad questions %r" % (lt, qs))
            continue
        if g["question"] != qs[0]:
            err("%s: question %r is not questions[0]" % (lt, g["question"]))
        if qs != ["general"] and not all(q in QIDS for q in qs):
            err("%s: unknown question id in %r" % (lt, qs))
        if "general" in qs and qs != ["general"]:
            err("%s: general mixed with question ids" % lt)
        if g["topic"] not in TOPICS:
            err("%s: topic %r" % (lt, g["topic"]))
        if g["kind"] not in KINDS:
            err("%s: kind %r" % (lt, g["kind"]))
        if not isinstance(g["marked"], bool):
            err("%s: marked not bool" % lt)
        if g["style"] != style:
            err("%s: style %r != meta %r" % (lt, g["style"], style))
        if g["language"] not in LANGS:
            err("%s: language %r" % (lt, g["language"]))
        if g["language"] not in langs:
            langs.append(g["language"])
        if qs == ["general"]:
            if g["topic"] != "other":
                err("%s: general line with topic %s" % (lt, g["topic"]))
            if g["marked"]:
                err("%s: general line marked" % lt)
        else:
            if g["kind"] in ("letterhead", "letter", "table_header"):
                err("%s: %s line answering %r" % (lt, g["kind"], qs))
        if style in ("prose", "refusal", "headings") and g["marked"]:
            err("%s: marked line in a %s letter" % (lt, style))
        if g["kind"] in ("question", "table_label", "table_question") and not g["marked"]:
            err("%s: %s not marked" % (lt, g["kind"]))
        nw = words(g["text"])
        if g["kind"] in ("paragraph", "annex", "table_answer", "list_item") and nw > 180:
            err("%s: %d words (> 180)" % (lt, nw))
        if g["kind"] == "paragraph" and nw < 15 and qs != ["general"]:
            warn("%s: short paragraph (%d words)" % (lt, nw))
    if meta.get("languages") != langs:
        err("%s: meta languages %r, gold languages %r" % (tag, meta.get("languages"), langs))
    for q in QIDS:
        covered = any(q in g["questions"] for g in gold)
        if st.get(q) in ("answered", "partial", "declined") and not covered:
            err("%s: %s is %s but no gold line answers it" % (tag, q, st.get(q)))
        if st.get(q) == "not_addressed" and covered:
            err("%s: %s not_addressed but a gold line answers it" % (tag, q))
    total = sum(words(g["text"]) for g in gold)
    if style == "refusal":
        if not 80 <= total <= 200:
            err("%s: refusal of %d words (80-200)" % (tag, total))
    elif not 300 <= total <= 1200:
        err("%s: reply of %d words (300-1200)" % (tag, total))
    # ---- text against the file
    path = os.path.join(DIR, "replies", fname)
    if ext == ".docx":
        paras = [norm(p) for p in docx_paragraphs(path)]
        want = [norm(g["text"]) for g in gold]
        if paras != want:
            for k in range(max(len(paras), len(want))):
                a = paras[k] if k < len(paras) else None
                b = want[k] if k < len(want) else None
                if a != b:
                    err("%s: DOCX paragraph %d differs:\n   docx: %r\n   gold: %r" % (tag, k + 1, a, b))
                    break
    elif ext == ".pdf":
        text = norm(pdf_text(path))
        pos = 0
        for i, g in enumerate(gold, 1):
            t = norm(g["text"])
            k = text.find(t, pos)
            if k < 0:
                err("%s: gold line %d not found (in order) in pdftotext -raw output: %r" % (tag, i, t[:80]))
                break
            pos = k + len(t)
    else:
        err("%s: unexpected extension" % tag)
    size = os.path.getsize(path)
    if size >= 1_000_000:
        err("%s: %d bytes (>= 1 MB)" % (tag, size))
    return meta, gold, total


def main():
    campaign, names = check_campaign()
    replies = sorted(os.listdir(os.path.join(DIR, "replies")))
    stems = [os.path.splitext(f)[0] for f in replies]
    if len(set(stems)) != len(stems):
        err("replies: two files share a stem")
    golds = sorted(f for f in os.listdir(os.path.join(DIR, "gold")))
    expected = sorted([s + ".gold.jsonl" for s in stems] + [s + ".meta.json" for s in stems])
    if golds != expected:
        err("gold/: files %s do not match replies" % sorted(set(golds) ^ set(expected)))
    results = []
    for f in replies:
        r = check_reply(f, campaign, names)
        if r:
            results.append((f,) + r)
    # set-level requirements
    fmt = {"pdf": 0, "docx": 0}
    for f in replies:
        fmt[os.path.splitext(f)[1][1:]] = fmt.get(os.path.splitext(f)[1][1:], 0) + 1
    statuses = [v for _, m, _, _ in results for v in m["status"].values()]
    unlisted = [m for _, m, _, _ in results if not m["listed"]]
    listed_companies = {m["company"] for _, m, _, _ in results if m["listed"]}
    for c in campaign["companies"]:
        if c["status"] != "no_response" and c["name"] not in listed_companies:
            err("campaign.yaml: %s listed as replying but no reply names it" % c["name"])
    print("replies: %d (%s)" % (len(replies), ", ".join("%s %d" % kv for kv in sorted(fmt.items()))))
    print("unlisted repliers: %d" % len(unlisted))
    print("status cells: %s" % {s: statuses.count(s) for s in sorted(STATUSES)})
    print("gold lines: %d, marked: %d" % (sum(len(g) for _, _, g, _ in results),
                                          sum(1 for _, _, g, _ in results for x in g if x["marked"])))
    if statuses.count("partial") < 40:
        err("fewer than 40 partial cells")
    if len(unlisted) < 5:
        err("fewer than 5 unlisted repliers")
    # tracked files under 1 MB
    for root, _, files in os.walk(DIR):
        for f in files:
            p = os.path.join(root, f)
            if os.path.getsize(p) >= 1_000_000:
                err("%s is >= 1 MB" % os.path.relpath(p, DIR))
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("check.py: FAILED (%d errors)" % len(errors))
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
