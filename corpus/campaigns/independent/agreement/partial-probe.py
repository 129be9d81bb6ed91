#!/usr/bin/env python3
"""Can a model learnt from the answers tell the partial ones from the answered? A probe, not part of Pipeline.

Usage (scikit-learn needed: the Debian package python3-sklearn):
    python3 corpus/campaigns/independent/agreement/partial-probe.py PIPELINE

PIPELINE is a built `pipeline` executable. For each development campaign `dev/` … `dev10/` it runs
`pipeline eval status --json` (the misses give Pipeline's status wherever it differs from the gold) and
`pipeline segment --json` (the text of the segments attributed to each question). Among the cells Pipeline calls
answered, a logistic regression learns which the writers call partial, each campaign scored by a model trained on the
other nine, from (a) general features of the answer (length, segments, questions shared, prose or not, figures, vague
words, the question), (b) tf-idf words of the answer, (c) both. For each threshold it prints how many cells it would
turn to partial and how many of those the writers call partial: a flip gains only where more than half are.
"""
import json
import math
import os
import pathlib
import re
import subprocess
import sys

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = pathlib.Path(__file__).resolve().parent.parent
SETS = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10"]
QUESTIONS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
VAGUE = re.compile(r"\b(general(ly)?|where appropriate|as appropriate|robust|committed|processes|procedures)\b", re.I)


def normal(status):
    return status.replace("_", "").lower()


def run_json(args):
    out = subprocess.run(args, capture_output=True, text=True, check=False).stdout
    return json.loads(out)


def cells(pipeline):
    found = []
    for name in SETS:
        campaign = ROOT / name / "campaign.yaml"
        status = run_json([pipeline, "eval", "status", "--campaign", str(campaign), "--json"])
        misses = {(m["file"], m["question"]): normal(m["actual"]) for m in status["status"]["misses"]}
        replies = run_json([pipeline, "segment", "--campaign", str(campaign), str(ROOT / name / "replies"), "--json"])
        for reply in replies:
            file = os.path.basename(reply["source"])
            meta = ROOT / name / "gold" / (os.path.splitext(file)[0] + ".meta.json")
            if not meta.exists():
                continue
            gold = json.loads(meta.read_text(encoding="utf-8"))
            segments = reply.get("segments") or []
            for q in QUESTIONS:
                if q not in gold["status"]:
                    continue
                expected = normal(gold["status"][q])
                mine = [s for s in segments if q in (s.get("questions") or [])]
                found.append({
                    "set": name, "q": q, "gold": expected, "pipeline": misses.get((file, q), expected),
                    "text": " ".join(s["text"] for s in mine), "segments": len(mine),
                    "shared": [len(s["questions"]) for s in mine], "methods": [s.get("method") for s in mine],
                    "prose": gold.get("style") == "prose",
                })
    return found


def general_features(cell):
    text, shared = cell["text"], cell["shared"]
    features = [
        math.log1p(len(text.split())), cell["segments"], np.mean(shared) if shared else 0, max(shared, default=0),
        sum(m not in ("marker", "restated", "table", "heading") for m in cell["methods"]), cell["prose"],
        bool(re.search(r"\d", text)), bool(VAGUE.search(text)),
    ]
    return features + [cell["q"] == q for q in QUESTIONS]


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    answered = [c for c in cells(sys.argv[1]) if c["pipeline"] == "answered"]
    partial = np.array([c["gold"] == "partial" for c in answered])
    print(f"cells Pipeline calls answered: {len(answered)}, of them partial by the writers: {partial.sum()}")
    general = np.array([general_features(c) for c in answered], dtype=float)
    documents = [c["q"] + " " + c["text"] for c in answered]
    sets = np.array([c["set"] for c in answered])
    for mode in ("general", "words", "both"):
        probability = np.zeros(len(answered))
        for name in SETS:
            train, test = sets != name, sets == name
            parts_train, parts_test = [], []
            if mode in ("general", "both"):
                mean, spread = general[train].mean(0), general[train].std(0) + 1e-9
                parts_train.append(csr_matrix((general[train] - mean) / spread))
                parts_test.append(csr_matrix((general[test] - mean) / spread))
            if mode in ("words", "both"):
                words = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True)
                parts_train.append(words.fit_transform([documents[i] for i in np.where(train)[0]]))
                parts_test.append(words.transform([documents[i] for i in np.where(test)[0]]))
            model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
            model.fit(hstack(parts_train).tocsr(), partial[train])
            probability[test] = model.predict_proba(hstack(parts_test).tocsr())[:, 1]
        for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
            flagged = probability > threshold
            right, wrong = int((flagged & partial).sum()), int((flagged & ~partial).sum())
            print(f"{mode:<8} above {threshold}: turned to partial {flagged.sum():>4}, partial by the writers {right:>3},"
                  f" not {wrong:>3}, net {right - wrong:+d}")


if __name__ == "__main__":
    main()
