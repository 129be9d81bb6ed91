#!/usr/bin/env python3
"""Count replies by format/style/language, gold lines, and status cells per status and per question.
Prints a Markdown block (used in README.md). Standard library only."""
import glob, json, os, collections
DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QIDS = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3"]
metas = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(DIR, "gold", "*.meta.json")))]
fmt = collections.Counter(os.path.splitext(m["file"])[1][1:].upper() for m in metas)
style = collections.Counter(m["style"] for m in metas)
lang = collections.Counter(l for m in metas for l in m["languages"])
main_lang = collections.Counter(m["languages"][0] for m in metas)
listed = collections.Counter("listed" if m["listed"] else "not listed" for m in metas)
lines = 0; kinds = collections.Counter(); line_lang = collections.Counter(); marked = 0; words = {}
for m in metas:
    stem = os.path.splitext(m["file"])[0]
    n = 0
    for ln in open(os.path.join(DIR, "gold", stem + ".gold.jsonl"), encoding="utf-8"):
        g = json.loads(ln); lines += 1; kinds[g["kind"]] += 1; line_lang[g["language"]] += 1
        marked += g["marked"]; n += len(g["text"].split())
    words[m["file"]] = n
per_status = collections.Counter(); per_q = {q: collections.Counter() for q in QIDS}
for m in metas:
    for q in QIDS:
        per_status[m["status"][q]] += 1; per_q[q][m["status"][q]] += 1
S = ["answered", "partial", "declined", "not_addressed"]
out = []
out.append(f"- Replies: {len(metas)} ({', '.join(f'{k} {v}' for k, v in sorted(fmt.items()))}); {', '.join(f'{k} {v}' for k, v in sorted(listed.items()))} in campaign.yaml")
out.append("- By style: " + ", ".join(f"{k} {v}" for k, v in sorted(style.items())))
out.append("- By main language: " + ", ".join(f"{k} {v}" for k, v in sorted(main_lang.items())) +
           "; replies containing each language: " + ", ".join(f"{k} {v}" for k, v in sorted(lang.items())))
out.append(f"- Gold lines: {lines} ({marked} marked); by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) +
           "; by language: " + ", ".join(f"{k} {v}" for k, v in sorted(line_lang.items())))
out.append(f"- Status cells ({len(metas) * 9}): " + ", ".join(f"{s} {per_status[s]}" for s in S))
out.append("")
out.append("| question | " + " | ".join(S) + " |")
out.append("|---|" + "---|" * len(S))
for q in QIDS:
    out.append(f"| {q} | " + " | ".join(str(per_q[q][s]) for s in S) + " |")
out.append("")
out.append("| file | style | words |")
out.append("|---|---|---|")
for m in metas:
    out.append(f"| {m['file']} | {m['style']} | {words[m['file']]} |")
print("\n".join(out))
