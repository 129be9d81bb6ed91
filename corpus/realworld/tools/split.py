#!/usr/bin/env python3
"""Joins the paraphrased passages (raw/*.jsonl) with their blind labels (labels/*.labels.jsonl) and splits them by
company into a training half (corpus/training/train/realworld/<label>.jsonl) and a test half (test/<label>.jsonl).
A company's passages all go to one side, so the test half is about companies the classifier never saw. Deterministic:
companies are ordered by the SHA-1 of their folded name and each goes to the side with fewer passages so far.
Later batches (TRAINING_ONLY prefixes) were written after the split, for training only: they go to the training side,
which keeps the test half as it was; a passage of a company on the test side would be dropped (and said). The last
batches (SECOND_TEST prefixes) were written and labelled after the shipped model was trained: they are a second test
set of other companies (test-2/), so that the two halves are the same size; a passage of a company the training side
holds would be dropped (and said)."""
import hashlib, json, os, re, sys, collections

TRAINING_ONLY = ('rc-', 'rd-')
SECOND_TEST = ('re-', 'rf-')

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
repo = os.path.dirname(os.path.dirname(root))
passages = {}
for name in sorted(os.listdir(os.path.join(root, 'raw'))):
    for line in open(os.path.join(root, 'raw', name), encoding='utf-8'):
        if line.strip():
            p = json.loads(line); passages[p['id']] = p
labels = {}
labels_dir = os.path.join(root, 'labels')
for name in sorted(os.listdir(labels_dir)):
    for line in open(os.path.join(labels_dir, name), encoding='utf-8'):
        if line.strip():
            l = json.loads(line); labels[l['id']] = l
labelled = [dict(passages[i], **{'label': labels[i]['topic'], 'secondary': labels[i].get('secondary', []), 'clear': labels[i].get('clear', True)})
            for i in sorted(labels) if i in passages]

def company_key(name):
    name = name.lower()
    name = re.sub(r'\b(the|group|plc|ltd|inc|ag|sa|se|corporation|corp|company|systems|technologies|technology|networks)\b', ' ', name)
    return ' '.join(re.sub(r'[^a-z0-9]+', ' ', name).split()).split(' ')[0]

by_company = collections.defaultdict(list)
for p in labelled:
    if not p['id'].startswith(TRAINING_ONLY + SECOND_TEST):
        by_company[company_key(p['company'])].append(p)
sides = {'train': [], 'test': []}
for key in sorted(by_company, key=lambda k: hashlib.sha1(k.encode()).hexdigest()):
    side = 'train' if len(sides['train']) <= len(sides['test']) else 'test'
    sides[side].extend(by_company[key])

tested = {company_key(p['company']) for p in sides['test']}
for p in labelled:
    if p['id'].startswith(TRAINING_ONLY):
        if company_key(p['company']) in tested:
            print('dropped', p['id'], '(' + p['company'] + ' is in the test half)', file=sys.stderr)
        else:
            sides['train'].append(p)

trained = {company_key(p['company']) for p in sides['train']}
sides['test-2'] = []
for p in labelled:
    if p['id'].startswith(SECOND_TEST):
        if company_key(p['company']) in trained | tested:
            print('dropped', p['id'], '(' + p['company'] + ' is in the other halves)', file=sys.stderr)
        else:
            sides['test-2'].append(p)

targets = {'train': os.path.join(repo, 'corpus', 'training', 'train', 'realworld'), 'test': os.path.join(root, 'test'),
           'test-2': os.path.join(root, 'test-2')}
for side, items in sides.items():
    os.makedirs(targets[side], exist_ok=True)
    for f in os.listdir(targets[side]):
        if f.endswith('.jsonl'):
            os.remove(os.path.join(targets[side], f))
    grouped = collections.defaultdict(list)
    for p in sorted(items, key=lambda p: p['id']):
        grouped[p['label']].append(p)
    for label, rows in grouped.items():
        with open(os.path.join(targets[side], label + '.jsonl'), 'w', encoding='utf-8') as out:
            for p in rows:
                out.write(json.dumps({'label': label, 'text': p['text'], 'id': p['id'], 'company': p['company'],
                                      'source_url': p['source_url'], 'language': p['language'], 'clear': p['clear']},
                                     ensure_ascii=False) + '\n')
    print(side, len(items), 'passages from', len({company_key(p['company']) for p in items}), 'companies', dict(collections.Counter(p['label'] for p in items)))
