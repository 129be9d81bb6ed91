#!/usr/bin/env python3
"""Validate campaign independent-dev3: formats, gold/letter agreement, composition.

Reads only DIR (campaign.yaml, replies/, gold/) plus sources/letters.py for footers and
the 'tests' notes.  Uses pdftotext (poppler) and PyYAML (already on the machine) for reading.
Exit status 1 if any check fails.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from blocks import QUESTION_IDS, QUESTION_TOPIC, TOPICS, KINDS  # noqa: E402
from letters import LETTERS  # noqa: E402
from build import QUESTIONS, CAMPAIGN_ID  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ERRORS = []
CHECKS = collections.OrderedDict()


def check(name, ok, detail=""):
    CHECKS.setdefault(name, [0, 0])
    CHECKS[name][0 if ok else 1] += 1
    if not ok:
        ERRORS.append("%s: %s" % (name, detail))


def words(t):
    return len(t.split())


# ----------------------------------------------------------------------------- extraction
def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        parts = []
        for node in p.iter():
            if node.tag == W + "t":
                parts.append(node.text or "")
            elif node.tag == W + "tab":
                parts.append("\t")
            elif node.tag in (W + "br", W + "cr"):
                parts.append("\n")
        text = "".join(parts)
        if text.strip():
            paras.append(text)
    return paras


def norm(t):
    t = unicodedata.normalize("NFC", t).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", t).strip()


def pdf_text(path, footer):
    raw = subprocess.run(["pdftotext", path, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    raw = raw.replace("\f", "\n")
    lines = raw.split("\n")
    if footer:
        lines = [ln for ln in lines if ln.strip() != footer.strip()]
    text = "\n".join(lines)
    text = re.sub(r"(?<=\w)-\n(?=\w)", "-", text)  # compound words broken after a hyphen
    return norm(text)


# ----------------------------------------------------------------------------- checks
def main():
    camp = yaml.safe_load(open(os.path.join(DIR, "campaign.yaml"), encoding="utf-8"))
    check("campaign.yaml keys", set(camp) == {"id", "title", "organisation", "date_sent", "replies",
                                               "questions", "companies"}, str(set(camp)))
    check("campaign id", camp["id"] == CAMPAIGN_ID, camp["id"])
    check("campaign date_sent", str(camp["date_sent"]) == "2022-07", str(camp["date_sent"]))
    check("campaign replies dir", camp["replies"] == "replies")
    qids = [q["id"] for q in camp["questions"]]
    check("question ids (strings, order)", qids == QUESTION_IDS, str(qids))
    for q, (qid, parent, title, text) in zip(camp["questions"], QUESTIONS):
        check("question keys", set(q) == {"id", "parent", "title", "topic", "text"}, str(q))
        check("question parent quoted string", q["parent"] == parent and isinstance(q["parent"], str), str(q))
        check("question topic", q["topic"] == QUESTION_TOPIC[qid], str(q))
        check("question text", q["text"] == text, qid)
    names = {}
    for c in camp["companies"]:
        check("company keys", set(c) <= {"name", "aliases", "country", "status"} and "name" in c, str(c))
        check("company status", c.get("status") in ("responded", "no_response", "declined"), str(c))
        for n in [c["name"]] + list(c.get("aliases") or []):
            check("company names/aliases unique", n.lower() not in names, n)
            names[n.lower()] = c["name"]
    camp_status = {c["name"]: c["status"] for c in camp["companies"]}

    replies = sorted(os.listdir(os.path.join(DIR, "replies")))
    check("24 replies", len(replies) == 24, str(len(replies)))
    check("12 pdf", sum(f.endswith(".pdf") for f in replies) == 12)
    check("12 docx", sum(f.endswith(".docx") for f in replies) == 12)
    check("file names unique (case-insensitive)", len({f.lower() for f in replies}) == len(replies))
    stems = {os.path.splitext(f)[0] for f in replies}
    golds = {os.path.basename(g)[:-len(".gold.jsonl")] for g in glob.glob(os.path.join(DIR, "gold", "*.gold.jsonl"))}
    metas = {os.path.basename(g)[:-len(".meta.json")] for g in glob.glob(os.path.join(DIR, "gold", "*.meta.json"))}
    check("gold file per reply", golds == stems, str(golds ^ stems))
    check("meta file per reply", metas == stems, str(metas ^ stems))

    by_file = {L["file"]: L for L in LETTERS}
    status_counts = collections.Counter()
    comp = collections.Counter()
    multi_prose = 0
    lang_letters = collections.defaultdict(list)
    verified = collections.Counter()
    replying_listed = set()

    for f in replies:
        stem, ext = os.path.splitext(f)
        L = by_file[f]
        meta = json.load(open(os.path.join(DIR, "gold", stem + ".meta.json"), encoding="utf-8"))
        gold = [json.loads(x) for x in open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), encoding="utf-8")]
        # --- meta
        check("meta keys", set(meta) == {"file", "company", "listed", "style", "languages", "status", "notes"}, f)
        check("meta file", meta["file"] == f, f)
        check("meta status keys", list(meta["status"]) == QUESTION_IDS, f)
        check("meta status values", all(v in ("answered", "partial", "declined", "not_addressed")
                                        for v in meta["status"].values()), f)
        for q, v in meta["status"].items():
            status_counts[v] += 1
        if meta["listed"]:
            replying_listed.add(meta["company"])
            check("listed company in campaign.yaml", meta["company"] in camp_status, meta["company"])
            whole_refusal = all(v == "declined" for v in meta["status"].values())
            check("campaign status matches reply", camp_status.get(meta["company"]) ==
                  ("declined" if whole_refusal else "responded"), meta["company"])
        else:
            check("unlisted company absent from campaign.yaml", meta["company"].lower() not in names, meta["company"])
            token = meta["company"].split()[0] if meta["company"].split()[0] not in ("Gebroeders",) else "Wouters"
            body = [g for g in gold if g["kind"] not in ("letterhead", "letter")]
            check("unlisted company named only in letterhead/signature/file name",
                  not any(token.lower() in g["text"].lower() for g in body), f)
            named = any(token.lower() in g["text"].lower() for g in gold if g["kind"] in ("letterhead", "letter"))
            check("unlisted company appears in letterhead or signature", named, f)
        # --- gold lines
        langs = []
        for g in gold:
            check("gold keys", list(g) == ["text", "question", "questions", "topic", "kind", "marked", "style",
                                          "language"], f)
            check("gold question valid", g["question"] in QUESTION_IDS + ["general"], f)
            check("gold questions list", g["questions"] and g["questions"][0] == g["question"] and
                  len(set(g["questions"])) == len(g["questions"]) and
                  (g["questions"] == ["general"] or all(q in QUESTION_IDS for q in g["questions"])), f)
            check("gold topic valid", g["topic"] in TOPICS, f)
            check("gold general <-> other", (g["question"] == "general") == (g["topic"] == "other"), f + " " + g["text"][:40])
            check("gold kind valid", g["kind"] in KINDS, f)
            check("gold marked bool", isinstance(g["marked"], bool), f)
            check("gold general unmarked", not (g["question"] == "general" and g["marked"]), f)
            check("gold style = meta style", g["style"] == meta["style"], f)
            check("gold language valid", g["language"] in ("en", "fr", "de", "ar"), f)
            if g["language"] == "ar":
                check("arabic line has Arabic script", bool(re.search("[\u0600-\u06ff]", g["text"])), f)
            if g["language"] not in langs:
                langs.append(g["language"])
            if g["kind"] in ("paragraph", "annex"):
                check("paragraph length 15-180 words", 15 <= words(g["text"]) <= 180,
                      "%s (%d words): %s" % (f, words(g["text"]), g["text"][:50]))
        check("meta languages = gold languages", meta["languages"] == langs, f)
        covered = {q for g in gold for q in g["questions"] if q != "general"}
        for q in QUESTION_IDS:
            check("status not_addressed <=> no gold line", (meta["status"][q] == "not_addressed") == (q not in covered),
                  "%s %s" % (f, q))
        body_n = sum(g["kind"] in ("paragraph", "annex", "list_item", "table_answer") for g in gold)
        check("3-14 body paragraphs", 3 <= body_n <= 14, "%s %d" % (f, body_n))
        total = sum(words(g["text"]) for g in gold if g["kind"] != "letterhead")
        if meta["style"] == "refusal":
            check("refusal 80-200 words", 80 <= total <= 200, "%s %d" % (f, total))
        else:
            check("full reply 300-1200 words", 300 <= total <= 1200, "%s %d" % (f, total))
        # --- style-specific
        if meta["style"] == "prose":
            check("prose: no marked lines", not any(g["marked"] for g in gold), f)
            check("prose: only letterhead/letter/paragraph kinds",
                  all(g["kind"] in ("letterhead", "letter", "paragraph") for g in gold), f)
            marker_re = re.compile(r"^\s*(\(?[123][a-e]?[\.\):]|\(?[a-e]\)|Q\s?\d|Frage|Question|Ad\s|Re:)", re.I)
            check("prose: no question markers at paragraph start",
                  not any(marker_re.match(g["text"]) for g in gold if g["kind"] == "paragraph"), f)
            multi_prose += sum(len(g["questions"]) >= 2 for g in gold if g["question"] != "general")
        # --- text verification
        path = os.path.join(DIR, "replies", f)
        texts = [g["text"] for g in gold]
        if ext == ".docx":
            paras = docx_paragraphs(path)
            check("docx: gold texts == docx paragraphs (exact, in order, complete)", paras == texts,
                  "%s: %s" % (f, [(a, b) for a, b in zip(paras, texts) if a != b][:1] or (len(paras), len(texts))))
            verified["docx lines"] += len(texts)
        else:
            pt = pdf_text(path, L.get("footer"))
            pos = 0
            rest = []
            ok_all = True
            for t in texts:
                i = pt.find(norm(t), pos)
                if i < 0:
                    ok_all = False
                    check("pdf: gold text found in pdftotext output (in order)", False, "%s: %s" % (f, t[:60]))
                    continue
                rest.append(pt[pos:i])
                pos = i + len(norm(t))
                verified["pdf lines"] += 1
            rest.append(pt[pos:])
            if ok_all:
                check("pdf: gold text found in pdftotext output (in order)", True)
            leftover = re.sub(r"[\u2022\s]", "", "".join(rest))  # list bullets are not paragraph text
            check("pdf: no text outside gold (except footer, bullets)", leftover == "", "%s: %r" % (f, leftover[:80]))
        # --- composition
        comp["style:" + meta["style"]] += 1
        comp["format:" + ext[1:]] += 1
        comp["listed" if meta["listed"] else "unlisted"] += 1
        for lg in langs:
            lang_letters[lg].append((meta["style"], f))

    check("replying listed companies all in campaign.yaml", replying_listed <= set(camp_status))
    check("campaign has no_response companies", sum(v == "no_response" for v in camp_status.values()) >= 2)
    check("every responded/declined company has a reply",
          {n for n, s in camp_status.items() if s != "no_response"} == replying_listed,
          str({n for n, s in camp_status.items() if s != "no_response"} ^ replying_listed))
    # composition requirements
    check(">=13 prose letters", comp["style:prose"] >= 13, str(comp["style:prose"]))
    check(">=8 multi-question paragraphs in prose", multi_prose >= 8, str(multi_prose))
    de = lang_letters["de"]
    fr = lang_letters["fr"]
    check("3 German letters (>=1 prose)", len(de) == 3 and any(s == "prose" for s, _ in de), str(de))
    check("3 French letters (>=1 prose)", len(fr) == 3 and any(s == "prose" for s, _ in fr), str(fr))
    check("2 letters with Arabic", len(lang_letters["ar"]) == 2, str(lang_letters["ar"]))
    check(">=3 refusals", comp["style:refusal"] >= 3)
    check(">=3 annex/table replies", comp["style:annex"] + comp["style:table"] >= 3)
    check(">=5 unlisted companies", comp["unlisted"] >= 5)

    # ----------------------------------------------------------------- report
    for name, (ok, bad) in CHECKS.items():
        print("%-70s %s" % (name, "OK (%d)" % ok if not bad else "FAIL (%d failed, %d ok)" % (bad, ok)))
    print()
    print("composition:", dict(sorted(comp.items())))
    print("languages: de=%d fr=%d ar=%d" % (len(de), len(fr), len(lang_letters["ar"])))
    print("multi-question paragraphs in prose letters:", multi_prose)
    print("status counts over %d cells:" % sum(status_counts.values()), dict(status_counts))
    print("verified gold lines:", dict(verified))
    if ERRORS:
        print("\n%d ERRORS" % len(ERRORS))
        for e in ERRORS:
            print("  -", e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
