#!/usr/bin/env python3
"""Write ../README.md; the counts section is the output of stats.py."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
stats = subprocess.run([sys.executable, os.path.join(HERE, "stats.py")], check=True, capture_output=True, text=True).stdout
text = f"""> **Development set** (campaign id `independent-dev14`), written blind by a sixteenth writer from `../BRIEF.md`.

# dev14: independently written replies to the BHRRC MENA surveillance questionnaire

Sixteen invented company replies (8 DOCX, 8 PDF) to the Resource Centre's July 2022 questionnaire on surveillance
technology for migration and border control in the Middle East and North Africa, with paragraph-level gold labels.
All companies, people, addresses and e-mail domains are invented; real countries, laws and organisations appear as
they would in real letters. The writer did not read the tool's code, tests, models, demo data or other sets.

What the set contains:
- 10 prose letters without question markers: 5 English (one in second-language English, one very long with company
  history, one under 200 words answering only three questions), 2 French, 2 German, plus 1 English letter with an
  Arabic (right-to-left) paragraph. Several single paragraphs answer two or three questions; some questions are skipped
  silently; some paragraphs are background; answers rarely follow the questionnaire's order.
- 1 letter under the company's own topical headings (`headings`), 1 with its own 1–5 numbering (`numbered-other`),
  1 Word form/table with abbreviated questions (`table`), 1 with bold restated questions (`restated`).
- 2 refusals: a blanket refusal citing legal proceedings (company status `declined`), and one that answers policy and
  grievance questions but declines everything about customers, deployments and plans.
- 4 responding companies are deliberately left off `campaign.yaml` (Hanseo Vision, Quillfeather Analytics, Gulfbridge
  Secure Solutions, Pellion Systems); 3 invented non-responders are listed as `no_response`.

Labelling conventions used here (my reading of the brief):
- `marked` is true only for restated questions and the answers under them, and for table rows. Prose, the company's own
  topical headings (which do not name questions) and the company's own 1–5 list numbering are treated as unmarked.
- Topical headings (`kind: heading`) carry the question and topic of the section they introduce; a background heading
  ("Who we are") is `general`.
- A paragraph answering several questions lists them all in `questions`; `question` is the one it mainly answers.
- Blanket refusal paragraphs list every question they decline.

## Regenerate
```
python3 sources/build.py       # letters (pandoc + LibreOffice), gold/*.jsonl, gold/*.meta.json, pdftotext checks
python3 sources/make_readme.py # this README (counts from sources/stats.py)
```
Needs python3 (standard library), pandoc, LibreOffice (`soffice`), poppler-utils (`pdftotext`) and the DejaVu fonts.
Sources: `sources/letters/*.py`; shape references and per-reply notes: `sources/INDEX.md`.

## Counts (computed by `sources/stats.py`)
{stats}"""
open(os.path.join(DIR, "README.md"), "w", encoding="utf-8").write(text)
print("README.md written")
