#!/usr/bin/env python3
"""How far a second reader's statuses agree with the writers' gold (dev8, dev9, dev10).

Usage: python3 corpus/campaigns/independent/agreement/agreement.py
second-status.jsonl was written by a helper from STATUS-BRIEF.md and the letters' extracted text only (see README.md).
"""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ['dev8', 'dev9', 'dev10']

gold = {}
for d in SETS:
    for path in glob.glob(os.path.join(HERE, '..', d, 'gold', '*.meta.json')):
        meta = json.load(open(path, encoding='utf-8'))
        gold[f"{d} -- {os.path.splitext(meta['file'])[0]}.txt"] = meta['status']
second = {}
for line in open(os.path.join(HERE, 'second-status.jsonl'), encoding='utf-8'):
    if line.strip():
        row = json.loads(line)
        second[row['letter']] = row['status']
missing = sorted(set(gold) - set(second))
if missing:
    raise SystemExit(f"no second reading for {len(missing)} letters, e.g. {missing[0]}")

same = total = 0
by_question = collections.defaultdict(lambda: [0, 0])
by_set = collections.defaultdict(lambda: [0, 0])
differences = collections.Counter()
for letter, statuses in sorted(gold.items()):
    for question, status in statuses.items():
        agree = second[letter][question] == status
        total += 1
        same += agree
        for tally in (by_question[question], by_set[letter.split(' -- ')[0]]):
            tally[0] += agree
            tally[1] += 1
        if not agree:
            differences[(status, second[letter][question])] += 1
print(f"company x question cells: {same} of {total} the same ({same / total:.3f})")
print("by set: " + ", ".join(f"{d} {a}/{n}" for d, (a, n) in by_set.items()))
print("by question: " + ", ".join(f"{q} {a}/{n}" for q, (a, n) in sorted(by_question.items())))
print("differences (writer -> second reader):")
for (writer, reader), count in differences.most_common():
    print(f"  {count:3d}  {writer} -> {reader}")
