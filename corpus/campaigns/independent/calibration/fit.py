#!/usr/bin/env python3
"""Fits the attribution calibration table (src/Pipeline.Core/Segments/attribution-calibration.json).

Usage: python3 fit.py PIPELINE [--write] [--sets dev dev2 ...]
       python3 fit.py PIPELINE --keep-first-scoring devN   (a new campaign's ties, before anything is built from it)

PIPELINE is a built `pipeline` executable. For every development campaign it runs
`pipeline eval segmentation --campaign …/campaign.yaml --json --uncalibrated` and keeps each gold paragraph the analysis
tied to a question: its method (marker, restated, table, topic), the confidence the method's rule gave (uncalibrated),
and whether the tie was right (the same questions as the gold). Per method it fits an isotonic step function (pool
adjacent violators), each step's rate pulled toward the rate of all ties by two pseudo-observations so that a
handful of ties never reads as certainty. It prints, for each campaign, the expected calibration error (10 equal bins,
as `pipeline eval` prints it) of the rules' values and of a table fitted on the other campaigns (leave one campaign
out), then the table fitted on all of them; --write writes that table to the shipped file.

New letters: the development campaigns were tuned on, so their ties are right more often than a new letter's. Each file
in first-scorings/ holds the ties of one campaign's first scoring, before anything was built from it; each is read
through a table fitted without its campaign, and the stated and actual rates and the ECE are printed per method.
"""
import glob, json, os, subprocess, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
TABLE = os.path.join(ROOT, 'src', 'Pipeline.Core', 'Segments', 'attribution-calibration.json')
DEFAULT_SETS = ['dev'] + [f'dev{n}' for n in range(2, 13)]
PRIOR = 2.0


def tied(pipeline, name):
    """Every gold paragraph of the campaign that the analysis tied to a question (right or wrong), as `eval --json` gives it."""
    campaign = os.path.join(ROOT, 'corpus', 'campaigns', 'independent', name, 'campaign.yaml')
    run = subprocess.run([pipeline, 'eval', 'segmentation', '--campaign', campaign, '--json', '--uncalibrated'],
                         capture_output=True, text=True, cwd=ROOT)
    if run.returncode not in (0, 2):
        sys.exit(f'{name}: pipeline eval failed ({run.returncode}): {run.stderr.strip()[:500]}')
    return [o for o in json.loads(run.stdout)['attribution']['outcomes'] if o['attributed']]


def outcomes(pipeline, name):
    return [(o['method'], o['confidence'], o['correct']) for o in tied(pipeline, name)]


def keep_first_scoring(pipeline, name):
    """Writes first-scorings/NAME.tsv: the ties of a new campaign's first scoring, before anything is built from it."""
    path = os.path.join(HERE, 'first-scorings', f'{name}.tsv')
    rows = tied(pipeline, name)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('file\tmethod\trule_confidence\texpected\tactual\tright\n')
        for o in rows:
            f.write('\t'.join([o['file'], o['method'], str(o['confidence']), ','.join(o['expected']), ','.join(o['actual']),
                               'true' if o['correct'] else 'false']) + '\n')
    print(f'wrote {os.path.relpath(path, ROOT)}: {len(rows)} ties, {sum(o["correct"] for o in rows)} right')


def fit(ties):
    table = {}
    mean = sum(ok for _, _, ok in ties) / len(ties)
    for method in sorted({m for m, _, _ in ties}):
        points = sorted((c, ok) for m, c, ok in ties if m == method)
        values = defaultdict(lambda: [0.0, 0])  # each value's right ties and ties
        for c, ok in points:
            values[c][0] += ok
            values[c][1] += 1
        blocks = []  # [upper bound, right, count], merged while a block is not above the one before it
        for c in sorted(values):
            blocks.append([c, values[c][0], values[c][1]])
            while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
                upper, right, count = blocks.pop()
                blocks[-1] = [upper, blocks[-1][1] + right, blocks[-1][2] + count]
        table[method] = [{'upTo': round(u, 3), 'confidence': round((r + mean * PRIOR) / (n + PRIOR), 3), 'ties': n}
                         for u, r, n in blocks]
        # Shrinkage can make neighbouring steps equal or, rounded, out of order: keep them rising.
        for a, b in zip(table[method], table[method][1:]):
            b['confidence'] = max(b['confidence'], a['confidence'])
    return table


def apply(table, method, c):
    steps = table.get(method)
    if not steps:
        return c
    for s in steps:
        if c <= s['upTo']:
            return s['confidence']
    return steps[-1]['confidence']


def first_scorings():
    """Ties of each first scoring: {campaign: [(method, rule value, right)]}."""
    found = {}
    for path in sorted(glob.glob(os.path.join(HERE, 'first-scorings', '*.tsv'))):
        with open(path, encoding='utf-8') as f:
            header = f.readline().rstrip('\n').split('\t')
            rows = [dict(zip(header, line.rstrip('\n').split('\t'))) for line in f if line.strip()]
        found[os.path.splitext(os.path.basename(path))[0]] = [
            (r['method'], float(r['rule_confidence']), r['right'] == 'true') for r in rows]
    return found


def new_letters(data, sets):
    """Each first scoring read through a table fitted without its campaign: stated against right, per method."""
    scorings = first_scorings()
    if scorings:
        print(f'{"first":10} {"method":9} {"ties":>5} {"stated":>7} {"right":>6} {"ECE":>6}')
    for name, ties in scorings.items():
        table = fit([t for s in sets if s != name for t in data[s]])
        for method in [None] + sorted({m for m, _, _ in ties}):
            pairs = [(apply(table, m, c), ok) for m, c, ok in ties if method in (None, m)]
            print(f'{name:10} {method or "all":9} {len(pairs):5} {sum(c for c, _ in pairs) / len(pairs):7.3f} '
                  f'{sum(ok for _, ok in pairs) / len(pairs):6.3f} {ece(pairs):6.3f}')


def ece(pairs, bins=10):
    grouped = defaultdict(list)
    for c, ok in pairs:
        grouped[min(int(c * bins), bins - 1)].append((c, ok))
    n = len(pairs)
    return sum(len(v) / n * abs(sum(c for c, _ in v) / len(v) - sum(ok for _, ok in v) / len(v)) for v in grouped.values())


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    pipeline, write = args[0], '--write' in args
    if '--keep-first-scoring' in args:
        keep_first_scoring(pipeline, args[args.index('--keep-first-scoring') + 1])
        return
    sets = args[args.index('--sets') + 1:] if '--sets' in args else DEFAULT_SETS
    data = {s: outcomes(pipeline, s) for s in sets}
    pooled_before, pooled_after = [], []
    print(f'{"campaign":10} {"ties":>5} {"right":>6} {"ECE rules":>10} {"ECE fitted without it":>22}')
    for s in sets:
        others = [t for o in sets if o != s for t in data[o]]
        table = fit(others)
        before = [(c, ok) for _, c, ok in data[s]]
        after = [(apply(table, m, c), ok) for m, c, ok in data[s]]
        pooled_before += before
        pooled_after += after
        print(f'{s:10} {len(before):5} {sum(ok for _, ok in before) / len(before):6.3f} {ece(before):10.3f} {ece(after):22.3f}')
    print(f'{"pooled":10} {len(pooled_before):5} {sum(ok for _, ok in pooled_before) / len(pooled_before):6.3f} {ece(pooled_before):10.3f} {ece(pooled_after):22.3f}')
    new_letters(data, sets)
    table = fit([t for s in sets for t in data[s]])
    for method, steps in table.items():
        print(method + ': ' + ', '.join(f'≤{s["upTo"]}→{s["confidence"]} ({s["ties"]})' for s in steps))
    if write:
        out = {
            'about': 'How often a tie of each method was right on the development campaigns, by the value its rule gives: '
                     'isotonic steps, each rate pulled toward that of all ties by two pseudo-observations. Written by '
                     'corpus/campaigns/independent/calibration/fit.py.',
            'fittedOn': sets,
            'methods': {m: [{'upTo': s['upTo'], 'confidence': s['confidence']} for s in steps] for m, steps in table.items()},
        }
        with open(TABLE, 'w', encoding='utf-8') as f:
            json.dump(out, f, indent=2)
            f.write('\n')
        print(f'wrote {os.path.relpath(TABLE, ROOT)}')


if __name__ == '__main__':
    main()
