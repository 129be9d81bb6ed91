#!/usr/bin/env python3
"""Write sources/INDEX.md from gold/*.meta.json and sources/letters/*.txt."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); DIR = os.path.dirname(HERE)
rows = []
for fn in sorted(os.listdir(os.path.join(HERE, 'letters'))):
    src = open(os.path.join(HERE, 'letters', fn), encoding='utf-8').read()
    file = re.search(r'^@file: (.*)$', src, re.M).group(1)
    m = json.load(open(os.path.join(DIR, 'gold', os.path.splitext(file)[0] + '.meta.json'), encoding='utf-8'))
    rows.append('| %s | %s | %s | %s | %s | %s | %s | %s |' % (fn, m['file'], m['company'], 'yes' if m['listed'] else '**no**',
                m['style'], ', '.join(m['languages']), os.path.splitext(m['file'])[1][1:].upper(), m['notes']))
out = ['# Sources of independent-dev2', '',
       'Each reply is written as one structured text file in `letters/` (header `@file/@company/@listed/@style/@languages/@ref/@status/@notes`,',
       'then blocks labelled `[kind topic questions flags]`). `build.py` turns every source into HTML, then DOCX with pandoc',
       '(one of five reference-doc variants: fonts Liberation Serif/Sans/Sans Narrow, DejaVu Sans/Serif), then PDF with LibreOffice',
       'for the PDF replies, and writes `gold/<stem>.gold.jsonl` and `gold/<stem>.meta.json` from the same blocks; it then checks every',
       'gold text, in order, against the DOCX paragraphs or the `pdftotext` output (whitespace-insensitive).',
       '`make_campaign.py` writes `campaign.yaml`; `validate.py` cross-checks gold, meta and campaign.yaml; `make_index.py` writes this file.',
       '', 'Regenerate: `python3 sources/make_campaign.py && python3 sources/build.py && python3 sources/validate.py && python3 sources/make_index.py`',
       '', '| source | reply file | company | listed | style | languages | format | what it tests |', '|---|---|---|---|---|---|---|---|'] + rows
open(os.path.join(HERE, 'INDEX.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
