#!/usr/bin/env python3
"""Validate the locked2 set: campaign.yaml, gold/*.meta.json, gold/*.gold.jsonl, and that every gold paragraph's
text is readable in `pdftotext -raw` output of the PDF (running footers/headers taken from the letter sources are
removed first) or equals one of the DOCX paragraphs, in reading order.

Usage: python3 sources/check.py      (last line: "check.py: N problems")
"""
import glob
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
PROBLEMS = []

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
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def problem(msg):
    PROBLEMS.append(msg)
    print("PROBLEM:", msg)


# ----------------------------------------------------------------------------- tiny YAML reader (this file's format)
def parse_scalar(v):
    v = v.strip()
    if not v:
        return None
    if v.startswith('"'):
        m = re.match(r'"((?:[^"\\]|\\.)*)"\s*(#.*)?$', v)
        if not m:
            raise ValueError("bad quoted string: %s" % v)
        return re.sub(r"\\(.)", r"\1", m.group(1))
    if v.startswith("'"):
        m = re.match(r"'((?:[^']|'')*)'\s*(#.*)?$", v)
        if not m:
            raise ValueError("bad quoted string: %s" % v)
        return m.group(1).replace("''", "'")
    if v.startswith("["):
        inner = v[1:v.rindex("]")]
        items, cur, q = [], "", None
        for ch in inner:
            if q:
                cur += ch
                if ch == q and not cur.endswith("\\" + q):
                    q = None
            elif ch in "\"'":
                q = ch
                cur += ch
            elif ch == ",":
                items.append(cur)
                cur = ""
            else:
                cur += ch
        if cur.strip():
            items.append(cur)
        return [parse_scalar(x) for x in items]
    v = re.sub(r"\s+#.*$", "", v)
    return v


def read_yaml(path):
    top = {}
    cur_list = None
    cur_item = None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        ind = len(line) - len(line.lstrip(" "))
        s = line.strip()
        if ind == 0:
            k, _, v = s.partition(":")
            if not _:
                raise ValueError("line %d: no key" % n)
            val = parse_scalar(v)
            if val is None:
                top[k] = []
                cur_list = top[k]
            else:
                top[k] = val
                cur_list = None
            cur_item = None
        elif s.startswith("- "):
            if cur_list is None:
                raise ValueError("line %d: list item outside a list" % n)
            cur_item = {}
            cur_list.append(cur_item)
            k, _, v = s[2:].partition(":")
            cur_item[k.strip()] = parse_scalar(v)
        else:
            if cur_item is None:
                raise ValueError("line %d: unexpected indentation" % n)
            k, _, v = s.partition(":")
            if k.strip() in cur_item:
                raise ValueError("line %d: duplicate key %s" % (n, k))
            cur_item[k.strip()] = parse_scalar(v)
    return top


# ----------------------------------------------------------------------------- text extraction
def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def squeeze(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s).replace("\u00ad", ""))


def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W + "tab", W + "br"):
                buf.append(" ")
        paras.append(norm("".join(buf)))
    return paras


def running_lines():
    """footer/header patterns per reply file, from the letter sources."""
    out = {}
    for p in glob.glob(os.path.join(HERE, "letters", "*.txt")):
        head = {}
        for line in open(p, encoding="utf-8"):
            if line.startswith("== "):
                break
            if line.startswith("@"):
                k, v = line[1:].split(":", 1)
                head[k.strip()] = v.strip()
        pats = []
        for key in ("footer", "header"):
            if head.get(key):
                parts = [re.escape(squeeze(x)) for x in head[key].split("{PAGE}")]
                pats.append(re.compile(r"\d+".join(parts)))
        out[head["file"]] = pats
    return out


def pdf_text(path, pats):
    txt = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    s = squeeze(txt)
    for pat in pats:
        s = pat.sub("", s)
    return s


# ----------------------------------------------------------------------------- checks
def main():
    ypath = os.path.join(DIR, "campaign.yaml")
    try:
        y = read_yaml(ypath)
    except Exception as e:  # noqa
        problem("campaign.yaml unreadable: %s" % e)
        y = {}
    top_keys = {"id", "title", "organisation", "date_sent", "replies", "questions", "companies"}
    for k in y:
        if k not in top_keys:
            problem("campaign.yaml: unknown key %r" % k)
    for k in top_keys:
        if k not in y:
            problem("campaign.yaml: missing key %r" % k)
    if y.get("id") != "independent-locked2":
        problem("campaign.yaml: id is %r" % y.get("id"))
    if y.get("replies") != "replies":
        problem("campaign.yaml: replies must be 'replies'")
    qs = y.get("questions", [])
    if [q.get("id") for q in qs] != QIDS:
        problem("campaign.yaml: question ids %r" % [q.get("id") for q in qs])
    for q in qs:
        if set(q) != {"id", "parent", "title", "topic", "text"}:
            problem("campaign.yaml: question keys %r" % sorted(q))
        if QTOPIC.get(q.get("id")) != q.get("topic"):
            problem("campaign.yaml: topic of %s" % q.get("id"))
        if q.get("parent") != q.get("id", "")[:1]:
            problem("campaign.yaml: parent of %s" % q.get("id"))
        if not q.get("text") or len(q.get("text", "")) < 40:
            problem("campaign.yaml: text of %s" % q.get("id"))
    with open(ypath, encoding="utf-8") as f:
        raw = f.read()
    if re.search(r"^\s*-\s*id:\s*3\s*$", raw, re.M):
        problem('campaign.yaml: question id 3 must be quoted "3"')
    companies = y.get("companies", [])
    seen = {}
    yaml_status = {}
    for c in companies:
        extra = set(c) - {"name", "aliases", "country", "status"}
        if extra:
            problem("campaign.yaml: company keys %r" % sorted(extra))
        if not c.get("name") or not c.get("country"):
            problem("campaign.yaml: company without name/country: %r" % c)
        if c.get("status") not in {"responded", "no_response", "declined"}:
            problem("campaign.yaml: status %r" % c.get("status"))
        names = [c.get("name")] + list(c.get("aliases") or [])
        for n in names:
            key = (n or "").lower()
            if key in seen:
                problem("campaign.yaml: name/alias %r not unique" % n)
            seen[key] = c.get("name")
        yaml_status[c.get("name")] = c.get("status")

    replies = sorted(os.listdir(os.path.join(DIR, "replies")))
    gold_dir = os.path.join(DIR, "gold")
    stems = {os.path.splitext(r)[0] for r in replies}
    if len(stems) != len(replies):
        problem("reply file stems not unique")
    for g in os.listdir(gold_dir):
        stem = g[:-len(".gold.jsonl")] if g.endswith(".gold.jsonl") else g[:-len(".meta.json")] if g.endswith(".meta.json") else None
        if stem is None or stem not in stems:
            problem("gold/%s has no reply" % g)
    run = running_lines()
    counts = {"pdf": 0, "docx": 0, "lines": 0, "marked": 0, "general": 0}
    status_count = {s: 0 for s in STATUSES}
    listed_companies = set()
    unlisted = 0
    for r in replies:
        stem, ext = os.path.splitext(r)
        ext = ext.lstrip(".").lower()
        if ext not in ("pdf", "docx"):
            problem("replies/%s: unexpected extension" % r)
            continue
        counts[ext] += 1
        mp = os.path.join(gold_dir, stem + ".meta.json")
        gp = os.path.join(gold_dir, stem + ".gold.jsonl")
        if not os.path.exists(mp) or not os.path.exists(gp):
            problem("%s: missing gold or meta" % r)
            continue
        meta = json.load(open(mp, encoding="utf-8"))
        if list(meta) != META_KEYS:
            problem("%s meta keys %r" % (r, list(meta)))
        if meta.get("file") != r:
            problem("%s meta file %r" % (r, meta.get("file")))
        style = meta.get("style")
        if style not in STYLES:
            problem("%s style %r" % (r, style))
        st = meta.get("status", {})
        if list(st) != QIDS or any(v not in STATUSES for v in st.values()):
            problem("%s status %r" % (r, st))
        notes = meta.get("notes", "")
        if not notes or "\n" in notes:
            problem("%s notes must be one line" % r)
        for q in QIDS:
            v = st.get(q)
            status_count[v] = status_count.get(v, 0) + 1
            has = re.search(r"Partial: %s \(" % re.escape(q), notes) is not None
            if v == "partial" and not has:
                problem("%s: partial %s not explained in notes" % (r, q))
            if v != "partial" and has:
                problem("%s: notes explain %s as partial but status is %s" % (r, q, v))
        company = meta.get("company")
        if meta.get("listed") is True:
            if company not in yaml_status:
                problem("%s: listed company %r not in campaign.yaml" % (r, company))
            else:
                listed_companies.add(company)
                want = "declined" if style == "refusal" else "responded"
                if yaml_status[company] != want:
                    problem("%s: yaml status %s, expected %s" % (r, yaml_status[company], want))
        elif meta.get("listed") is False:
            unlisted += 1
            if company.lower() in seen:
                problem("%s: unlisted company appears in campaign.yaml" % r)
        else:
            problem("%s: listed must be true/false" % r)
        lines = []
        for n, raw in enumerate(open(gp, encoding="utf-8"), 1):
            try:
                lines.append(json.loads(raw))
            except Exception as e:  # noqa
                problem("%s gold line %d: bad JSON %s" % (r, n, e))
        langs = []
        covered = set()
        body_words = 0
        for n, l in enumerate(lines, 1):
            where = "%s gold line %d" % (r, n)
            if sorted(l) != sorted(GOLD_KEYS):
                problem("%s: keys %r" % (where, sorted(l)))
                continue
            t = l["text"]
            if not isinstance(t, str) or not t.strip() or t != t.strip() or "**" in t:
                problem("%s: bad text" % where)
            qsl = l["questions"]
            if not isinstance(qsl, list) or not qsl or len(set(qsl)) != len(qsl):
                problem("%s: questions %r" % (where, qsl))
                continue
            if l["question"] not in qsl:
                problem("%s: question not in questions" % where)
            if qsl == ["general"]:
                counts["general"] += 1
                if l["topic"] != "other" or l["marked"]:
                    problem("%s: general line must be topic other, unmarked" % where)
            else:
                for q in qsl:
                    if q not in QIDS:
                        problem("%s: question id %r" % (where, q))
                    covered.add(q)
                if l["kind"] in ("letterhead", "letter"):
                    problem("%s: %s line answering a question" % (where, l["kind"]))
            if l["topic"] not in TOPICS:
                problem("%s: topic %r" % (where, l["topic"]))
            if l["kind"] not in KINDS:
                problem("%s: kind %r" % (where, l["kind"]))
            if not isinstance(l["marked"], bool):
                problem("%s: marked not bool" % where)
            counts["marked"] += bool(l["marked"])
            if l["style"] != style:
                problem("%s: style differs from meta" % where)
            if l["language"] not in LANGS:
                problem("%s: language %r" % (where, l["language"]))
            if l["language"] not in langs:
                langs.append(l["language"])
            if l["language"] == "ar" and ext != "docx":
                problem("%s: Arabic text must be in a DOCX" % where)
            words = len(t.split())
            if l["kind"] not in ("letterhead", "letter"):
                body_words += words
            if words > 180:
                problem("%s: paragraph longer than 180 words" % where)
            if qsl != ["general"] and l["kind"] in ("paragraph", "annex", "table_answer") and words < 15:
                problem("%s: answer paragraph shorter than 15 words" % where)
            if style == "prose" and (l["marked"] or l["kind"] in ("question", "heading", "table_question", "table_label")):
                problem("%s: prose letter with a marker/heading" % where)
        counts["lines"] += len(lines)
        if langs != meta.get("languages"):
            problem("%s: meta languages %r, gold %r" % (r, meta.get("languages"), langs))
        for q in QIDS:
            if (st.get(q) == "not_addressed") == (q in covered):
                problem("%s: status %s=%s but gold %s it" % (r, q, st.get(q), "covers" if q in covered else "never covers"))
        if style == "refusal":
            if not 80 <= body_words <= 200:
                problem("%s: refusal body has %d words" % (r, body_words))
        elif not 300 <= body_words <= 1200:
            problem("%s: reply body has %d words" % (r, body_words))
        if style in ("markers", "restated", "table", "annex", "numbered-other") and not any(l["marked"] for l in lines):
            problem("%s: %s letter without marked lines" % (r, style))
        if style == "restated" and not any(l["kind"] == "question" for l in lines):
            problem("%s: restated letter without question lines" % r)
        if style == "table" and not any(l["kind"] == "table_answer" for l in lines):
            problem("%s: table letter without table answers" % r)
        if meta.get("listed") is False:
            first = company.split()[0].lower()
            if first in r.lower() or company.lower() in r.lower():
                problem("%s: unlisted company's name in file name" % r)
            for l in lines:
                if l["kind"] not in ("letterhead", "letter") and first in l["text"].lower():
                    problem("%s: unlisted company's name outside letterhead/signature" % r)
            if not any(first in l["text"].lower() for l in lines if l["kind"] in ("letterhead", "letter")):
                problem("%s: unlisted company's name not in letterhead/signature" % r)
        # text readable in the file, in reading order
        path = os.path.join(DIR, "replies", r)
        if ext == "pdf":
            s = pdf_text(path, run.get(r, []))
            pos = 0
            for n, l in enumerate(lines, 1):
                g = squeeze(l["text"])
                i = s.find(g, pos)
                if i < 0:
                    if s.find(g) >= 0:
                        problem("%s gold line %d: found in PDF but out of reading order" % (r, n))
                    else:
                        problem("%s gold line %d: not found in pdftotext -raw: %.60s" % (r, n, l["text"]))
                    continue
                pos = i + len(g)
        else:
            paras = docx_paragraphs(path)
            idx = 0
            for n, l in enumerate(lines, 1):
                g = norm(l["text"])
                try:
                    j = paras.index(g, idx)
                    idx = j + 1
                except ValueError:
                    if g in paras:
                        problem("%s gold line %d: DOCX paragraph out of reading order" % (r, n))
                    else:
                        problem("%s gold line %d: not a DOCX paragraph: %.60s" % (r, n, l["text"]))
    for name, stt in yaml_status.items():
        if stt != "no_response" and name not in listed_companies:
            problem("campaign.yaml: %s (%s) has no reply" % (name, stt))
    nr = sum(1 for v in yaml_status.values() if v == "no_response")
    print("replies: %d (pdf %d, docx %d); unlisted companies: %d; yaml companies: %d (no_response %d)"
          % (len(replies), counts["pdf"], counts["docx"], unlisted, len(yaml_status), nr))
    print("status cells: %s" % ", ".join("%s %d" % (k, status_count.get(k, 0)) for k in ("answered", "partial", "declined", "not_addressed")))
    print("gold lines: %d (marked %d, general %d)" % (counts["lines"], counts["marked"], counts["general"]))
    print("check.py: %d problems" % len(PROBLEMS))
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
