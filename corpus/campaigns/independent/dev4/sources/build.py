#!/usr/bin/python3
"""Build the independent-dev4 reply set from the letter sources.

Sources: sources/letters/*.txt (one per reply). Each file has a header
(key: value lines) followed by a line '---' and then one block per line:

    KIND QUESTIONS TOPIC [flags...] | text

KIND      LH letterhead, L letter, H heading, P paragraph, Q question,
          LI list_item, TH table_header, TQ table_question, TL table_label,
          TA table_answer, AX annex
QUESTIONS g (general) or comma list of 1a,1b,1c,2a,2b,2c,2d,2e,3
TOPIC     short code (see TOPICS)
flags     m (marked), en/fr/de/ar (language override), @Style (custom
          paragraph style), rtl, ol / la (ordered list: 1. / a)),
          w=NN (first column width percent for a table), h3 (heading level)

Text may contain **bold** runs; the gold text is the text without the
asterisks.  One script writes the Markdown (for pandoc), the DOCX/PDF
files, the gold .jsonl and .meta.json files, campaign.yaml and INDEX.md,
so the gold cannot drift from the letters.

Re-runnable: python3 sources/build.py   (from anywhere)
"""
import json
import os
import re
import shutil
import string
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
LETTERS = os.path.join(HERE, 'letters')
BUILD = os.path.join(HERE, '_build')
REPLIES = os.path.join(DIR, 'replies')
GOLD = os.path.join(DIR, 'gold')

TOPICS = {
    'pc': 'products_and_clients', 'ds': 'deployment_scale',
    'dc': 'disclosure_commitment', 'dd': 'due_diligence',
    'se': 'stakeholder_engagement', 'mi': 'mitigation',
    'gm': 'grievance_mechanism', 'pol': 'policy_commitment',
    'ex': 'exit_and_restrictions', 'ec': 'export_control',
    'cd': 'confidentiality_decline', 'o': 'other',
}
KINDS = {
    'LH': 'letterhead', 'L': 'letter', 'H': 'heading', 'P': 'paragraph',
    'Q': 'question', 'LI': 'list_item', 'TH': 'table_header',
    'TQ': 'table_question', 'TL': 'table_label', 'TA': 'table_answer',
    'AX': 'annex',
}
QIDS = ['1a', '1b', '1c', '2a', '2b', '2c', '2d', '2e', '3']
LANGS = {'en', 'fr', 'de', 'ar'}

QUESTIONS = [
    ('1a', '1', 'Products and clients', 'products_and_clients',
     'Does your company provide surveillance solutions, products, services or equipment to government clients in the Middle East and North Africa in the context of migration and/or border control? If so, please specify which products and which Middle Eastern & North African countries.'),
    ('1b', '1', 'Deployment scale', 'deployment_scale',
     'How many surveillance solutions, products, services or equipment have been distributed by your company at border crossings, checkpoints or refugee camps in the past 5-10 years?'),
    ('1c', '1', 'Disclosure commitment', 'disclosure_commitment',
     'Are you willing to provide BHRRC with updated lists of your surveillance solutions, products, services or equipment, as well as your government clients and border agencies in the Middle East & North Africa region, in the future?'),
    ('2a', '2', 'Human rights due diligence', 'due_diligence',
     'Is your company or subsidiary carrying out due diligence to identify, prevent, and mitigate human rights risks before supplying governments or border agencies in the MENA region with surveillance solutions, products, services or equipment? If so, please outline the risks identified.'),
    ('2b', '2', 'Stakeholder consultation', 'stakeholder_engagement',
     'Does your company or subsidiary conduct any consultations with affected communities (such as migrants, refugees and asylum seekers) and human defenders as part of your due diligence process?'),
    ('2c', '2', 'Other actions against adverse impacts', 'mitigation',
     'Is your company or subsidiary taking any other actions to ensure that the surveillance solutions, products, services or equipment that you supply or distribute on border crossings, checkpoints, or in refugee camps are not causing or contributing to adverse impacts on the rights of migrants, refugees and asylum seekers (e.g., discrimination, detention, mistreatment, mass collection of data, tracking their movement without rescuing them, etc.)? If yes, could you share these actions with BHRRC?'),
    ('2d', '2', 'Grievance mechanism', 'grievance_mechanism',
     'Does your company or subsidiary have a grievance mechanism in place for people to raise concerns or complaints?'),
    ('2e', '2', 'Human rights policy', 'policy_commitment',
     'Does your company have a human rights policy or internal process governing your provision of surveillance solutions, products, services or equipment to government clients or border agencies in the context of migration?'),
    ('3', '3', 'Plans to stop sales', 'exit_and_restrictions',
     'Is your company or subsidiary planning to stop engaging in the sale or provision of a range of surveillance solutions, products, services or equipment to Middle Eastern & North African countries with a track record of human rights violations?'),
]

# Companies that did not reply (listed, no_response).  The companies that
# replied are taken from the letter headers (those with listed: true).
NO_RESPONSE = [
    ('Scythia Radarworks Ltd', ['Scythia Radarworks'], 'Cyprus'),
    ('Lumentra Imaging S.p.A.', ['Lumentra'], 'Italy'),
    ('Orbisec Holdings Inc.', ['Orbisec'], 'United States'),
    ('Daranko Systems Ltd', ['Daranko'], 'Israel'),
    ('Quillon Maritime Surveillance SAS', ['Quillon Maritime'], 'France'),
]

# ---------------------------------------------------------------- parsing

def parse_letter(path):
    head, body = open(path, encoding='utf-8').read().split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip()
    blocks = []
    for n, line in enumerate(body.splitlines(), 1):
        if not line.strip() or line.startswith('#'):
            continue
        spec, text = line.split('|', 1) if ' | ' not in line else line.split(' | ', 1)
        text = text.strip()
        toks = spec.split()
        kind, qs, topic = toks[0], toks[1], toks[2]
        if kind not in KINDS:
            sys.exit(f'{path}:{n}: bad kind {kind}')
        if topic not in TOPICS:
            sys.exit(f'{path}:{n}: bad topic {topic}')
        qlist = ['general'] if qs == 'g' else qs.split(',')
        for q in qlist:
            if q != 'general' and q not in QIDS:
                sys.exit(f'{path}:{n}: bad question {q}')
        b = {'kind': kind, 'questions': qlist, 'topic': TOPICS[topic],
             'marked': False, 'lang': meta.get('lang', 'en'), 'style': None,
             'rtl': False, 'list': None, 'w': None, 'level': 2, 'text': text}
        for f in toks[3:]:
            if f == 'm':
                b['marked'] = True
            elif f in LANGS:
                b['lang'] = f
            elif f.startswith('@'):
                b['style'] = f[1:]
            elif f == 'rtl':
                b['rtl'] = True
            elif f in ('ol', 'la', 'ul'):
                b['list'] = f
            elif f.startswith('w='):
                b['w'] = int(f[2:])
            elif f in ('h2', 'h3', 'h4'):
                b['level'] = int(f[1])
            else:
                sys.exit(f'{path}:{n}: bad flag {f}')
        if b['kind'] == 'LI' and b['list'] is None:
            b['list'] = 'ul'
        blocks.append(b)
    status = dict(kv.split('=') for kv in meta['status'].split())
    meta['status'] = {q: status[q] for q in QIDS}
    return meta, blocks

# ---------------------------------------------------------------- markdown

def esc(s):
    out = []
    for ch in s:
        if ch in string.punctuation:
            out.append('\\' + ch)
        else:
            out.append(ch)
    return ''.join(out)


def md_inline(text):
    parts = text.split('**')
    return '**'.join(esc(p) for p in parts)


def plain(text):
    return text.replace('**', '')


def wrap_div(md, b):
    attrs = []
    if b['style']:
        attrs.append(f'custom-style="{b["style"]}"')
    if b['rtl']:
        attrs.append('dir="rtl"')
    if not attrs:
        return md
    return '::: {' + ' '.join(attrs) + '}\n' + md + '\n:::'


def to_markdown(blocks):
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        k = b['kind']
        if k in ('TH', 'TQ', 'TL', 'TA'):
            j = i
            while j < len(blocks) and blocks[j]['kind'] in ('TH', 'TQ', 'TL', 'TA'):
                j += 1
            cells = blocks[i:j]
            heads = [c for c in cells if c['kind'] == 'TH']
            rest = [c for c in cells if c['kind'] != 'TH']
            ncol = len(heads)
            w = heads[0]['w'] or 30
            widths = [w, 100 - w] if ncol == 2 else [100 // ncol] * ncol
            lines = ['| ' + ' | '.join(md_inline(h['text']) for h in heads) + ' |',
                     '|' + '|'.join('-' * max(3, x) for x in widths) + '|']
            for r in range(0, len(rest), ncol):
                row = rest[r:r + ncol]
                lines.append('| ' + ' | '.join(md_inline(c['text']) for c in row) + ' |')
            out.append('\n'.join(lines))
            i = j
            continue
        if k == 'LI':
            j = i
            items = []
            while j < len(blocks) and blocks[j]['kind'] == 'LI':
                items.append(blocks[j])
                j += 1
            lines = []
            for n, it in enumerate(items, 1):
                mark = {'ul': '-', 'ol': f'{n}.', 'la': f'{chr(96 + n)})'}[it['list']]
                lines.append(f'{mark} ' + md_inline(it['text']))
            out.append(wrap_div('\n'.join(lines), items[0]))
            i = j
            continue
        if k == 'H':
            md = '#' * b['level'] + ' ' + md_inline(b['text'])
            if b['style'] or b['rtl']:
                md = wrap_div(md, b)
            out.append(md)
        else:
            out.append(wrap_div(md_inline(b['text']), b))
        i += 1
    return '\n\n'.join(out) + '\n'

# ---------------------------------------------------------------- reference docs

REF_VARIANTS = {
    # name: (font, size half-points, after spacing twips, justify, heading colour, margins twips, table borders)
    'serif': ('Liberation Serif', 23, 140, False, '1F3864', 1418, True),
    'sans': ('Liberation Sans', 21, 160, False, '7F1F1F', 1134, True),
    'dejavu': ('DejaVu Sans', 19, 120, False, '205030', 1300, True),
    'justify': ('Liberation Serif', 24, 120, True, '333333', 1701, False),
    'narrow': ('Liberation Sans Narrow', 23, 100, False, '004A7F', 1247, True),
    'dserif': ('DejaVu Serif', 20, 150, True, '5A3A00', 1440, True),
}

CUSTOM_STYLES = '''
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead">
    <w:name w:val="Letterhead" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="60" /></w:pPr>
    <w:rPr><w:b /><w:bCs /><w:color w:val="{hc}" /><w:sz w:val="30" /><w:szCs w:val="30" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Sender">
    <w:name w:val="Sender" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="240" /><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="{hc}" /></w:pBdr></w:pPr>
    <w:rPr><w:color w:val="555555" /><w:sz w:val="16" /><w:szCs w:val="16" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Right">
    <w:name w:val="Right" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:jc w:val="right" /><w:spacing w:before="0" w:after="200" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Centered">
    <w:name w:val="Centered" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:jc w:val="center" /><w:spacing w:before="0" w:after="60" /></w:pPr>
    <w:rPr><w:b /><w:bCs /><w:color w:val="{hc}" /><w:sz w:val="26" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Tight">
    <w:name w:val="Tight" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="0" /></w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Subject">
    <w:name w:val="Subject" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="120" w:after="200" /></w:pPr>
    <w:rPr><w:b /><w:bCs /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Annex">
    <w:name w:val="Annex" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:ind w:left="567" w:right="567" /><w:spacing w:before="60" w:after="120" /></w:pPr>
    <w:rPr><w:sz w:val="19" /><w:szCs w:val="19" /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Footer Note">
    <w:name w:val="Footer Note" /><w:basedOn w:val="Normal" /><w:qFormat />
    <w:pPr><w:spacing w:before="240" w:after="0" /></w:pPr>
    <w:rPr><w:i /><w:color w:val="555555" /><w:sz w:val="16" /></w:rPr>
  </w:style>
'''


def make_reference_docs():
    os.makedirs(BUILD, exist_ok=True)
    base = os.path.join(BUILD, 'pandoc-default-reference.docx')
    with open(base, 'wb') as fh:
        fh.write(subprocess.run(['pandoc', '--print-default-data-file', 'reference.docx'],
                                check=True, capture_output=True).stdout)
    refs = {}
    for name, (font, sz, after, just, hc, mar, borders) in REF_VARIANTS.items():
        zin = zipfile.ZipFile(base)
        out = os.path.join(BUILD, f'ref-{name}.docx')
        zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'word/styles.xml':
                s = data.decode('utf-8')
                s = re.sub(r'(<w:rPrDefault>\s*<w:rPr>\s*)<w:rFonts[^>]*/>',
                           r'\1<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="DejaVu Sans" />' % (font, font, font), s, count=1)
                s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                              f'<w:sz w:val="{sz}" />\n        <w:szCs w:val="{sz}" />', 1)
                s = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^>]*/>',
                           f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="DejaVu Sans" />', s)
                s = s.replace('w:val="4F81BD"', f'w:val="{hc}"').replace('w:val="345A8A"', f'w:val="{hc}"')
                for h, hs in (('Heading2', 26), ('Heading3', 23)):
                    s = re.sub(r'(w:styleId="%s">.*?<w:sz w:val=")\d+(" />\s*<w:szCs w:val=")\d+' % h,
                               r'\g<1>%d\g<2>%d' % (hs, hs), s, count=1, flags=re.S)
                body_ppr = f'<w:spacing w:before="0" w:after="{after}" />' + ('<w:jc w:val="both" />' if just else '')
                s = s.replace('<w:spacing w:before="180" w:after="180" />', body_ppr, 1)
                if borders:
                    s = s.replace('<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblCellMar>',
                                  '<w:tblInd w:w="0" w:type="dxa" /><w:tblBorders>'
                                  '<w:top w:val="single" w:sz="4" w:color="808080" /><w:left w:val="single" w:sz="4" w:color="808080" />'
                                  '<w:bottom w:val="single" w:sz="4" w:color="808080" /><w:right w:val="single" w:sz="4" w:color="808080" />'
                                  '<w:insideH w:val="single" w:sz="4" w:color="808080" /><w:insideV w:val="single" w:sz="4" w:color="808080" />'
                                  '</w:tblBorders>\n      <w:tblCellMar>', 1)
                s = s.replace('</w:styles>', CUSTOM_STYLES.replace('{hc}', hc) + '</w:styles>')
                data = s.encode('utf-8')
            elif item.filename == 'word/document.xml':
                s = data.decode('utf-8')
                s = s.replace('<w:sectPr />',
                              f'<w:sectPr><w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="{mar}" w:right="{mar}" '
                              f'w:bottom="{mar}" w:left="{mar}" w:header="708" w:footer="708" w:gutter="0" /></w:sectPr>')
                data = s.encode('utf-8')
            zout.writestr(item, data)
        zout.close()
        refs[name] = out
    return refs

# ---------------------------------------------------------------- main

def stem_of(fname):
    return os.path.splitext(fname)[0]


def main():
    refs = make_reference_docs()
    for d in (REPLIES, GOLD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    pdf_src = os.path.join(BUILD, 'pdf-src')
    if os.path.isdir(pdf_src):
        shutil.rmtree(pdf_src)
    os.makedirs(pdf_src)
    letters = sorted(f for f in os.listdir(LETTERS) if f.endswith('.txt'))
    only = set(sys.argv[1:])
    entries = []
    pdf_jobs = []
    for lf in letters:
        meta, blocks = parse_letter(os.path.join(LETTERS, lf))
        fname = meta['file']
        stem = stem_of(fname)
        md = to_markdown(blocks)
        md_path = os.path.join(BUILD, lf.replace('.txt', '.md'))
        open(md_path, 'w', encoding='utf-8').write(md)
        ref = refs[meta.get('ref', 'serif')]
        if fname.endswith('.docx'):
            out = os.path.join(REPLIES, fname)
        else:
            out = os.path.join(pdf_src, stem + '.docx')
            pdf_jobs.append(out)
        subprocess.run(['pandoc', '-f', 'markdown-smart', '-t', 'docx', '--reference-doc', ref,
                        '-o', out, md_path], check=True)
        style = meta['style']
        with open(os.path.join(GOLD, stem + '.gold.jsonl'), 'w', encoding='utf-8') as g:
            for b in blocks:
                qs = b['questions']
                g.write(json.dumps({
                    'text': plain(b['text']), 'question': qs[0], 'questions': qs,
                    'topic': b['topic'], 'kind': KINDS[b['kind']], 'marked': b['marked'],
                    'style': style, 'language': b['lang']}, ensure_ascii=False) + '\n')
        langs = []
        for b in blocks:
            if b['lang'] not in langs:
                langs.append(b['lang'])
        m = {'file': fname, 'company': meta['company'], 'listed': meta['listed'] == 'true',
             'style': style, 'languages': langs, 'status': meta['status'], 'notes': meta['notes']}
        with open(os.path.join(GOLD, stem + '.meta.json'), 'w', encoding='utf-8') as g:
            json.dump(m, g, ensure_ascii=False, indent=1)
            g.write('\n')
        entries.append((lf, meta, m))
    if pdf_jobs:
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-indep-dev4', '--headless',
                        '--convert-to', 'pdf', '--outdir', REPLIES] + pdf_jobs,
                       check=True, capture_output=True)
    write_campaign(entries)
    write_index(entries)
    print(f'built {len(entries)} replies ({len(pdf_jobs)} PDF)')


def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_campaign(entries):
    L = ['id: independent-dev4',
         'title: "Independently written replies (dev set 4): MENA surveillance questionnaire"',
         'organisation: Business & Human Rights Resource Centre (BHRRC)',
         'date_sent: 2022-07',
         'replies: replies',
         'questions:']
    for qid, parent, title, topic, text in QUESTIONS:
        L += [f'  - id: {yq(qid) if qid == "3" else qid}', f'    parent: "{parent}"',
              f'    title: {title}', f'    topic: {topic}', f'    text: {yq(text)}']
    L.append('companies:')
    for lf, meta, m in entries:
        if meta['listed'] != 'true':
            continue
        status = 'declined' if meta['style'] == 'refusal' else 'responded'
        L.append(f'  - name: {yq(meta["campaign_name"])}')
        if meta.get('aliases'):
            L.append('    aliases: [' + ', '.join(yq(a.strip()) for a in meta['aliases'].split(';')) + ']')
        L += [f'    country: {meta["country"]}', f'    status: {status}']
    for name, aliases, country in NO_RESPONSE:
        L.append(f'  - name: {yq(name)}')
        L.append('    aliases: [' + ', '.join(yq(a) for a in aliases) + ']')
        L += [f'    country: {country}', '    status: no_response']
    open(os.path.join(DIR, 'campaign.yaml'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')


def write_index(entries):
    L = ['# independent-dev4 – index of replies', '',
         'One line per reply: file | company | listed | style | languages | what it tests.', '',
         '| file | company | listed | style | languages | what it tests |',
         '|---|---|---|---|---|---|']
    for lf, meta, m in entries:
        L.append(f'| {m["file"]} | {m["company"]} | {"yes" if m["listed"] else "no"} | {m["style"]} | '
                 f'{", ".join(m["languages"])} | {m["notes"]} |')
    open(os.path.join(HERE, 'INDEX.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')


if __name__ == '__main__':
    main()
