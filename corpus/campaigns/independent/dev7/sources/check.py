#!/usr/bin/env python3
"""Check the independent-dev7 set.

* every gold paragraph of a PDF reply is readable (in order) in `pdftotext` output of that PDF;
* every gold paragraph of a DOCX reply is a paragraph of that DOCX (in order), and every non-empty
  body paragraph of the DOCX is in the gold;
* gold / meta schema (fields, kinds, topics, statuses, styles, languages), one meta per gold file and
  per reply file, statuses consistent with the gold lines, every `partial` cell explained in the notes;
* campaign.yaml keys and consistency with the `listed` flags; unlisted companies absent from
  campaign.yaml and from their file names;
* paragraph lengths (15-180 words for substantive paragraphs) and reply lengths;
and prints the counts (replies by style and language, statuses, gold paragraphs tied / marked).
Python standard library + pdftotext only.  Exit status 1 on any problem.
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
TOPICS = {"products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
          "exit_and_restrictions", "export_control", "confidentiality_decline", "other"}
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header",
         "table_question", "table_label", "table_answer", "annex"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
STATUSES = ["answered", "partial", "declined", "not_addressed"]
LANGS = {"en", "fr", "de", "ar"}
SUBSTANTIVE = {"paragraph", "annex", "table_answer", "list_item"}
GOLD_KEYS = ["text", "question", "questions", "topic", "kind", "marked", "style", "language"]
META_KEYS = ["file", "company", "listed", "style", "languages", "status", "notes"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

problems = []


def problem(msg):
    problems.append(msg)
    print("PROBLEM: " + msg)


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path, mode):
    """pdftotext output, normalised.  mode "-raw": content-stream order, hyphens kept; a line broken
    after a hyphen inside a compound ("search-and-\nrescue") is joined again.  mode "default": reading
    order, where pdftotext itself drops a hyphen at a line end ("sub-\nquestions" -> "subquestions"),
    so that text is compared with hyphens removed on both sides."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if mode == "-raw" else []) + [path, "-"]
    txt = subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")
    txt = re.sub(r"(?<=\w-)\n(?=\w)", "", txt)
    return norm(txt)


def find_in_order(text, items):
    """Return, for each item, 'ok', 'order' (present but out of order) or 'missing'."""
    pos, out = 0, []
    for t in items:
        j = text.find(t, pos)
        if j >= 0:
            pos = j + len(t)
            out.append("ok")
        else:
            out.append("order" if t in text else "missing")
    return out


def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag in (W + "tab", W + "br"):
                parts.append(" ")
        t = norm("".join(parts))
        if t:
            out.append(t)
    return out


def parse_campaign(path):
    """Minimal reader for the campaign.yaml format of the brief (no PyYAML here)."""
    top_allowed = {"id", "title", "organisation", "date_sent", "replies", "questions", "companies"}
    q_allowed = {"id", "parent", "title", "topic", "text"}
    c_allowed = {"name", "aliases", "country", "status"}
    top, questions, companies, section = {}, [], [], None

    def value(v):
        v = v.strip()
        if v.startswith("["):
            return json.loads(v)
        if v.startswith('"'):
            return json.loads(v)
        return v.split(" #")[0].strip()

    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(\w+):\s*(.*)$", line.rstrip("\n"))
            if m:
                k, v = m.groups()
                if k not in top_allowed:
                    problem("campaign.yaml:%d unknown key %s" % (n, k))
                section = k if k in ("questions", "companies") else None
                if section is None:
                    top[k] = value(v)
                continue
            m = re.match(r"^  (- )?(\w+):\s*(.*)$", line.rstrip("\n")) or re.match(r"^    (\w+):\s*(.*)$", line)
            if not m or section is None:
                problem("campaign.yaml:%d cannot read %r" % (n, line.strip()))
                continue
            if line.startswith("  - "):
                k, v = re.match(r"^  - (\w+):\s*(.*)$", line.rstrip("\n")).groups()
                (questions if section == "questions" else companies).append({})
            else:
                k, v = re.match(r"^\s+(\w+):\s*(.*)$", line.rstrip("\n")).groups()
            allowed = q_allowed if section == "questions" else c_allowed
            if k not in allowed:
                problem("campaign.yaml:%d unknown key %s in %s" % (n, k, section))
            (questions if section == "questions" else companies)[-1][k] = value(v)
    return top, questions, companies


def main():
    top, questions, companies = parse_campaign(os.path.join(DEV, "campaign.yaml"))
    if top.get("id") != "independent-dev7":
        problem("campaign id is %r" % top.get("id"))
    if [q.get("id") for q in questions] != QIDS:
        problem("question ids %s" % [q.get("id") for q in questions])
    names = {}
    for c in companies:
        if c.get("status") not in ("responded", "no_response", "declined"):
            problem("company %s has status %s" % (c.get("name"), c.get("status")))
        for n in [c["name"]] + c.get("aliases", []):
            if n.lower() in names:
                problem("duplicate company name/alias %s" % n)
            names[n.lower()] = c

    replies = sorted(os.listdir(os.path.join(DEV, "replies")))
    metas = sorted(glob.glob(os.path.join(DEV, "gold", "*.meta.json")))
    golds = sorted(glob.glob(os.path.join(DEV, "gold", "*.gold.jsonl")))
    if len(metas) != len(replies) or len(golds) != len(replies):
        problem("%d replies, %d meta files, %d gold files" % (len(replies), len(metas), len(golds)))
    seen_companies = set()
    records = []
    for mpath in metas:
        stem = os.path.basename(mpath)[:-len(".meta.json")]
        meta = json.load(open(mpath, encoding="utf-8"))
        if list(meta) != META_KEYS:
            problem("%s: meta keys %s" % (stem, list(meta)))
        fname = meta["file"]
        if os.path.splitext(fname)[0] != stem or fname not in replies:
            problem("%s: meta file %s does not match a reply" % (stem, fname))
            continue
        gpath = os.path.join(DEV, "gold", stem + ".gold.jsonl")
        gold = [json.loads(l) for l in open(gpath, encoding="utf-8") if l.strip()]
        # schema
        for i, g in enumerate(gold, 1):
            where = "%s line %d" % (stem, i)
            if list(g) != GOLD_KEYS:
                problem("%s: keys %s" % (where, list(g)))
            if g["kind"] not in KINDS or g["topic"] not in TOPICS or g["language"] not in LANGS:
                problem("%s: bad kind/topic/language" % where)
            if g["style"] != meta["style"]:
                problem("%s: style differs from meta" % where)
            if g["question"] == "general":
                if g["questions"] != ["general"] or g["topic"] != "other" or g["marked"]:
                    problem("%s: inconsistent general line" % where)
            else:
                if g["questions"][0] != g["question"] or any(q not in QIDS for q in g["questions"]):
                    problem("%s: question/questions mismatch" % where)
            if g["kind"] in ("letterhead", "letter") and g["question"] != "general":
                problem("%s: letterhead/letter line tied to a question" % where)
            if g["kind"] in SUBSTANTIVE and not 15 <= len(g["text"].split()) <= 180:
                problem("%s: %d words" % (where, len(g["text"].split())))
            if meta["style"] == "prose" and g["marked"]:
                problem("%s: marked line in a prose letter" % where)
        if meta["style"] not in STYLES:
            problem("%s: style %s" % (stem, meta["style"]))
        langs = []
        for g in gold:
            if g["language"] not in langs:
                langs.append(g["language"])
        if meta["languages"] != langs:
            problem("%s: meta languages %s, gold %s" % (stem, meta["languages"], langs))
        st = meta["status"]
        if list(st) != QIDS or any(v not in STATUSES for v in st.values()):
            problem("%s: bad status" % stem)
        for q in QIDS:
            tagged = [g for g in gold if q in g["questions"]]
            if st[q] == "not_addressed" and tagged:
                problem("%s: %s not_addressed but tagged" % (stem, q))
            if st[q] != "not_addressed" and not any(g["kind"] in SUBSTANTIVE for g in tagged):
                problem("%s: %s is %s without a paragraph" % (stem, q, st[q]))
            if st[q] == "partial" and ("Partial: %s (" % q) not in meta["notes"]:
                problem("%s: partial %s not explained in notes" % (stem, q))
        # campaign consistency
        comp = meta["company"]
        entry = names.get(comp.lower())
        if meta["listed"]:
            if not entry:
                problem("%s: listed company %s not in campaign.yaml" % (stem, comp))
            else:
                seen_companies.add(entry["name"])
                blanket = meta["style"] == "refusal" and not any(v == "answered" for v in st.values())
                want = "declined" if blanket else "responded"
                if entry["status"] != want:
                    problem("%s: campaign status %s, expected %s" % (stem, entry["status"], want))
        else:
            if entry or any(n in comp.lower() for n in names if len(n) > 4):
                problem("%s: unlisted company %s appears in campaign.yaml" % (stem, comp))
            first = re.split(r"[\s,]", comp)[0].lower()
            if first in fname.lower():
                problem("%s: unlisted company's name in file name" % stem)
        # text checks
        rpath = os.path.join(DEV, "replies", fname)
        if fname.lower().endswith(".pdf"):
            items = [norm(g["text"]) for g in gold]
            raw = find_in_order(pdf_text(rpath, "-raw"), items)
            dflt = find_in_order(pdf_text(rpath, "default").replace("-", ""), [t.replace("-", "") for t in items])
            for i, (t, a, b) in enumerate(zip(items, raw, dflt), 1):
                for mode, res in (("pdftotext -raw", a), ("pdftotext", b)):
                    if res == "order":
                        problem("%s line %d: in %s output but out of order" % (stem, i, mode))
                    elif res == "missing":
                        problem("%s line %d: not readable in %s output: %s" % (stem, i, mode, t[:70]))
        else:
            paras = docx_paragraphs(rpath)
            pos, used = 0, set()
            for i, g in enumerate(gold, 1):
                t = norm(g["text"])
                try:
                    j = paras.index(t, pos)
                    used.add(j)
                    pos = j + 1
                except ValueError:
                    problem("%s line %d: not a paragraph of the DOCX (in order): %s" % (stem, i, t[:70]))
            for j, p in enumerate(paras):
                if j not in used:
                    problem("%s: DOCX paragraph not in gold: %s" % (stem, p[:70]))
        records.append((meta, gold))

    for c in companies:
        if c["status"] in ("responded", "declined") and c["name"] not in seen_companies:
            problem("campaign.yaml lists %s as %s but there is no reply" % (c["name"], c["status"]))

    # ---- summary
    n = len(records)
    print("replies: %d (%s)" % (n, ", ".join("%s %d" % kv for kv in sorted(
        Counter(os.path.splitext(m["file"])[1][1:].upper() for m, _ in records).items()))))
    print("by style: " + ", ".join("%s %d" % kv for kv in sorted(Counter(m["style"] for m, _ in records).items())))

    def main_lang(m):
        return m["languages"][0] + ("+" + "+".join(m["languages"][1:]) if len(m["languages"]) > 1 else "")
    print("by language: " + ", ".join("%s %d" % kv for kv in sorted(Counter(main_lang(m) for m, _ in records).items())))
    print("listed replies: %d, unlisted: %d; campaign.yaml: %s" % (
        sum(m["listed"] for m, _ in records), sum(not m["listed"] for m, _ in records),
        ", ".join("%s %d" % kv for kv in sorted(Counter(c["status"] for c in companies).items()))))
    st = Counter(v for m, _ in records for v in m["status"].values())
    print("statuses: " + ", ".join("%s %d" % (s, st[s]) for s in STATUSES))
    if st["partial"] < 35:
        problem("only %d partial cells" % st["partial"])
    gold = [g for _, gl in records for g in gl]
    tied = [g for g in gold if g["question"] != "general"]
    print("gold lines: %d; tied to a question: %d (marked %d, unmarked %d)" % (
        len(gold), len(tied), sum(g["marked"] for g in tied), sum(not g["marked"] for g in tied)))
    words = [sum(len(g["text"].split()) for g in gl) for _, gl in records]
    print("reply lengths: %d-%d words" % (min(words), max(words)))
    print("pdftotext/DOCX text check: %d gold lines checked" % len(gold))
    if problems:
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: no problems")


if __name__ == "__main__":
    main()
