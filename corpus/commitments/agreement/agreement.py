#!/usr/bin/env python3
"""How far a second reader agrees with the writers of the development files on statement kinds.

Reads sample.jsonl (the 400 sentences the second reader was given: 80 drawn from each of dev-4 … dev-8 with seed
20261207, shuffled) and second.labels.jsonl (the second reader's labels), looks each id up in the development files
and prints exact agreement, the second reader's micro precision and recall against the writers (scored as
`pipeline eval commitments` scores the model: commitment, claim and refusal are statements, none is not), per kind,
the confusions, and agreement on deadlines and conditions.
"""
import collections
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
FILES = ["dev-4.jsonl", "dev-5.jsonl", "dev-6.jsonl", "dev-7.jsonl", "dev-8.jsonl"]
KINDS = ["commitment", "claim", "refusal"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    writers = {row["id"]: row for name in FILES for row in load(HERE.parent / name)}
    sample = [row["id"] for row in load(HERE / "sample.jsonl")]
    second = {row["id"]: row for row in load(HERE / "second.labels.jsonl")}
    missing = [i for i in sample if i not in second]
    if missing:
        raise SystemExit(f"second.labels.jsonl lacks {len(missing)} sampled ids, e.g. {missing[0]}")

    same = tp = fp = fn = 0
    per_kind = {k: [0, 0, 0] for k in KINDS}
    confusions = collections.Counter()
    for i in sample:
        gold, got = writers[i]["kind"], second[i]["kind"]
        same += gold == got
        if gold != got:
            confusions[(gold, got)] += 1
        for k in KINDS:
            if got == k and gold == k:
                per_kind[k][0] += 1
            elif got == k:
                per_kind[k][1] += 1
            elif gold == k:
                per_kind[k][2] += 1
        if got in KINDS and got == gold:
            tp += 1
        else:
            fp += got in KINDS
            fn += gold in KINDS

    n = len(sample)
    print(f"sentences: {n}; the same kind: {same} ({same / n:.3f})")
    print(f"second reader against the writers: micro precision {tp / (tp + fp):.3f}, recall {tp / (tp + fn):.3f}")
    for k, (hit, extra, miss) in per_kind.items():
        print(f"  {k:<10} precision {hit / (hit + extra):.3f}  recall {hit / (hit + miss):.3f}  ({hit + miss} by the writers)")
    print("differences (writers → second reader): " + ", ".join(f"{a}→{b} {c}" for (a, b), c in confusions.most_common()))

    both = [i for i in sample if writers[i].get("deadline_text") and second[i].get("deadline_text")]
    same_span = sum(writers[i]["deadline_text"] == second[i]["deadline_text"] for i in both)
    writer_only = sum(1 for i in sample if writers[i].get("deadline_text") and not second[i].get("deadline_text"))
    second_only = sum(1 for i in sample if second[i].get("deadline_text") and not writers[i].get("deadline_text"))
    print(f"deadlines: both {len(both)} (same words {same_span}), writers only {writer_only}, second reader only {second_only}")
    conditions = sum(bool(writers[i].get("condition")) == bool(second[i].get("condition")) for i in sample)
    print(f"conditions: present or absent alike in {conditions} of {n}")


if __name__ == "__main__":
    main()
