#!/usr/bin/env python3
"""Texts for the sign-bits recall measurement (benchmarks/README.md, "Search by meaning at scale"): every paragraph of
corpus/training (train, train/independent, test) and corpus/realworld/raw, plus each sentence (4 words or more) of the
paragraphs of two sentences or more — as the index stores them — deduplicated; and the search evaluation's queries.
Usage: make-corpus.py OUT_DIR   (writes OUT_DIR/texts/train/all.jsonl and OUT_DIR/queries/train/q.jsonl)"""
import glob, json, os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
out = sys.argv[1]
files = sorted(glob.glob(f"{root}/corpus/training/train/*.jsonl") + glob.glob(f"{root}/corpus/training/train/independent/*.jsonl")
               + glob.glob(f"{root}/corpus/training/test/*.jsonl") + glob.glob(f"{root}/corpus/realworld/raw/*.jsonl"))
texts, seen = [], set()
for f in files:
    for line in open(f, encoding="utf-8"):
        if not line.strip():
            continue
        text = json.loads(line).get("text")
        if not text:
            continue
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 4]
        for t in [text] + (sentences if len(sentences) >= 2 else []):
            if t not in seen:
                seen.add(t)
                texts.append(t)
queries = [json.loads(l)["query"] for l in open(f"{root}/corpus/search-eval/dev.jsonl", encoding="utf-8") if l.strip()]
for name, items in (("texts", texts), ("queries", queries)):
    os.makedirs(f"{out}/{name}/train", exist_ok=True)
    with open(f"{out}/{name}/train/all.jsonl", "w", encoding="utf-8") as w:
        w.writelines(json.dumps({"text": t}) + "\n" for t in items)
    print(f"{name}: {len(items)}")
