#!/usr/bin/env python3
"""Check the dev6 set: gold text in the documents, labels, metas, campaign.yaml, counts. Standard library only.

Errors make the exit status 1; warnings are printed but do not fail.
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
REPLIES = os.path.join(DIR, "replies")
GOLD = os.path.join(DIR, "gold")
BUILD = os.path.join(HERE, "_build")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402  (for the letter sources: footers, and for the question list)

QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
TOPICS = {"products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
          "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment", "exit_and_restrictions",
          "export_control", "confidentiality_decline", "other"}
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header", "table_question",
         "table_label", "table_answer", "annex"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
LANGS = {"en", "fr", "de", "ar"}
STATUSES = {"answered", "partial", "declined", "not_addressed"}
GOLD_KEYS = ["text", "question", "questions", "topic", "kind", "marked", "style", "language"]
META_KEYS = {"file", "company", "listed", "style", "languages", "status", "notes"}
QUESTION_TOPIC = {"1a": "products_and_clients", "1b": "deployment_scale", "1c": "disclosure_commitment",
                  "2a": "due_diligence", "2b": "stakeholder_engagement", "2c": "mitigation",
                  "2d": "grievance_mechanism", "2e": "policy_commitment", "3": "exit_and_restrictions"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


# ------------------------------------------------------------------------------------------ text helpers
def ws(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def loose(s):
    """For PDF text: NFKC, collapse whitespace, join 'word- next' line-break hyphenation, drop soft hyphens."""
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"([-\u2010\u2011]) ", r"\1", s)
    return s.strip()


def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append(" ")
        bidi = p.find(W + "pPr/" + W + "bidi") is not None
        out.append((ws("".join(parts)), bidi))
    return out


def pdf_text(path, footer):
    txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    static = [ws(x) for x in (footer or "").split("{PAGE}") if ws(x)]
    kept = []
    for line in txt.replace("\f", "\n").split("\n"):
        l = ws(line)
        if not l:
            continue
        if static and all(part in l for part in static):
            continue  # running footer
        if re.fullmatch(r"\d{1,3}", l):
            continue  # bare page number
        kept.append(line)
    return loose("\n".join(kept)), txt


# ------------------------------------------------------------------------------------------ yaml (own format)
def parse_yaml(path):
    data = {"questions": [], "companies": []}
    cur, section = None, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            m = re.match(r"^(\w+):\s*(.*)$", line)
            if m:
                key, val = m.groups()
                if key in ("questions", "companies"):
                    section = key
                    continue
                if key not in ("id", "title", "organisation", "date_sent", "replies"):
                    err("campaign.yaml: unknown top-level key %r" % key)
                data[key] = unq(val)
                section = None
                continue
            m = re.match(r"^  - (\w+):\s*(.*)$", line)
            if m and section:
                cur = {}
                data[section].append(cur)
                cur[m.group(1)] = value(m.group(2))
                continue
            m = re.match(r"^    (\w+):\s*(.*)$", line)
            if m and cur is not None:
                cur[m.group(1)] = value(m.group(2))
                continue
            err("campaign.yaml: cannot parse line %r" % line)
    allowed = {"questions": {"id", "parent", "title", "topic", "text"},
               "companies": {"name", "aliases", "country", "status"}}
    for section, keys in allowed.items():
        for item in data[section]:
            for k in item:
                if k not in keys:
                    err("campaign.yaml: unknown key %r in %s" % (k, section))
    return data


def unq(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"':
        return v[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return v


def value(v):
    v = v.strip()
    if v.startswith("[") and v.endswith("]"):
        return [unq(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"|[^,\s][^,]*', v[1:-1])]
    return unq(v)


# ------------------------------------------------------------------------------------------ main checks
def main():
    sources = {m["file"]: (m, b) for m, b in build.load_letters()}
    files = sorted(os.listdir(REPLIES))
    if len(files) != 22:
        err("expected 22 replies, found %d" % len(files))
    n_pdf = sum(f.endswith(".pdf") for f in files)
    n_docx = sum(f.endswith(".docx") for f in files)
    if (n_pdf, n_docx) != (11, 11):
        err("expected 11 PDF + 11 DOCX, found %d + %d" % (n_pdf, n_docx))
    stems = [os.path.splitext(f)[0] for f in files]
    if len(set(stems)) != len(stems):
        err("duplicate file stems")

    metas = {}
    status_count = {s: 0 for s in STATUSES}
    style_count, lang_count = {}, {}
    combined_prose = 0
    caveated_total = 0
    for fname in files:
        stem = os.path.splitext(fname)[0]
        gpath = os.path.join(GOLD, stem + ".gold.jsonl")
        mpath = os.path.join(GOLD, stem + ".meta.json")
        if not (os.path.exists(gpath) and os.path.exists(mpath)):
            err("%s: missing gold or meta" % fname)
            continue
        with open(mpath, encoding="utf-8") as f:
            meta = json.load(f)
        metas[fname] = meta
        if set(meta) != META_KEYS:
            err("%s: meta keys %s" % (fname, sorted(meta)))
        if meta.get("file") != fname:
            err("%s: meta file field %r" % (fname, meta.get("file")))
        if meta["style"] not in STYLES:
            err("%s: bad style %r" % (fname, meta["style"]))
        style_count[meta["style"]] = style_count.get(meta["style"], 0) + 1
        st = meta["status"]
        if sorted(st) != sorted(QIDS):
            err("%s: status must have the 9 questions, has %s" % (fname, sorted(st)))
        for q, s in st.items():
            if s not in STATUSES:
                err("%s: bad status %r for %s" % (fname, s, q))
            else:
                status_count[s] += 1

        # ---- gold lines
        recs = []
        with open(gpath, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    rec = json.loads(line)
                except ValueError:
                    err("%s line %d: not JSON" % (gpath, i))
                    continue
                recs.append(rec)
        if not recs:
            err("%s: empty gold" % fname)
            continue
        answered_qs = set()
        for i, r in enumerate(recs, 1):
            where = "%s gold line %d" % (fname, i)
            if list(r) != GOLD_KEYS:
                err("%s: keys %s" % (where, list(r)))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                err("%s: empty text" % where)
            qs = r.get("questions")
            if not isinstance(qs, list) or not qs:
                err("%s: questions must be a non-empty list" % where)
                continue
            if r["question"] not in qs:
                err("%s: question %r not in questions" % (where, r["question"]))
            if qs == ["general"]:
                if r["topic"] != "other":
                    err("%s: general paragraph with topic %r" % (where, r["topic"]))
                if r["marked"]:
                    err("%s: general paragraph marked" % where)
            else:
                for q in qs:
                    if q not in QIDS:
                        err("%s: bad question id %r" % (where, q))
                if len(set(qs)) != len(qs):
                    err("%s: repeated question ids" % where)
                if r["topic"] == "other":
                    warn("%s: question paragraph with topic other" % where)
                answered_qs.update(qs)
            if r["topic"] not in TOPICS:
                err("%s: bad topic %r" % (where, r["topic"]))
            if r["kind"] not in KINDS:
                err("%s: bad kind %r" % (where, r["kind"]))
            if not isinstance(r["marked"], bool):
                err("%s: marked must be boolean" % where)
            if r["style"] != meta["style"]:
                err("%s: style %r differs from meta" % (where, r["style"]))
            if r["language"] not in LANGS:
                err("%s: bad language %r" % (where, r["language"]))
            if r["kind"] in ("letterhead", "letter") and qs != ["general"]:
                err("%s: %s line must be general" % (where, r["kind"]))
            if meta["style"] in ("prose", "refusal") and r["marked"]:
                err("%s: marked paragraph in a %s letter" % (where, meta["style"]))
            if meta["style"] == "prose" and r["kind"] == "paragraph" and len(qs) > 1:
                combined_prose += 1
            if r["kind"] in ("paragraph", "annex") and qs != ["general"] and meta["style"] != "refusal":
                nw = len(r["text"].split())
                if nw < 15 or nw > 180:
                    warn("%s: paragraph of %d words (brief: 15-180)" % (where, nw))
        langs = []
        for r in recs:
            if r["language"] not in langs:
                langs.append(r["language"])
        if meta["languages"] != langs:
            err("%s: meta languages %s but gold has %s" % (fname, meta["languages"], langs))
        for l in langs:
            lang_count[l] = lang_count.get(l, 0) + 1

        # ---- status vs. paragraphs
        for q in QIDS:
            s = st.get(q)
            if s == "not_addressed" and q in answered_qs:
                err("%s: %s is not_addressed but a paragraph is labelled with it" % (fname, q))
            if s in ("answered", "partial", "declined") and q not in answered_qs:
                err("%s: %s is %s but no paragraph is labelled with it" % (fname, q, s))
            if s == "declined":
                tops = {r["topic"] for r in recs if q in r["questions"]}
                if not tops & {"confidentiality_decline", "disclosure_commitment"}:
                    warn("%s: %s declined but no confidentiality_decline paragraph" % (fname, q))

        # ---- notes
        notes = meta.get("notes", "")
        m = re.search(r"Partial:\s*(.*?)(?:\.\s*Caveated answer\(s\):|$)", notes)
        partial_qs = [q for q in QIDS if st.get(q) == "partial"]
        if not m:
            err("%s: notes lack 'Partial:'" % fname)
        else:
            listed = re.findall(r"(?:^|,\s*)(1a|1b|1c|2a|2b|2c|2d|2e|3)\s*\(", m.group(1))
            if m.group(1).strip().rstrip(".") == "none":
                listed = []
            if sorted(listed) != sorted(partial_qs):
                err("%s: notes Partial list %s != partial cells %s" % (fname, listed, partial_qs))
        m2 = re.search(r"Caveated answer\(s\):\s*(.*)$", notes)
        if not m2:
            err("%s: notes lack 'Caveated answer(s):'" % fname)
        else:
            cav = re.findall(r"(?:^|,\s*)(1a|1b|1c|2a|2b|2c|2d|2e|3)\s*\(", m2.group(1))
            for q in cav:
                if st.get(q) != "answered":
                    err("%s: caveated %s is not answered" % (fname, q))
            caveated_total += len(cav)

        # ---- document text
        src = sources.get(fname)
        if not src:
            err("%s: no source letter" % fname)
            continue
        smeta, _ = src
        docx = os.path.join(REPLIES, fname) if fname.endswith(".docx") else os.path.join(BUILD, stem + ".docx")
        paras = docx_paragraphs(docx)
        j = 0
        used = set()
        for i, r in enumerate(recs, 1):
            t = ws(r["text"])
            k = j
            while k < len(paras) and paras[k][0] != t:
                k += 1
            if k == len(paras):
                if any(p[0] == t for p in paras):
                    err("%s: gold line %d found in the DOCX but out of order" % (fname, i))
                else:
                    err("%s: gold line %d not found in the DOCX: %r" % (fname, i, t[:70]))
                continue
            used.add(k)
            if r["language"] == "ar" and not paras[k][1]:
                err("%s: Arabic gold line %d is not a right-to-left paragraph" % (fname, i))
            j = k + 1
        extra = [p[0] for n, p in enumerate(paras) if p[0] and n not in used]
        if extra:
            err("%s: DOCX paragraphs missing from gold: %r" % (fname, extra[:3]))
        footer = smeta.get("footer")
        if footer:
            fstatic = ws(footer.split("{PAGE}")[0])
            if any(fstatic and fstatic == ws(r["text"]) for r in recs):
                err("%s: running footer appears in gold" % fname)
        if fname.endswith(".pdf"):
            text, raw = pdf_text(os.path.join(REPLIES, fname), footer)
            pos = 0
            for i, r in enumerate(recs, 1):
                t = loose(r["text"])
                k = text.find(t, pos)
                if k < 0:
                    if text.find(t) >= 0:
                        err("%s: gold line %d found in the PDF text but out of order" % (fname, i))
                    else:
                        err("%s: gold line %d not found in pdftotext output: %r" % (fname, i, t[:70]))
                    continue
                pos = k + len(t)
            if footer and ws(footer.split("{PAGE}")[0]) not in ws(raw):
                warn("%s: running footer not visible in the PDF" % fname)

        # ---- lengths
        body = [r for r in recs if r["kind"] not in ("letterhead", "letter")]
        nwords = sum(len(r["text"].split()) for r in body)
        if meta["style"] == "refusal":
            if not 80 <= nwords <= 200:
                warn("%s: refusal body of %d words (brief: 80-200)" % (fname, nwords))
        elif not 300 <= nwords <= 1200:
            warn("%s: reply body of %d words (brief: 300-1,200)" % (fname, nwords))

    # ---- campaign.yaml
    y = parse_yaml(os.path.join(DIR, "campaign.yaml"))
    if y.get("id") != "independent-dev6":
        err("campaign.yaml: id %r" % y.get("id"))
    if [q.get("id") for q in y["questions"]] != QIDS:
        err("campaign.yaml: question ids %s" % [q.get("id") for q in y["questions"]])
    for q in y["questions"]:
        if q.get("topic") != QUESTION_TOPIC.get(q.get("id")):
            err("campaign.yaml: question %s topic %r" % (q.get("id"), q.get("topic")))
        if q.get("parent") != q.get("id", "")[:1]:
            err("campaign.yaml: question %s parent %r" % (q.get("id"), q.get("parent")))
        if not q.get("text") or not q.get("title"):
            err("campaign.yaml: question %s lacks text/title" % q.get("id"))
    names = {}
    for c in y["companies"]:
        for n in [c.get("name")] + list(c.get("aliases", [])):
            if n in names:
                err("campaign.yaml: name/alias %r not unique" % n)
            names[n] = c
        if c.get("status") not in ("responded", "no_response", "declined"):
            err("campaign.yaml: bad status for %r" % c.get("name"))
    by_company = {}
    for fname, meta in metas.items():
        c = names.get(meta["company"])
        if meta["listed"]:
            if not c:
                err("%s: listed company %r not in campaign.yaml" % (fname, meta["company"]))
                continue
            by_company.setdefault(c["name"], []).append(fname)
            if c["status"] == "no_response":
                err("%s: company listed as no_response" % fname)
            all_declined = all(s in ("declined", "not_addressed") for s in meta["status"].values())
            if c["status"] == "declined" and not all_declined:
                err("%s: yaml says declined but the reply answers something" % fname)
            if c["status"] == "responded" and all_declined:
                warn("%s: whole reply is a refusal but yaml says responded" % fname)
        else:
            if c:
                err("%s: unlisted company %r found in campaign.yaml" % (fname, meta["company"]))
            first = re.split(r"[\s,]+", meta["company"])[0].lower()
            if first in fname.lower():
                err("%s: file name contains the unlisted company's name" % fname)
            # the unlisted name may appear only in letterhead and signature lines
            with open(os.path.join(GOLD, os.path.splitext(fname)[0] + ".gold.jsonl"), encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    if first in r["text"].lower() and r["kind"] not in ("letterhead", "letter"):
                        err("%s: unlisted company named in body text: %r" % (fname, r["text"][:60]))
    for c in y["companies"]:
        if c["status"] in ("responded", "declined") and c["name"] not in by_company:
            err("campaign.yaml: %r has status %s but no reply" % (c["name"], c["status"]))
    n_unlisted = sum(not m["listed"] for m in metas.values())
    n_noresp = sum(c["status"] == "no_response" for c in y["companies"])
    if n_unlisted != 5:
        err("expected 5 unlisted companies, found %d" % n_unlisted)
    if n_noresp != 4:
        err("expected 4 no_response companies, found %d" % n_noresp)

    # ---- set-level counts
    if status_count["partial"] < 35:
        err("only %d partial cells (need >= 35)" % status_count["partial"])
    if caveated_total < 20:
        err("only %d caveated answered cells listed in notes (need >= 20)" % caveated_total)
    if combined_prose < 6:
        err("only %d prose paragraphs answering two or more questions (need >= 6)" % combined_prose)
    want = {"prose": 12, "markers": 2, "restated": 1, "headings": 1, "table": 1, "annex": 2, "refusal": 3}
    if style_count != want:
        err("style counts %s != %s" % (style_count, want))

    print("replies: %d (%d PDF, %d DOCX); unlisted: %d; no_response: %d" % (len(files), n_pdf, n_docx, n_unlisted, n_noresp))
    print("styles:", json.dumps(style_count, sort_keys=True))
    print("languages (replies containing):", json.dumps(lang_count, sort_keys=True))
    print("statuses:", json.dumps(status_count, sort_keys=True))
    print("caveated answered cells (from notes): %d" % caveated_total)
    print("prose paragraphs answering two or more questions: %d" % combined_prose)
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("%d error(s), %d warning(s)" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
