#!/usr/bin/python3
"""Validate the independent-dev4 set: campaign.yaml, gold/meta files, and that
every gold paragraph is readable, in order, in its DOCX/PDF.
Usage: python3 sources/validate.py      (exit code 1 on errors)"""
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
QIDS = ['1a', '1b', '1c', '2a', '2b', '2c', '2d', '2e', '3']
QTOPIC = dict(zip(QIDS, ['products_and_clients', 'deployment_scale', 'disclosure_commitment', 'due_diligence',
                         'stakeholder_engagement', 'mitigation', 'grievance_mechanism', 'policy_commitment',
                         'exit_and_restrictions']))
TOPICS = set(QTOPIC.values()) | {'export_control', 'confidentiality_decline', 'other'}
KINDS = {'letterhead', 'letter', 'heading', 'paragraph', 'question', 'list_item', 'table_header',
         'table_question', 'table_label', 'table_answer', 'annex'}
STYLES = {'prose', 'markers', 'restated', 'headings', 'table', 'refusal', 'annex', 'numbered-other'}
STATUS = {'answered', 'partial', 'declined', 'not_addressed'}
LANGS = {'en', 'fr', 'de', 'ar'}
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

errors, warnings = [], []


def err(m):
    errors.append(m)


def warn(m):
    warnings.append(m)

# ------------------------------------------------------------ campaign.yaml (tiny parser for our format)

def parse_campaign(path):
    top, questions, companies = {}, [], []
    cur, section = None, None
    allowed_top = {'id', 'title', 'organisation', 'date_sent', 'replies', 'questions', 'companies'}
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip():
            continue
        if not ln.startswith(' '):
            k, v = ln.split(':', 1)
            if k not in allowed_top:
                err(f'campaign.yaml: unknown key {k}')
            top[k] = v.strip()
            section = k
            continue
        m = re.match(r'\s*(- )?(\w+): (.*)$', ln)
        if not m:
            err(f'campaign.yaml: cannot parse {ln!r}')
            continue
        if m.group(1):
            cur = {}
            (questions if section == 'questions' else companies).append(cur)
        v = m.group(3)
        if v.startswith('"'):
            v = json.loads(v)
        elif v.startswith('['):
            v = [json.loads(x.strip()) for x in v[1:-1].split(',')]
        cur[m.group(2)] = v
    return top, questions, companies


def check_campaign():
    top, qs, cos = parse_campaign(os.path.join(DIR, 'campaign.yaml'))
    if top.get('id') != 'independent-dev4':
        err('campaign.yaml: id')
    if [q['id'] for q in qs] != QIDS:
        err('campaign.yaml: question ids')
    for q in qs:
        if set(q) != {'id', 'parent', 'title', 'topic', 'text'}:
            err(f'campaign.yaml: question keys {sorted(q)}')
        if q['topic'] != QTOPIC[q['id']] or q['parent'] != q['id'][0]:
            err(f'campaign.yaml: question {q["id"]} topic/parent')
    seen = set()
    for c in cos:
        if not set(c) <= {'name', 'aliases', 'country', 'status'}:
            err(f'campaign.yaml: company keys {sorted(c)}')
        if c['status'] not in ('responded', 'no_response', 'declined'):
            err(f'campaign.yaml: status {c["status"]}')
        for n in [c['name']] + c.get('aliases', []):
            if n.lower() in seen:
                err(f'campaign.yaml: duplicate name/alias {n}')
            seen.add(n.lower())
    return cos

# ------------------------------------------------------------ file text extraction

def docx_paragraphs(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read('word/document.xml'))
    out = []
    for p in root.iter(f'{{{W}}}p'):
        parts = []
        for el in p.iter():
            if el.tag == f'{{{W}}}t':
                parts.append(el.text or '')
            elif el.tag == f'{{{W}}}tab':
                parts.append('\t')
            elif el.tag in (f'{{{W}}}br', f'{{{W}}}cr'):
                parts.append('\n')
        t = ''.join(parts).strip()
        if t:
            out.append(t)
    return out


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = s.replace('\u00ad', '')
    return re.sub(r'\s+', ' ', s).strip()


def squash(s):
    # drop all whitespace and hyphens (line-end hyphenation / pdftotext joins)
    return re.sub(r'[\s\-\u2010\u2011]+', '', norm(s))


def pdf_texts(path):
    raw = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    lay = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True).stdout
    return raw, lay

# ------------------------------------------------------------ main

def main():
    cos = check_campaign()
    names = {}
    for c in cos:
        for n in [c['name']] + c.get('aliases', []):
            names[n] = c
    replies = sorted(os.listdir(os.path.join(DIR, 'replies')))
    stems = collections.Counter(os.path.splitext(f)[0] for f in replies)
    for s, n in stems.items():
        if n > 1:
            err(f'duplicate stem {s}')
    comp = collections.Counter()
    covered = set()
    rows = []
    for f in replies:
        stem, ext = os.path.splitext(f)
        gp = os.path.join(DIR, 'gold', stem + '.gold.jsonl')
        mp = os.path.join(DIR, 'gold', stem + '.meta.json')
        if not (os.path.exists(gp) and os.path.exists(mp)):
            err(f'{f}: missing gold/meta')
            continue
        meta = json.load(open(mp, encoding='utf-8'))
        gold = [json.loads(l) for l in open(gp, encoding='utf-8')]
        if set(meta) != {'file', 'company', 'listed', 'style', 'languages', 'status', 'notes'}:
            err(f'{f}: meta keys')
        if meta['file'] != f:
            err(f'{f}: meta file name')
        if meta['style'] not in STYLES:
            err(f'{f}: style')
        if list(meta['status']) != QIDS or not set(meta['status'].values()) <= STATUS:
            err(f'{f}: status')
        listed = meta['company'] in names
        if listed != meta['listed']:
            err(f'{f}: listed={meta["listed"]} but company in campaign.yaml={listed}')
        if listed:
            c = names[meta['company']]
            covered.add(c['name'])
            want = 'declined' if meta['style'] == 'refusal' else 'responded'
            if c['status'] != want:
                err(f'{f}: campaign status {c["status"]} != {want}')
        qseen = collections.defaultdict(list)
        langs = []
        words = 0
        for i, g in enumerate(gold, 1):
            where = f'{f} line {i}'
            if set(g) != {'text', 'question', 'questions', 'topic', 'kind', 'marked', 'style', 'language'}:
                err(f'{where}: keys')
            if g['style'] != meta['style']:
                err(f'{where}: style')
            if g['kind'] not in KINDS or g['topic'] not in TOPICS or g['language'] not in LANGS:
                err(f'{where}: kind/topic/language')
            if g['question'] != g['questions'][0]:
                err(f'{where}: question not first of questions')
            if g['questions'] == ['general']:
                if g['topic'] != 'other' or g['marked']:
                    err(f'{where}: general line must be topic other, unmarked')
            else:
                if any(q not in QIDS for q in g['questions']) or len(set(g['questions'])) != len(g['questions']):
                    err(f'{where}: questions {g["questions"]}')
                if g['kind'] in ('letterhead', 'letter'):
                    err(f'{where}: letter/letterhead line with a question')
                for q in g['questions']:
                    qseen[q].append(g['kind'])
            if g['marked'] and meta['style'] in ('prose', 'refusal'):
                err(f'{where}: marked line in {meta["style"]} reply')
            if not g['marked'] and g['questions'] != ['general'] and meta['style'] in ('markers', 'restated', 'table'):
                err(f'{where}: unmarked answer in {meta["style"]} reply')
            if g['language'] not in langs:
                langs.append(g['language'])
            nw = len(g['text'].split())
            words += nw
            if g['kind'] in ('paragraph', 'table_answer', 'annex', 'list_item') and g['questions'] != ['general']:
                if not 15 <= nw <= 180:
                    warn(f'{where}: {g["kind"]} has {nw} words')
            if g['text'] != g['text'].strip() or not g['text']:
                err(f'{where}: text whitespace/empty')
        if langs != meta['languages']:
            err(f'{f}: meta languages {meta["languages"]} != gold {langs}')
        for q in QIDS:
            st = meta['status'][q]
            substantive = [k for k in qseen.get(q, []) if k not in ('heading', 'question', 'table_label', 'table_question')]
            if st == 'not_addressed' and qseen.get(q):
                err(f'{f}: {q} not_addressed but gold lines answer it')
            if st != 'not_addressed' and not substantive:
                err(f'{f}: {q} is {st} but no gold answer line')
        if meta['style'] == 'refusal':
            if not 80 <= words <= 200:
                warn(f'{f}: refusal has {words} words')
        elif not 300 <= words <= 1200:
            warn(f'{f}: reply has {words} words')
        # readability in the file
        path = os.path.join(DIR, 'replies', f)
        texts = [g['text'] for g in gold]
        if ext == '.docx':
            paras = docx_paragraphs(path)
            if [norm(p) for p in paras] != [norm(t) for t in texts]:
                err(f'{f}: DOCX paragraphs differ from gold')
                for a, b in zip(paras, texts):
                    if norm(a) != norm(b):
                        err(f'   first diff: docx={a[:80]!r} gold={b[:80]!r}')
                        break
                if len(paras) != len(texts):
                    err(f'   {len(paras)} docx paragraphs vs {len(texts)} gold lines')
        elif ext == '.pdf':
            raw, lay = pdf_texts(path)
            for src_name, src in (('raw', raw), ('layout', lay)):
                sq = squash(src)
                pos, bad = 0, []
                for t in texts:
                    k = sq.find(squash(t), pos)
                    if k < 0:
                        bad.append(t)
                    else:
                        pos = k + len(squash(t))
                if not bad:
                    break
            else:
                for t in bad:
                    err(f'{f}: PDF text not found in order: {t[:90]!r}')
            nraw = norm(raw)
            exact = sum(1 for t in texts if norm(t) in nraw)
            if exact < len(texts):
                warn(f'{f}: {len(texts) - exact}/{len(texts)} lines readable only modulo line-break hyphens/spaces')
        else:
            err(f'{f}: bad extension')
        comp[(meta['style'], ext[1:], 'listed' if meta['listed'] else 'unlisted')] += 1
        rows.append((f, meta['company'], meta['style'], '+'.join(meta['languages']), ext[1:],
                     'listed' if meta['listed'] else 'unlisted', len(gold), words,
                     ' '.join(f'{q}:{meta["status"][q][:4]}' for q in QIDS)))
    for c in cos:
        if c['status'] != 'no_response' and c['name'] not in covered:
            err(f'campaign.yaml: {c["name"]} has status {c["status"]} but no reply')
    print(f'{len(replies)} replies checked')
    for r in rows:
        print(' | '.join(str(x) for x in r))
    print('composition:', dict(comp))
    for w in warnings:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'FAIL' if errors else 'PASS', f'({len(errors)} errors, {len(warnings)} warnings)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
