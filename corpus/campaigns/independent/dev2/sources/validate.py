#!/usr/bin/env python3
"""Consistency checks for independent-dev2: gold vs meta vs campaign.yaml, composition counts,
no question markers in prose letters. Run after build.py."""
import json, os, re, collections, sys
DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
y = open(os.path.join(DIR, 'campaign.yaml'), encoding='utf-8').read()
names = re.findall(r'- name: "([^"]+)"\n    aliases: \[([^\]]*)\]\n    country: .*\n    status: (\w+)', y)
listed = {n: s for n, a, s in names}
ok = True
metas = []
for fn in sorted(os.listdir(os.path.join(DIR, 'gold'))):
    if fn.endswith('.meta.json'):
        m = json.load(open(os.path.join(DIR, 'gold', fn), encoding='utf-8'))
        stem = fn[:-len('.meta.json')]
        g = [json.loads(l) for l in open(os.path.join(DIR, 'gold', stem + '.gold.jsonl'), encoding='utf-8')]
        assert os.path.exists(os.path.join(DIR, 'replies', m['file'])), m['file']
        if m['listed'] != (m['company'] in listed):
            print('listed mismatch', m['company']); ok = False
        if m['style'] == 'refusal' and listed.get(m['company']) != 'declined':
            print('refusal not declined in yaml', m['company']); ok = False
        if m['style'] == 'prose':
            for l in g:
                if l['marked']:
                    print('marked in prose', fn, l['text'][:40]); ok = False
                if l['kind'] not in ('letter', 'letterhead', 'paragraph'):
                    print('non-paragraph kind in prose', fn, l['kind']); ok = False
                if re.search(r'\b[123]\s?\(?[a-e]\)|\bQ[123]|\bQuestion\b|\b[12][a-e]\b', l['text']):
                    print('possible marker in prose', fn, l['text'][:60]); ok = False
        # every question with status other than not_addressed should have at least one gold line (except blanket refusals)
        qs = collections.Counter(q for l in g for q in l['questions'])
        for q, s in m['status'].items():
            if s != 'not_addressed' and not qs[q] and m['style'] != 'refusal':
                print('status but no gold line', fn, q, s); ok = False
            if s == 'not_addressed' and qs[q]:
                print('gold line but not_addressed', fn, q); ok = False
        metas.append(m)
print('replies:', len(metas))
print('styles:', dict(collections.Counter(m['style'] for m in metas)))
print('formats:', dict(collections.Counter(os.path.splitext(m['file'])[1] for m in metas)))
print('languages:', dict(collections.Counter(l for m in metas for l in m['languages'])))
print('unlisted:', [m['company'] for m in metas if not m['listed']])
print('yaml statuses:', dict(collections.Counter(listed.values())))
st = collections.Counter(s for m in metas for s in m['status'].values())
print('question statuses:', dict(st))
sys.exit(0 if ok else 1)
