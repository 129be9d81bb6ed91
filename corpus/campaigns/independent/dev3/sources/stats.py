#!/usr/bin/env python3
"""Print the composition tables used in README.md (reads gold/ and letters.py)."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from letters import LETTERS
from blocks import QUESTION_IDS
AB = {"answered": "A", "partial": "P", "declined": "D", "not_addressed": "-"}
print("| id | file | company | listed | style | lang | fmt | voice | body ¶ | words | " + " | ".join(QUESTION_IDS) + " |")
print("|" + "---|" * (10 + len(QUESTION_IDS)))
tot = collections.Counter(); perq = {q: collections.Counter() for q in QUESTION_IDS}
kinds = collections.Counter(); topics = collections.Counter(); marked = collections.Counter(); multi = 0
for L in LETTERS:
    stem = os.path.splitext(L["file"])[0]
    gold = [json.loads(x) for x in open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), encoding="utf-8")]
    meta = json.load(open(os.path.join(DIR, "gold", stem + ".meta.json"), encoding="utf-8"))
    body = sum(g["kind"] in ("paragraph", "annex", "list_item", "table_answer") for g in gold)
    words = sum(len(g["text"].split()) for g in gold if g["kind"] != "letterhead")
    for g in gold:
        kinds[g["kind"]] += 1; topics[g["topic"]] += 1; marked[g["marked"]] += 1
        multi += len(g["questions"]) > 1
    for q, v in meta["status"].items():
        tot[v] += 1; perq[q][v] += 1
    print("| %s | %s | %s | %s | %s | %s | %s | %s | %d | %d | %s |" % (
        L["id"], L["file"], meta["company"], "yes" if meta["listed"] else "no", meta["style"],
        "+".join(meta["languages"]), L["fmt"].upper(), L["voice"], body, words,
        " | ".join(AB[meta["status"][q]] for q in QUESTION_IDS)))
print("\nstatus totals:", dict(tot))
print("| status | " + " | ".join(QUESTION_IDS) + " | total |")
print("|" + "---|" * (len(QUESTION_IDS) + 2))
for s in ("answered", "partial", "declined", "not_addressed"):
    print("| %s | %s | %d |" % (s, " | ".join(str(perq[q][s]) for q in QUESTION_IDS), tot[s]))
print("\nkinds:", dict(kinds)); print("topics:", dict(topics)); print("marked:", dict(marked)); print("multi-question lines:", multi)
