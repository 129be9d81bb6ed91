#!/usr/bin/env python3
"""How often a second blind labeller gives the test half's passages the same topic as the labels they were scored with.

Usage: python3 corpus/realworld/agreement/agreement.py
Reads raw/*.jsonl (passage ids), test/*.jsonl (the test half and its labels) and agreement/test-second.labels.jsonl.
"""
import collections
import glob
import json
import os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lines(pattern):
    for path in sorted(glob.glob(os.path.join(root, pattern))):
        for line in open(path, encoding='utf-8'):
            if line.strip():
                yield json.loads(line)


ids = {p['text']: p['id'] for p in lines('raw/*.jsonl')}
first = {l['id']: l for l in lines('labels/*.labels.jsonl')}
test = {ids[p['text']]: p['label'] for p in lines('test/*.jsonl')}
second = list(lines('agreement/test-second.labels.jsonl'))
assert sorted(s['id'] for s in second) == sorted(test), 'the second labels must cover the test half exactly'

same = sum(test[s['id']] == s['topic'] for s in second)
clear = [s for s in second if s['clear'] and first[s['id']].get('clear', True)]
clear_same = sum(test[s['id']] == s['topic'] for s in clear)
near = sum(test[s['id']] == s['topic'] or test[s['id']] in s.get('secondary', []) or s['topic'] in first[s['id']].get('secondary', [])
           for s in second)
print(f"same topic: {same} of {len(second)} ({same / len(second):.3f})")
print(f"both labellers clear: {clear_same} of {len(clear)} the same")
print(f"the same, or each one's topic among the other's secondary topics: {near} of {len(second)}")
print("differences (test label -> second label):")
for (a, b), n in collections.Counter((test[s['id']], s['topic']) for s in second if test[s['id']] != s['topic']).most_common():
    print(f"  {a} -> {b}: {n}")
