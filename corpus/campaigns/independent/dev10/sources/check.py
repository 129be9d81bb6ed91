#!/usr/bin/env python3
"""Validate the dev10 set: campaign.yaml, gold/*.meta.json, gold/*.gold.jsonl, and readability of every gold
paragraph in the reply files (pdftotext -raw for PDF, the document paragraphs for DOCX).

Usage:  python3 sources/check.py        Exit status 1 if any problem is found.
"""
import glob, json, os, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from campaign_data import CAMPAIGN_ID, TITLE, QUESTIONS  # noqa: E402

QIDS = [q["id"] for q in QUESTIONS]
TOPICS = {"products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"}
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header",
         "table_question", "table_label", "table_answer", "annex"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
LANGS = {"en", "fr", "de", "ar"}
STATUS = {"answered", "partial", "declined", "not_addressed"}
GOLD_KEYS = ["text", "question", "questions", "topic", "kind", "marked", "style", "language"]
META_KEYS = ["file", "company", "listed", "style", "languages", "status", "notes"]
README_FIRST = "> **Development set** (campaign id `independent-dev10`), written blind by an eleventh writer from `../BRIEF.md`."

problems = []


def problem(msg):
    problems.append(msg)


# ---------------------------------------------------------------- minimal YAML reader for campaign.yaml
def yscalar(v):
    v = v.strip()
    if v.startswith('"'):
        m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', v)
        if not m:
            raise ValueError("bad quoted scalar %r" % v)
        return re.sub(r"\\(.)", r"\1", m.group(1))
    if v.startswith("["):
        inner = v[1:-1].strip()
        if not inner:
            return []
        items, cur, q = [], "", False
        for ch in inner:
            if ch == '"':
                q = not q
            if ch == "," and not q:
                items.append(cur)
                cur = ""
            else:
                cur += ch
        items.append(cur)
        return [yscalar(x) for x in items]
    if " #" in v:
        v = v.split(" #")[0].rstrip()
    return v


def read_yaml(path):
    data, cur_list, cur_item = {}, None, None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                k, sep, v = line.partition(":")
                if not sep or not re.fullmatch(r"[a-z_]+", k):
                    problem("campaign.yaml line %d: not a key: %r" % (n, line))
                    continue
                if k in data:
                    problem("campaign.yaml: duplicate key %s" % k)
                if v.strip():
                    data[k] = yscalar(v)
                    cur_list = None
                else:
                    data[k] = cur_list = []
                continue
            m = re.match(r"^  - ([a-z_]+):(.*)$", line)
            m2 = re.match(r"^    ([a-z_]+):(.*)$", line)
            if m and cur_list is not None:
                cur_item = {m.group(1): yscalar(m.group(2))}
                cur_list.append(cur_item)
            elif m2 and cur_item is not None:
                if m2.group(1) in cur_item:
                    problem("campaign.yaml line %d: duplicate key %s" % (n, m2.group(1)))
                cur_item[m2.group(1)] = yscalar(m2.group(2))
            else:
                problem("campaign.yaml line %d: unexpected line %r" % (n, line))
    return data


def check_yaml():
    path = os.path.join(DIR, "campaign.yaml")
    y = read_yaml(path)
    want = ["id", "title", "organisation", "date_sent", "replies", "questions", "companies"]
    if list(y.keys()) != want:
        problem("campaign.yaml: top-level keys %s, expected %s" % (list(y.keys()), want))
    if y.get("id") != CAMPAIGN_ID:
        problem("campaign.yaml: id %r" % y.get("id"))
    if y.get("title") != TITLE:
        problem("campaign.yaml: title %r" % y.get("title"))
    if y.get("organisation") != "Business & Human Rights Resource Centre (BHRRC)":
        problem("campaign.yaml: organisation")
    if y.get("date_sent") != "2022-07" or y.get("replies") != "replies":
        problem("campaign.yaml: date_sent/replies")
    qs = y.get("questions", [])
    if len(qs) != 9:
        problem("campaign.yaml: %d questions" % len(qs))
    for q, ref in zip(qs, QUESTIONS):
        if set(q) - {"id", "parent", "title", "topic", "text"}:
            problem("campaign.yaml: unknown question keys %s" % (set(q) - {"id", "parent", "title", "topic", "text"}))
        for k in ("id", "parent", "title", "topic", "text"):
            if q.get(k) != ref[k]:
                problem("campaign.yaml: question %s field %s = %r" % (ref["id"], k, q.get(k)))
    raw = open(path, encoding="utf-8").read()
    if '- id: "3"' not in raw:
        problem('campaign.yaml: question id 3 must be quoted')
    names = {}
    comps = y.get("companies", [])
    for c in comps:
        extra = set(c) - {"name", "aliases", "country", "status"}
        if extra:
            problem("campaign.yaml: unknown company keys %s" % extra)
        for k in ("name", "country", "status"):
            if not c.get(k):
                problem("campaign.yaml: company missing %s: %r" % (k, c))
        if c.get("status") not in ("responded", "no_response", "declined"):
            problem("campaign.yaml: bad status %r" % c.get("status"))
        als = c.get("aliases", [])
        if not isinstance(als, list):
            problem("campaign.yaml: aliases must be a list for %s" % c.get("name"))
            als = []
        for n in [c.get("name", "")] + als:
            if n.lower() in names:
                problem("campaign.yaml: duplicate name/alias %r" % n)
            names[n.lower()] = c
    return comps, names


# ---------------------------------------------------------------- text extraction
def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s).replace("\u00ad", ""))


WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(WNS + "p"):
        buf = []
        for el in p.iter():
            if el.tag == WNS + "t":
                buf.append(el.text or "")
            elif el.tag == WNS + "tab":
                buf.append("\t")
            elif el.tag in (WNS + "br", WNS + "cr"):
                buf.append("\n")
        t = norm("".join(buf))
        if t:
            out.append(t)
    return out


def furniture_patterns():
    """Running header/footer texts of every reply (from the letter sources), as regexes over squashed text."""
    from build import parse_letter
    pats = {}
    for p in glob.glob(os.path.join(HERE, "letters", "*.txt")):
        head, _ = parse_letter(p)
        rx = [r"\d+".join(re.escape(squash(part)) for part in head[k].split("{PAGE}"))
              for k in ("header", "footer") if head.get(k)]
        pats[head["file"]] = rx
    return pats


def pdf_text(path):
    r = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True)
    if r.returncode != 0:
        problem("%s: pdftotext failed" % os.path.basename(path))
        return ""
    return r.stdout


# ---------------------------------------------------------------- main checks
def main():
    global FURNITURE
    FURNITURE = furniture_patterns()
    comps, names = check_yaml()
    rdir, gdir = os.path.join(DIR, "replies"), os.path.join(DIR, "gold")
    replies = sorted(os.listdir(rdir))
    metas = sorted(glob.glob(os.path.join(gdir, "*.meta.json")))
    golds = sorted(glob.glob(os.path.join(gdir, "*.gold.jsonl")))
    if len(metas) != len(replies) or len(golds) != len(replies):
        problem("counts: %d replies, %d meta, %d gold" % (len(replies), len(metas), len(golds)))
    for f in os.listdir(gdir):
        if not (f.endswith(".meta.json") or f.endswith(".gold.jsonl")):
            problem("gold/: unexpected file %s" % f)
    fmt = Counter(f.rsplit(".", 1)[-1] for f in replies)
    styles, langs, status_c, kinds = Counter(), Counter(), Counter(), Counter()
    tot = marked = general = 0
    listed_names = set()
    unlisted = []
    for f in replies:
        stem = f.rsplit(".", 1)[0]
        mp, gp = os.path.join(gdir, stem + ".meta.json"), os.path.join(gdir, stem + ".gold.jsonl")
        if not os.path.exists(mp) or not os.path.exists(gp):
            problem("%s: missing meta or gold" % f)
            continue
        meta = json.load(open(mp, encoding="utf-8"))
        if list(meta.keys()) != META_KEYS:
            problem("%s: meta keys %s" % (f, list(meta.keys())))
        if meta.get("file") != f:
            problem("%s: meta file %r" % (f, meta.get("file")))
        style = meta.get("style")
        if style not in STYLES:
            problem("%s: bad style %r" % (f, style))
        styles[style] += 1
        st = meta.get("status", {})
        if list(st.keys()) != QIDS:
            problem("%s: status keys %s" % (f, list(st.keys())))
        notes = meta.get("notes", "")
        if "\n" in notes or not notes:
            problem("%s: notes must be one non-empty line" % f)
        for q, v in st.items():
            if v not in STATUS:
                problem("%s: bad status %s=%r" % (f, q, v))
            status_c[v] += 1
            if v == "partial" and ("Partial: %s (" % q) not in notes:
                problem("%s: partial %s not explained in notes" % (f, q))
        for q in re.findall(r"Partial: (\w+) \(", notes):
            if st.get(q) != "partial":
                problem("%s: notes explain partial %s but status is %s" % (f, q, st.get(q)))
        company = meta.get("company", "")
        entry = names.get(company.lower())
        if meta.get("listed") is True:
            if not entry or entry["name"] != company:
                problem("%s: listed company %r not in campaign.yaml" % (f, company))
            else:
                listed_names.add(company)
                want = "declined" if style == "refusal" else "responded"
                if entry["status"] != want:
                    problem("%s: campaign status %s, expected %s" % (f, entry["status"], want))
        elif meta.get("listed") is False:
            unlisted.append(company)
            if entry:
                problem("%s: unlisted company %r is in campaign.yaml" % (f, company))
            first = re.split(r"[\s,]+", company)[0].lower()
            if first in f.lower():
                problem("%s: unlisted company name %r appears in file name" % (f, first))
        else:
            problem("%s: listed must be boolean" % f)
        rows = []
        for n, line in enumerate(open(gp, encoding="utf-8"), 1):
            try:
                r = json.loads(line)
            except ValueError:
                problem("%s line %d: bad JSON" % (gp, n))
                continue
            rows.append(r)
            where = "%s gold line %d" % (stem, n)
            if list(r.keys()) != GOLD_KEYS:
                problem("%s: keys %s" % (where, list(r.keys())))
                continue
            if not isinstance(r["text"], str) or not r["text"].strip() or r["text"] != r["text"].strip():
                problem("%s: bad text" % where)
            qs = r["questions"]
            if not isinstance(qs, list) or not qs or len(set(qs)) != len(qs):
                problem("%s: bad questions %r" % (where, qs))
                continue
            if r["question"] != qs[0]:
                problem("%s: question %r is not first of questions %r" % (where, r["question"], qs))
            if qs == ["general"]:
                if r["topic"] != "other" or r["marked"]:
                    problem("%s: general line must be topic other, unmarked" % where)
            elif any(q not in QIDS for q in qs):
                problem("%s: bad question ids %r" % (where, qs))
            if r["topic"] not in TOPICS:
                problem("%s: bad topic %r" % (where, r["topic"]))
            if r["kind"] not in KINDS:
                problem("%s: bad kind %r" % (where, r["kind"]))
            if not isinstance(r["marked"], bool):
                problem("%s: marked must be boolean" % where)
            if r["style"] != style:
                problem("%s: style %r != meta %r" % (where, r["style"], style))
            if r["language"] not in LANGS:
                problem("%s: bad language %r" % (where, r["language"]))
            tot += 1
            marked += r["marked"] is True
            general += r["question"] == "general"
            kinds[r["kind"]] += 1
            if r["kind"] in ("paragraph", "annex", "table_answer", "list_item") and qs != ["general"]:
                wc = len(r["text"].split())
                if wc > 180:
                    problem("%s: %d words (> 180)" % (where, wc))
        glangs = sorted({r.get("language") for r in rows})
        if sorted(meta.get("languages", [])) != glangs:
            problem("%s: meta languages %s != gold languages %s" % (f, meta.get("languages"), glangs))
        for lg in glangs:
            langs[lg] += 1
        covered = {q for r in rows for q in r.get("questions", []) if q != "general"}
        for q in QIDS:
            if st.get(q) == "not_addressed" and q in covered:
                problem("%s: %s is not_addressed but a gold paragraph answers it" % (f, q))
            if st.get(q) in ("answered", "partial", "declined") and q not in covered:
                problem("%s: %s is %s but no gold paragraph carries it" % (f, q, st.get(q)))
        # readability
        path = os.path.join(rdir, f)
        if f.endswith(".docx"):
            paras = docx_paragraphs(path)
            pos = 0
            for n, r in enumerate(rows, 1):
                t = norm(r["text"])
                try:
                    pos = paras.index(t, pos) + 1
                except ValueError:
                    problem("%s gold line %d: not found (in order) among DOCX paragraphs: %r" % (stem, n, t[:70]))
            gold_set = {norm(r["text"]) for r in rows}
            for p in paras:
                if p not in gold_set:
                    problem("%s: DOCX paragraph missing from gold: %r" % (stem, p[:70]))
        elif f.endswith(".pdf"):
            body = squash(pdf_text(path))
            for rx in FURNITURE.get(f, []):
                body = re.sub(rx, "", body)
            pos, gaps = 0, []
            for n, r in enumerate(rows, 1):
                t = squash(r["text"])
                i = body.find(t, pos)
                if i < 0:
                    problem("%s gold line %d: not readable (in order) in pdftotext -raw: %r" % (stem, n, r["text"][:70]))
                    continue
                gaps.append(body[pos:i])
                pos = i + len(t)
            gaps.append(body[pos:])
            for g in gaps:
                rest = re.sub(r"^(•|◦|▪|–|-|\d+\.|[a-z]\))", "", g)
                if len(rest) > 2:
                    problem("%s: PDF text not covered by gold: %r" % (stem, g[:70]))
        else:
            problem("%s: unexpected reply format" % f)
    for c in comps:
        if c["status"] != "no_response" and c["name"] not in listed_names:
            problem("campaign.yaml: %s (%s) has no reply in replies/" % (c["name"], c["status"]))
    idx = os.path.join(HERE, "INDEX.md")
    itext = open(idx, encoding="utf-8").read() if os.path.exists(idx) else ""
    for f in replies:
        if sum(1 for l in itext.split("\n") if ("`%s`" % f) in l) != 1:
            problem("INDEX.md: need exactly one line for %s" % f)
    rp = os.path.join(DIR, "README.md")
    if not os.path.exists(rp) or open(rp, encoding="utf-8").readline().rstrip("\n") != README_FIRST:
        problem("README.md: missing or wrong first line")

    fm = lambda c: ", ".join("%s %d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    print("replies: %d (%s)" % (len(replies), fm(fmt)))
    print("styles: %s" % fm(styles))
    print("languages: %s" % fm(langs))
    print("status cells: %d (%s)" % (sum(status_c.values()), fm(status_c)))
    print("gold lines: %d (marked %d, general %d); kinds: %s" % (tot, marked, general, fm(kinds)))
    print("campaign companies: %d (%s); unlisted replying companies: %s" % (
        len(comps), fm(Counter(c["status"] for c in comps)), "; ".join(unlisted)))
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
