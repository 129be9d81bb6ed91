#!/usr/bin/env python3
"""Check the dev5 set: gold texts readable in order in each DOCX/PDF, labels valid, statuses consistent,
campaign.yaml consistent with meta files, file naming rules, lengths. Prints a summary table.
Usage: python3 check.py"""
import collections, glob, json, os, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
KINDS = {"letterhead", "letter", "heading", "paragraph", "question", "list_item", "table_header", "table_question",
         "table_label", "table_answer", "annex"}
TOPICS = {"products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence", "stakeholder_engagement",
          "mitigation", "grievance_mechanism", "policy_commitment", "exit_and_restrictions", "export_control",
          "confidentiality_decline", "other"}
STYLES = {"prose", "markers", "restated", "headings", "table", "refusal", "annex", "numbered-other"}
QTOPIC = dict(zip(QIDS, ["products_and_clients", "deployment_scale", "disclosure_commitment", "due_diligence",
                         "stakeholder_engagement", "mitigation", "grievance_mechanism", "policy_commitment",
                         "exit_and_restrictions"]))
BODY = {"paragraph", "annex", "table_answer", "list_item"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
errors, warnings = [], []


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[\u200e\u200f\u202a-\u202e]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_paras(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        t = "".join((n.text or "") if n.tag == W + "t" else " " for n in p.iter() if n.tag in (W + "t", W + "tab"))
        if t.strip():
            out.append(norm(t))
    return out


def pdf_text(path, layout):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return norm(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def parse_yaml(path):
    """Minimal reader for the campaign.yaml written for this set (companies and questions only)."""
    comps, qs, cur, section = [], [], None, None
    top = {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if not line.startswith(" "):
            k, _, v = line.partition(":")
            section = k
            if v.strip():
                top[k] = v.strip()
            continue
        m = re.match(r"\s+- (\w+): (.*)", line) or re.match(r"\s+(\w+): (.*)", line)
        if not m:
            errors.append("yaml: cannot read line " + line)
            continue
        k, v = m.group(1), m.group(2).strip()
        if line.lstrip().startswith("- "):
            cur = {}
            (comps if section == "companies" else qs).append(cur)
        if v.startswith('"') and v.endswith('"'):
            v = v[1:-1]
        if v.startswith("[") and v.endswith("]"):
            v = [x.strip() for x in v[1:-1].split(",")]
        cur[k] = v
    return top, qs, comps


def main():
    top, qs, comps = parse_yaml(os.path.join(DIR, "campaign.yaml"))
    allowed_top = {"id", "title", "organisation", "date_sent", "replies", "questions", "companies"}
    for k in top:
        if k not in allowed_top:
            errors.append("yaml: unknown key " + k)
    if top.get("id") != "independent-dev5":
        errors.append("yaml id")
    # questions must equal the brief's text
    brief = open(os.path.join(DIR, "..", "BRIEF.md"), encoding="utf-8").read()
    for q in qs:
        if set(q) != {"id", "parent", "title", "topic", "text"}:
            errors.append("yaml question keys " + str(q))
        if QTOPIC.get(q["id"]) != q["topic"]:
            errors.append("yaml question topic " + q["id"])
        m = re.search(r"- \[" + re.escape(q["id"]) + r"\] (.*?)(?=\n- \[|\n\n)", brief, re.S)
        if not m or norm(m.group(1)) != q["text"]:
            errors.append("yaml question text differs from brief: " + q["id"])
    if [q["id"] for q in qs] != QIDS:
        errors.append("yaml question ids")
    names = {}
    for c in comps:
        if not set(c) <= {"name", "aliases", "country", "status"}:
            errors.append("yaml company keys " + str(c))
        for n in [c["name"]] + list(c.get("aliases", [])):
            if n.lower() in names:
                errors.append("duplicate company name/alias " + n)
            names[n.lower()] = c
    listed = {c["name"]: c for c in comps}

    metas = sorted(glob.glob(os.path.join(DIR, "gold", "*.meta.json")))
    replies = sorted(os.listdir(os.path.join(DIR, "replies")))
    if len(set(r.lower() for r in replies)) != len(replies):
        errors.append("file names not unique")
    stats = collections.Counter()
    status_counts = collections.Counter()
    rows, multi_total, seen_companies = [], 0, set()
    for mp in metas:
        meta = json.load(open(mp, encoding="utf-8"))
        stem = os.path.basename(mp)[:-len(".meta.json")]
        f = meta["file"]
        if os.path.splitext(f)[0] != stem or f not in replies:
            errors.append(f"{stem}: meta file name mismatch")
        gold = [json.loads(l) for l in open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), encoding="utf-8")]
        style = meta["style"]
        if style not in STYLES:
            errors.append(f"{f}: style {style}")
        # labels
        for g in gold:
            if set(g) != {"text", "question", "questions", "topic", "kind", "marked", "style", "language"}:
                errors.append(f"{f}: gold keys {sorted(g)}")
            if g["kind"] not in KINDS or g["topic"] not in TOPICS or g["style"] != style:
                errors.append(f"{f}: bad label {g}")
            if g["question"] not in g["questions"]:
                errors.append(f"{f}: primary not in questions: {g['text'][:40]}")
            if g["language"] not in meta["languages"]:
                errors.append(f"{f}: language {g['language']} not in meta languages")
            gen = g["questions"] == ["general"]
            if gen and (g["topic"] != "other" or g["marked"]):
                errors.append(f"{f}: general paragraph with topic/marked: {g['text'][:40]}")
            if not gen and any(q not in QIDS for q in g["questions"]):
                errors.append(f"{f}: bad question ids {g['questions']}")
            if style in ("prose", "refusal") and g["marked"]:
                errors.append(f"{f}: marked paragraph in {style}")
            if style in ("markers", "restated", "table", "headings", "numbered-other") and not gen and not g["marked"]:
                warnings.append(f"{f}: unmarked answer in {style}: {g['text'][:40]}")
            if g["kind"] in BODY and not gen:
                n = len(g["text"].split())
                if g["kind"] != "list_item" and not (15 <= n <= 180):
                    warnings.append(f"{f}: paragraph of {n} words: {g['text'][:50]}")
        langs = sorted({g["language"] for g in gold})
        if langs != sorted(meta["languages"]):
            errors.append(f"{f}: meta languages {meta['languages']} vs gold {langs}")
        # statuses consistent with gold
        st = meta["status"]
        if list(st) != QIDS:
            errors.append(f"{f}: status keys")
        covered = {q for g in gold for q in g["questions"]}
        for q in QIDS:
            status_counts[st[q]] += 1
            if (st[q] == "not_addressed") == (q in covered):
                errors.append(f"{f}: status {q}={st[q]} but covered={q in covered}")
            if st[q] == "declined":
                tops = {g["topic"] for g in gold if q in g["questions"]}
                if not tops & {"confidentiality_decline", "disclosure_commitment"}:
                    warnings.append(f"{f}: {q} declined without a decline/disclosure paragraph")
        # notes: "Partial: <qid> (why), ..." must list exactly the partial cells; "Caveated answer(s): ..." only answered cells
        notes = meta["notes"]
        def qids_in(section):
            section = re.sub(r"\([^()]*\)", "", section)
            return set(re.findall(r"(?<![\w-])(1a|1b|1c|2a|2b|2c|2d|2e|3)(?![\w-])", section))
        part_sec = notes.split("Partial:")[1].split("Caveated answer")[0] if "Partial:" in notes else ""
        cav_sec = notes.split("Caveated answer")[1] if "Caveated answer" in notes else ""
        partial = {q for q in QIDS if st[q] == "partial"}
        if qids_in(part_sec) != partial:
            errors.append(f"{f}: notes Partial {sorted(qids_in(part_sec))} vs status {sorted(partial)}")
        cav = qids_in(cav_sec)
        for q in cav:
            if st[q] != "answered":
                errors.append(f"{f}: caveated {q} is {st[q]}")
        stats["caveated"] += len(cav)
        # company / listing
        comp = meta["company"]
        if meta["listed"]:
            c = listed.get(comp)
            if not c:
                errors.append(f"{f}: listed company {comp} not in yaml")
            else:
                seen_companies.add(comp)
                whole_refusal = all(s in ("declined", "not_addressed") or (q == "2e" and s == "partial")
                                    for q, s in st.items()) and style == "refusal"
                want = "declined" if whole_refusal else "responded"
                if c["status"] != want:
                    errors.append(f"{f}: yaml status {c['status']} expected {want}")
        else:
            if comp in listed or comp.lower() in names:
                errors.append(f"{f}: unlisted company {comp} is in yaml")
            words = [w for w in re.split(r"[\s,.]+", comp) if len(w) > 3 and w.lower() not in
                     ("analytics", "technologies", "maritime", "surveillance", "sécurité", "datentechnik")]
            for w in words:
                if w.lower() in f.lower():
                    errors.append(f"{f}: unlisted company word {w} in file name")
            body_mentions = [g for g in gold if g["kind"] not in ("letterhead", "letter") and words[0].lower() in g["text"].lower()]
            if body_mentions:
                errors.append(f"{f}: unlisted company named in body: {body_mentions[0]['text'][:50]}")
        # text readable, in order
        path = os.path.join(DIR, "replies", f)
        if f.endswith(".docx"):
            paras = docx_paras(path)
            i = 0
            for g in gold:
                t = norm(g["text"])
                while i < len(paras) and paras[i] != t:
                    i += 1
                if i == len(paras):
                    errors.append(f"{f}: gold text not found as a DOCX paragraph (in order): {t[:60]}")
                    i = 0
                else:
                    i += 1
        else:
            for layout in (True, False):
                txt, pos = pdf_text(path, layout), 0
                for g in gold:
                    t = norm(g["text"])
                    k = txt.find(t, pos)
                    if k < 0:
                        (errors if layout else warnings).append(f"{f}: gold text not found in pdftotext{' -layout' if layout else ''} (in order): {t[:60]}")
                    else:
                        pos = k + len(t)
        body_words = sum(len(g["text"].split()) for g in gold if g["kind"] not in ("letterhead", "letter"))
        multi = sum(1 for g in gold if len(g["questions"]) > 1 and g["kind"] in BODY | {"table_answer"})
        multi_total += multi
        if style == "refusal" and not (80 <= body_words <= 230):
            warnings.append(f"{f}: refusal body {body_words} words")
        if style != "refusal" and not (300 <= body_words <= 1200):
            warnings.append(f"{f}: reply body {body_words} words")
        stats[(style, tuple(meta["languages"]), os.path.splitext(f)[1])] += 1
        rows.append((f, comp, meta["listed"], style, "+".join(meta["languages"]), body_words, multi,
                     " ".join(f"{q}:{st[q][0].upper() if st[q] != 'not_addressed' else '-'}" for q in QIDS)))
    for c in comps:
        if c["status"] in ("responded", "declined") and c["name"] not in seen_companies:
            errors.append("yaml company without reply: " + c["name"])
    for r in rows:
        print(" | ".join(str(x) for x in r))
    print()
    print("replies:", len(metas), " pdf:", sum(1 for r in replies if r.endswith('.pdf')),
          " docx:", sum(1 for r in replies if r.endswith('.docx')))
    print("by style:", dict(collections.Counter(r[3] for r in rows)))
    print("by language:", dict(collections.Counter(r[4] for r in rows)))
    print("statuses:", dict(status_counts))
    print("multi-question body paragraphs:", multi_total)
    print("answered cells with caveats (from notes):", stats["caveated"])
    print("unlisted:", sum(1 for r in rows if not r[2]), " no_response:", sum(1 for c in comps if c["status"] == "no_response"))
    print("replies with silently skipped questions:",
          sum(1 for r in rows if "-" in r[7] and r[3] != "refusal"))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
