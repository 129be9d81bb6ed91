#!/usr/bin/env python3
"""Writes the paragraphs of independently written replies, with their gold topics, as topic-classifier training files:
<out>/<label>.jsonl, one line {"label", "text", "reply", "kind", "language"} per paragraph.

Usage: independent.py OUT CAMPAIGN_DIR [CAMPAIGN_DIR ...]   (e.g. corpus/campaigns/independent/dev)

Restated questions, table headers and labels, and headings are left out (structure, not what a company said), as are
lines of fewer than three words. Never pass the locked campaign: it is scored only when reporting."""
import collections, glob, json, os, sys

SKIPPED = {'question', 'table_question', 'table_header', 'table_label', 'heading'}

def main(out, campaigns):
    if any(os.path.basename(os.path.normpath(c)).startswith('locked') for c in campaigns):
        sys.exit('independent.py: a locked campaign is never training data')
    # A text a locked campaign (locked/, locked2/, …) also holds (two writers may write the same sentence) is never
    # trained on; it is counted, not shown, so that nobody reads the locked sets.
    locked = set()
    for path in glob.glob(os.path.join(os.path.dirname(os.path.normpath(campaigns[0])), 'locked*', 'gold', '*.gold.jsonl')):
        for line in open(path, encoding='utf-8'):
            if line.strip():
                locked.add(' '.join(json.loads(line)['text'].split()))
    skipped = 0
    rows = collections.defaultdict(list)
    for campaign in campaigns:
        for path in sorted(glob.glob(os.path.join(campaign, 'gold', '*.gold.jsonl'))):
            reply = os.path.basename(path)[:-len('.gold.jsonl')]
            for line in open(path, encoding='utf-8'):
                if not line.strip():
                    continue
                g = json.loads(line)
                if g['kind'] in SKIPPED or len(g['text'].split()) < 3:
                    continue
                if ' '.join(g['text'].split()) in locked:
                    skipped += 1
                    continue
                rows[g['topic']].append({'label': g['topic'], 'text': g['text'], 'reply': os.path.basename(os.path.normpath(campaign)) + '/' + reply,
                                         'kind': g['kind'], 'language': g.get('language', '')})
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith('.jsonl'):
            os.remove(os.path.join(out, f))
    for label in sorted(rows):
        with open(os.path.join(out, label + '.jsonl'), 'w', encoding='utf-8') as o:
            for r in rows[label]:
                o.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(out, sum(len(r) for r in rows.values()), 'paragraphs', {k: len(v) for k, v in sorted(rows.items())},
          skipped, 'left out because a locked campaign holds the same text')

if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
