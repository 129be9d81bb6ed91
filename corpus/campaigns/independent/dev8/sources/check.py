#!/usr/bin/env python3
"""Check the independent-dev8 set.

    python3 sources/check.py

* campaign.yaml: allowed keys, 9 questions, companies, listed/unlisted consistency with the meta files;
* meta.json / gold.jsonl: fields and values, status cells, 'Partial: <id>' notes, style and languages;
* unlisted companies: not named in the file name nor in body paragraphs (letterhead/signature only);
* every gold paragraph is readable, in order, in `pdftotext -raw` output of each PDF (running footers removed;
  comparison ignores whitespace; Arabic paragraphs are compared word by word, allowing for the
  per-line right-to-left word order and the lam-alef ligature that pdftotext emits);
* every gold paragraph is present, in order, as a paragraph of each DOCX, and the DOCX has no other body paragraph;
* length guidance (paragraphs 15-180 words, replies 250-900 words, refusals 80-200 words) as warnings.
Exit status 1 if any error.
"""
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from blocks import QIDS, TOPICS, KINDS  # noqa: E402
from build import load_letters, CAMPAIGN_ID  # noqa: E402

STATUSES = {"answered", "partial", "declined", "not_addressed"}
GOLD_KEYS = {"text", "question", "questions", "topic", "kind", "marked", "style", "language"}
META_KEYS = {"file", "company", "listed", "style", "languages", "status", "notes"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
LANGS = {"en", "fr", "de", "ar"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


# ------------------------------------------------------------------ campaign.yaml (minimal reader)
def read_campaign():
    path = os.path.join(DIR, "campaign.yaml")
    top, questions, companies = {}, [], []
    section, cur = None, None

    def val(v):
        v = v.strip()
        if v.startswith('"') and v.endswith('"'):
            return json.loads(v)
        if v.startswith("[") and v.endswith("]"):
            return [val(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"|[^,\[\]\s][^,\[\]]*', v[1:-1])]
        return v

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        line = re.sub(r"\s+#.*$", "", line) if '"' not in line else line
        if not line.strip():
            continue
        m = re.match(r"^(\w+):\s*(.*)$", line)
        if m:
            section = m.group(1)
            if m.group(2):
                top[section] = val(m.group(2))
            else:
                top[section] = None
            continue
        m = re.match(r"^  - (\w+):\s*(.*)$", line)
        if m:
            cur = {m.group(1): val(m.group(2))}
            (questions if section == "questions" else companies).append(cur)
            continue
        m = re.match(r"^    (\w+):\s*(.*)$", line)
        if m and cur is not None:
            cur[m.group(1)] = val(m.group(2))
            continue
        err(f"campaign.yaml: cannot parse line {line!r}")
    if set(top) != {"id", "title", "organisation", "date_sent", "replies", "questions", "companies"}:
        err(f"campaign.yaml: top-level keys {sorted(top)}")
    if top.get("id") != CAMPAIGN_ID:
        err("campaign.yaml: wrong id")
    if [q.get("id") for q in questions] != QIDS:
        err(f"campaign.yaml: question ids {[q.get('id') for q in questions]}")
    for q in questions:
        if set(q) != {"id", "parent", "title", "topic", "text"}:
            err(f"campaign.yaml: question keys {sorted(q)}")
    names = set()
    for c in companies:
        if not set(c) <= {"name", "aliases", "country", "status"} or "name" not in c or "status" not in c:
            err(f"campaign.yaml: company keys {sorted(c)}")
        if c.get("status") not in {"responded", "no_response", "declined"}:
            err(f"campaign.yaml: bad status {c}")
        for n in [c["name"]] + list(c.get("aliases") or []):
            if n.lower() in names:
                err(f"campaign.yaml: duplicate name/alias {n}")
            names.add(n.lower())
    return top, questions, companies


# ------------------------------------------------------------------ text helpers
BIDI = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def norm_nows(s):
    s = unicodedata.normalize("NFKC", s)
    s = BIDI.sub("", s)
    return re.sub(r"\s+", "", s)


def norm_ws(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


AR_LETTER = re.compile("[\u0621-\u064a]+")


def ar_words_gold(s):
    words = []
    for tok in s.split():
        w = "".join(AR_LETTER.findall(unicodedata.normalize("NFC", tok)))
        if w:
            words.append(re.sub("\u0644([\u0627\u0623\u0625\u0622])", "\\1\u0644", w))
    return words


def ar_words_pdf(raw):
    stream = []
    for line in raw.splitlines():
        line = BIDI.sub("", unicodedata.normalize("NFKC", line))
        toks = ["".join(AR_LETTER.findall(t)) for t in line.split()]
        toks = [t for t in toks if t]
        stream.extend(reversed(toks))
    return stream


def find_seq(stream, words, start=0):
    n = len(words)
    for i in range(start, len(stream) - n + 1):
        if stream[i:i + n] == words:
            return i
    return -1


def pdf_text(path):
    return subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")


def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag in (W + "tab", W + "br"):
                parts.append(" ")
        t = norm_ws("".join(parts))
        if t:
            out.append(t)
    return out


# ------------------------------------------------------------------ main
def main():
    top, questions, companies = read_campaign()
    yaml_names = {}
    for c in companies:
        for n in [c["name"]] + list(c.get("aliases") or []):
            yaml_names[n.lower()] = c
    footers = {L["file"]: [L.get("layout", {}).get("footer")] if L.get("layout", {}).get("footer") else []
               for L in load_letters()}

    metas = sorted(f for f in os.listdir(os.path.join(DIR, "gold")) if f.endswith(".meta.json"))
    replies = sorted(os.listdir(os.path.join(DIR, "replies")))
    seen_files = set()
    by_style, by_lang, status_counts = collections.Counter(), collections.Counter(), collections.Counter()
    tied = tied_marked = total_lines = 0
    for mf in metas:
        stem = mf[:-len(".meta.json")]
        meta = json.load(open(os.path.join(DIR, "gold", mf), encoding="utf-8"))
        tag = meta.get("file", mf)
        if set(meta) != META_KEYS:
            err(f"{tag}: meta keys {sorted(meta)}")
        fpath = os.path.join(DIR, "replies", meta["file"])
        if not os.path.exists(fpath):
            err(f"{tag}: reply file missing")
            continue
        if os.path.splitext(meta["file"])[0] != stem:
            err(f"{tag}: stem mismatch")
        seen_files.add(meta["file"])
        if meta["style"] not in STYLES:
            err(f"{tag}: style {meta['style']}")
        st = meta["status"]
        if list(st) != QIDS or not set(st.values()) <= STATUSES:
            err(f"{tag}: status {st}")
        for q, v in st.items():
            status_counts[v] += 1
            if v == "partial" and not re.search(r"Partial:[^.]*\b" + re.escape(q) + r"\b \(", meta["notes"]):
                err(f"{tag}: partial {q} not explained in notes")
        # listed / unlisted
        in_yaml = meta["company"].lower() in yaml_names
        if in_yaml != meta["listed"]:
            err(f"{tag}: listed={meta['listed']} but in campaign.yaml={in_yaml}")
        if in_yaml and yaml_names[meta["company"].lower()]["status"] == "no_response":
            err(f"{tag}: replied but listed as no_response")
        # gold
        gpath = os.path.join(DIR, "gold", stem + ".gold.jsonl")
        lines = [json.loads(x) for x in open(gpath, encoding="utf-8") if x.strip()]
        langs = []
        for i, g in enumerate(lines):
            where = f"{tag}: gold line {i + 1}"
            if set(g) != GOLD_KEYS:
                err(f"{where}: keys {sorted(g)}")
                continue
            if g["style"] != meta["style"]:
                err(f"{where}: style differs from meta")
            if g["language"] not in LANGS:
                err(f"{where}: language {g['language']}")
            if g["language"] not in langs:
                langs.append(g["language"])
            if g["kind"] not in KINDS or g["topic"] not in TOPICS or not isinstance(g["marked"], bool):
                err(f"{where}: kind/topic/marked invalid")
            if not g["questions"] or g["questions"][0] != g["question"]:
                err(f"{where}: question not first of questions")
            if g["questions"] != ["general"] and not set(g["questions"]) <= set(QIDS):
                err(f"{where}: questions {g['questions']}")
            if g["question"] == "general":
                if g["marked"]:
                    err(f"{where}: general paragraph marked")
            else:
                tied += 1
                tied_marked += g["marked"]
                for q in g["questions"]:
                    if st.get(q) == "not_addressed":
                        err(f"{where}: answers {q} but status is not_addressed")
            n = len(g["text"].split())
            if g["kind"] in ("paragraph", "annex", "list_item", "table_answer") and g["question"] != "general" \
                    and not 15 <= n <= 180:
                warn(f"{where}: {n} words")
        total_lines += len(lines)
        if langs != meta["languages"]:
            err(f"{tag}: meta languages {meta['languages']} vs gold {langs}")
        if len(set(g["style"] for g in lines)) != 1:
            err(f"{tag}: several styles")
        # every status other than not_addressed should be visible in some gold line (except blanket refusals)
        covered = {q for g in lines for q in g["questions"]}
        for q, v in st.items():
            if v != "not_addressed" and q not in covered and not (meta["style"] == "refusal" and v == "declined"):
                warn(f"{tag}: status {q}={v} but no gold line names {q}")
        total = sum(len(g["text"].split()) for g in lines)
        full_refusal = meta["style"] == "refusal" and all(v in ("declined", "partial") for v in st.values())
        lo, hi = (80, 200) if full_refusal else ((80, 260) if meta["style"] == "refusal" else (250, 900))
        if not lo <= total <= hi:
            warn(f"{tag}: {total} words (expected {lo}-{hi})")
        # unlisted companies must not be named outside letterhead/signature, nor in the file name
        if not meta["listed"]:
            key = meta["company"].split()[0].lower()
            if key in meta["file"].lower():
                err(f"{tag}: unlisted company named in file name")
            for g in lines:
                if g["kind"] not in ("letterhead", "letter") and key in g["text"].lower():
                    err(f"{tag}: unlisted company named in body: {g['text'][:60]}")
        # presence in the file
        by_style[meta["style"]] += 1
        by_lang["+".join(langs)] += 1
        if meta["file"].endswith(".pdf"):
            raw = pdf_text(fpath)
            flat = norm_nows(raw)
            for foot in footers.get(meta["file"], []):  # running footer (may wrap over two lines)
                flat = flat.replace(norm_nows(foot), "")
            stream = ar_words_pdf(raw)
            pos = apos = 0
            for i, g in enumerate(lines):
                if g["language"] == "ar":
                    words = ar_words_gold(g["text"])
                    k = find_seq(stream, words, apos)
                    if k < 0:
                        k = find_seq(stream, words, 0)
                        if k < 0:
                            err(f"{tag}: Arabic gold line {i + 1} not readable in PDF")
                            continue
                        warn(f"{tag}: Arabic gold line {i + 1} out of order in PDF")
                    apos = k + len(words)
                    continue
                needle = norm_nows(g["text"])
                k = flat.find(needle, pos)
                if k < 0:
                    k = flat.find(needle)
                    if k < 0:
                        err(f"{tag}: gold line {i + 1} not readable in PDF: {g['text'][:70]}")
                        continue
                    warn(f"{tag}: gold line {i + 1} out of order in PDF")
                pos = k + len(needle)
        elif meta["file"].endswith(".docx"):
            paras = docx_paragraphs(fpath)
            j = 0
            used = set()
            for i, g in enumerate(lines):
                t = norm_ws(g["text"])
                try:
                    k = paras.index(t, j)
                except ValueError:
                    err(f"{tag}: gold line {i + 1} not a paragraph of the DOCX: {g['text'][:70]}")
                    continue
                used.add(k)
                j = k + 1
            for k, p in enumerate(paras):
                if k not in used:
                    err(f"{tag}: DOCX paragraph without gold line: {p[:70]}")
        else:
            err(f"{tag}: unknown extension")
    for f in replies:
        if f not in seen_files:
            err(f"replies/{f}: no meta file")
    unlisted = sum(1 for mf in metas if not json.load(open(os.path.join(DIR, "gold", mf)))["listed"])
    no_resp = sum(1 for c in companies if c["status"] == "no_response")

    print(f"replies: {len(metas)} ({sum(f.endswith('.pdf') for f in replies)} PDF, "
          f"{sum(f.endswith('.docx') for f in replies)} DOCX); unlisted repliers: {unlisted}; "
          f"companies in campaign.yaml: {len(companies)} ({no_resp} no_response)")
    print("by style:", dict(sorted(by_style.items())))
    print("by language:", dict(sorted(by_lang.items())))
    print("status cells:", dict(sorted(status_counts.items())))
    print(f"gold lines: {total_lines}; tied to a question: {tied}; of which marked: {tied_marked}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
