#!/usr/bin/env python3
"""Build the independent-dev2 replies (DOCX/PDF) and gold files from sources/letters/*.txt.

Source format (one file per reply):
  @file: <output file name, .pdf or .docx>
  @company: ...   @listed: true|false   @style: ...   @languages: en,ar
  @ref: serif|sans|dejavu|dserif|narrow   (reference-doc variant)
  @status: 1a=answered 1b=declined ...   @notes: ...
then blocks separated by blank lines. A block starts with a label line
  [kind topic questions flags...]   flags: m (marked), en/fr/de/ar (language), ol (numbered list)
followed by its text (lines joined with a space; **bold** runs allowed).
Tables: a block "[row]" or "[row header]" followed by one line per cell: "{kind topic questions flags} text".
Usage: python3 build.py [stem-filter]
"""
import html, json, os, re, subprocess, sys, zipfile, shutil, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
LETTERS = os.path.join(HERE, 'letters')
OUT = os.path.join(DIR, 'replies')
GOLD = os.path.join(DIR, 'gold')
TMP = tempfile.mkdtemp(prefix='dev2build-')

TOPICS = {'products_and_clients', 'deployment_scale', 'disclosure_commitment', 'due_diligence',
          'stakeholder_engagement', 'mitigation', 'grievance_mechanism', 'policy_commitment',
          'exit_and_restrictions', 'export_control', 'confidentiality_decline', 'other'}
QIDS = ['1a', '1b', '1c', '2a', '2b', '2c', '2d', '2e', '3']
KINDS = {'letterhead', 'letter', 'heading', 'paragraph', 'question', 'list_item', 'table_header',
         'table_question', 'table_label', 'table_answer', 'annex'}
STATUSES = {'answered', 'partial', 'declined', 'not_addressed'}
LANGS = {'en', 'fr', 'de', 'ar'}

REFS = {  # name: (font, half-points, justify, letterhead alignment)
    'serif': ('Liberation Serif', 23, True, 'right'),
    'sans': ('Liberation Sans', 20, False, 'left'),
    'dejavu': ('DejaVu Sans', 19, True, 'center'),
    'dserif': ('DejaVu Serif', 20, False, 'right'),
    'narrow': ('Liberation Sans Narrow', 23, True, 'left'),
}


def make_ref(name):
    font, size, justify, lh_align = REFS[name]
    path = os.path.join(TMP, 'ref-%s.docx' % name)
    if os.path.exists(path):
        return path
    base = os.path.join(TMP, 'ref-base.docx')
    if not os.path.exists(base):
        with open(base, 'wb') as f:
            f.write(subprocess.run(['pandoc', '--print-default-data-file', 'reference.docx'],
                                   check=True, capture_output=True).stdout)
    zin = zipfile.ZipFile(base)
    zout = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/styles.xml':
            s = data.decode('utf-8')
            s = re.sub(r'<w:rFonts w:asciiTheme="minorHAnsi"[^>]*/>',
                       '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="DejaVu Sans" w:eastAsia="%s" />' % (font, font, font), s, count=1)
            s = s.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                          '<w:sz w:val="%d" />\n        <w:szCs w:val="%d" />' % (size, size), 1)
            s = re.sub(r'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"',
                       'w:ascii="%s" w:hAnsi="%s" w:cs="DejaVu Sans"' % (font, font), s)
            if justify:
                s = s.replace('<w:spacing w:before="180" w:after="180" />',
                              '<w:spacing w:before="120" w:after="120" />\n      <w:jc w:val="both" />', 1)
            extra = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead"><w:name w:val="Letterhead" />'
                     '<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr><w:spacing w:after="360" /><w:jc w:val="%s" /></w:pPr>'
                     '<w:rPr><w:color w:val="44546A" /><w:sz w:val="%d" /><w:szCs w:val="%d" /></w:rPr></w:style>'
                     '<w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterLine"><w:name w:val="LetterLine" />'
                     '<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr><w:spacing w:before="0" w:after="60" /></w:pPr></w:style>'
                     '<w:style w:type="paragraph" w:customStyle="1" w:styleId="AnnexText"><w:name w:val="AnnexText" />'
                     '<w:basedOn w:val="BodyText" /><w:qFormat /><w:pPr><w:ind w:left="567" /></w:pPr>'
                     '<w:rPr><w:sz w:val="%d" /><w:szCs w:val="%d" /></w:rPr></w:style>'
                     % (lh_align, size - 3, size - 3, size - 2, size - 2))
            s = s.replace('</w:styles>', extra + '</w:styles>')
            data = s.encode('utf-8')
        zout.writestr(item, data)
    zout.close()
    return path


LABEL = re.compile(r'^\[([^\]]*)\]\s*$')
CELL = re.compile(r'^\{([^}]*)\}\s*(.*)$')


def parse_label(s, default_lang, where):
    toks = s.split()
    kind = toks[0]
    assert kind in KINDS, (where, kind)
    rest = toks[1:]
    flags = {t for t in rest if t in LANGS or t in ('m', 'ol')}
    rest = [t for t in rest if t not in flags]
    if kind in ('letter', 'letterhead'):
        topic, qs = 'other', ['general']
    else:
        topic = rest[0] if rest else 'other'
        qs = rest[1].split(',') if len(rest) > 1 else ['general']
    assert topic in TOPICS, (where, topic)
    for q in qs:
        assert q in QIDS or q == 'general', (where, q)
    lang = [t for t in flags if t in LANGS]
    lang = lang[0] if lang else default_lang
    return dict(kind=kind, topic=topic, questions=qs, marked='m' in flags, lang=lang, ol='ol' in flags)


def plain(t):
    return t.replace('**', '')


def inline_html(t):
    parts = t.split('**')
    out = []
    for i, p in enumerate(parts):
        e = html.escape(p, quote=False)
        out.append('<strong>%s</strong>' % e if i % 2 else e)
    return ''.join(out)


def parse(path):
    meta, blocks = {}, []
    raw = open(path, encoding='utf-8').read()
    chunks = re.split(r'\n\s*\n', raw.strip('\n'))
    for ch in chunks:
        lines = [l.rstrip() for l in ch.split('\n') if l.strip() and not l.startswith('#')]
        if not lines:
            continue
        if lines[0].startswith('@'):
            for l in lines:
                k, v = l[1:].split(':', 1)
                meta[k.strip()] = v.strip()
            continue
        m = LABEL.match(lines[0])
        assert m, (path, lines[0])
        lab = m.group(1).strip()
        if lab.startswith('row'):
            cells = []
            for l in lines[1:]:
                cm = CELL.match(l)
                assert cm, (path, l)
                d = parse_label(cm.group(1), meta['languages'].split(',')[0], path)
                d['text'] = cm.group(2).strip()
                cells.append(d)
            blocks.append(dict(kind='row', header='header' in lab, cells=cells))
        else:
            d = parse_label(lab, meta['languages'].split(',')[0], path)
            d['text'] = ' '.join(l.strip() for l in lines[1:])
            assert d['text'], (path, lab)
            blocks.append(d)
    return meta, blocks


def to_html(blocks):
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if b['kind'] == 'row':
            rows = []
            while i < len(blocks) and blocks[i]['kind'] == 'row':
                rows.append(blocks[i]); i += 1
            t = ['<table>']
            for r in rows:
                tag = 'th' if r['header'] else 'td'
                if r['header']:
                    t.append('<thead>')
                t.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, inline_html(c['text']), tag) for c in r['cells']) + '</tr>')
                if r['header']:
                    t.append('</thead>')
            t.append('</table>')
            out.append('\n'.join(t))
            continue
        if b['kind'] == 'list_item':
            tag = 'ol' if b['ol'] else 'ul'
            items = []
            while i < len(blocks) and blocks[i]['kind'] == 'list_item':
                items.append('<li>%s</li>' % inline_html(blocks[i]['text'])); i += 1
            out.append('<%s>%s</%s>' % (tag, ''.join(items), tag))
            continue
        t = inline_html(b['text'])
        if b['lang'] == 'ar':
            out.append('<div dir="rtl" lang="ar"><p>%s</p></div>' % t)
        elif b['kind'] == 'letterhead':
            out.append('<div data-custom-style="Letterhead"><p>%s</p></div>' % t)
        elif b['kind'] == 'letter':
            out.append('<div data-custom-style="LetterLine"><p>%s</p></div>' % t)
        elif b['kind'] == 'heading':
            out.append('<h3>%s</h3>' % t)
        elif b['kind'] == 'annex':
            out.append('<div data-custom-style="AnnexText"><p>%s</p></div>' % t)
        else:
            out.append('<p>%s</p>' % t)
        i += 1
    return '<html><body>\n' + '\n'.join(out) + '\n</body></html>\n'


def gold_lines(meta, blocks):
    out = []
    for b in blocks:
        items = b['cells'] if b['kind'] == 'row' else [b]
        for c in items:
            out.append(dict(text=plain(c['text']), question=c['questions'][0], questions=c['questions'],
                            topic=c['topic'], kind=c['kind'], marked=c['marked'], style=meta['style'],
                            language=c['lang']))
    return out


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'\s+', '', s)


def docx_paragraphs(path):
    x = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
    paras = []
    for p in re.findall(r'<w:p[ >].*?</w:p>', x, flags=re.S):
        t = ''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', p))
        paras.append(html.unescape(t))
    return paras


def check(path, gl):
    errs = []
    if path.endswith('.pdf'):
        txt = norm(subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout)
        pos = 0
        for g in gl:
            k = txt.find(norm(g['text']), pos)
            if k < 0:
                errs.append('not in PDF (in order): ' + g['text'][:70])
            else:
                pos = k
    else:
        paras = [norm(p) for p in docx_paragraphs(path)]
        pos = 0
        for g in gl:
            n = norm(g['text'])
            try:
                k = paras.index(n, pos)
                pos = k + 1
            except ValueError:
                errs.append('not a DOCX paragraph (in order): ' + g['text'][:70])
    return errs


def build(src):
    meta, blocks = parse(src)
    fname = meta['file']
    stem, ext = os.path.splitext(fname)
    h = os.path.join(TMP, 'x.html')
    open(h, 'w', encoding='utf-8').write(to_html(blocks))
    docx = os.path.join(TMP, stem + '.docx')
    subprocess.run(['pandoc', '-f', 'html', h, '--reference-doc', make_ref(meta.get('ref', 'serif')), '-o', docx], check=True)
    target = os.path.join(OUT, fname)
    if ext == '.docx':
        shutil.copy(docx, target)
    else:
        prof = 'file://' + os.path.join(TMP, 'lo-profile')
        subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf',
                        '--outdir', TMP, docx], check=True, capture_output=True)
        shutil.copy(os.path.join(TMP, stem + '.pdf'), target)
    gl = gold_lines(meta, blocks)
    with open(os.path.join(GOLD, stem + '.gold.jsonl'), 'w', encoding='utf-8') as f:
        for g in gl:
            f.write(json.dumps(g, ensure_ascii=False) + '\n')
    status = {}
    for kv in meta['status'].split():
        k, v = kv.split('=')
        assert k in QIDS and v in STATUSES, (src, kv)
        status[k] = v
    assert list(status) == QIDS, (src, status)
    langs = meta['languages'].split(',')
    used = sorted({g['language'] for g in gl})
    assert set(used) == set(langs), (src, used, langs)
    m = dict(file=fname, company=meta['company'], listed=meta['listed'] == 'true', style=meta['style'],
             languages=langs, status=status, notes=meta['notes'])
    with open(os.path.join(GOLD, stem + '.meta.json'), 'w', encoding='utf-8') as f:
        json.dump(m, f, ensure_ascii=False, indent=1)
        f.write('\n')
    errs = check(target, gl)
    words = sum(len(g['text'].split()) for g in gl)
    body = [g for g in gl if g['kind'] not in ('letter', 'letterhead')]
    long_ = [g['text'][:40] for g in gl if len(g['text'].split()) > 180]
    print('%-55s %3d paras %5d words %s%s' % (fname, len(gl), words, 'OK' if not errs else 'ERRORS',
                                              (' long:' + str(long_)) if long_ else ''))
    for e in errs:
        print('   ', e)
    return not errs


if __name__ == '__main__':
    flt = sys.argv[1] if len(sys.argv) > 1 else ''
    ok = True
    for fn in sorted(os.listdir(LETTERS)):
        if fn.endswith('.txt') and flt in fn:
            ok &= build(os.path.join(LETTERS, fn))
    shutil.rmtree(TMP, ignore_errors=True)
    sys.exit(0 if ok else 1)
