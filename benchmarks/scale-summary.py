#!/usr/bin/env python3
"""Summarises benchmarks/scale.sh's results.tsv: per step, time and peak RSS at each size, the growth factor between
consecutive sizes (target <= 11x per 10x replies), p50/p99 of search and web, and the issue's targets met or not."""
import re
import sys
from pathlib import Path

work = Path(sys.argv[1])
rows = [line.rstrip("\n").split("\t") for line in (work / "results.tsv").read_text().splitlines() if line]
sizes = sorted({int(r[0]) for r in rows})
steps = ["ingest", "rerun", "search", "compare", "report", "web", "serve"]
table = {(int(r[0]), r[1]): r for r in rows}


def latency(size, step):
    out = work / str(size) / f"{step}.out"
    match = re.search(r"p50 ([\d.]+) ms, p99 ([\d.]+) ms", out.read_text()) if out.exists() else None
    return (float(match.group(1)), float(match.group(2))) if match else None


print("step     " + "".join(f"{s:>22}" for s in sizes) + "   growth (time, memory)")
for step in steps:
    cells, growth = [], []
    prev = None
    for size in sizes:
        r = table.get((size, step))
        if r is None:
            cells.append(f"{'-':>22}")
            prev = None
            continue
        seconds = None if r[2] == "-" else float(r[2])
        mb = int(r[3])
        cells.append(f"{(f'{seconds:.1f} s' if seconds is not None else ''):>12} {mb:>6} MB")
        if prev is not None:
            ratio = size / prev[0]
            t = f"{seconds / prev[1]:.1f}x" if seconds and prev[1] else "-"
            growth.append(f"{t}/{mb / prev[2]:.1f}x per {ratio:.0f}x")
        prev = (size, seconds, mb)
    print(f"{step:<9}" + "".join(cells) + "   " + ", ".join(growth))

print()
for size in sizes:
    notes = []
    ingest, rerun = table.get((size, "ingest")), table.get((size, "rerun"))
    if ingest and rerun:
        share = float(rerun[2]) / float(ingest[2]) * 100
        notes.append(f"re-run {share:.1f} % of ingest (target <= 5 %: {'met' if share <= 5 else 'NOT met'})")
    for step, target in (("search", 150), ("web", 200)):
        lat = latency(size, step)
        if lat:
            notes.append(f"{step} p50 {lat[0]:.1f} ms p99 {lat[1]:.1f} ms (target p99 < {target} ms: {'met' if lat[1] < target else 'NOT met'})")
    for step in ("compare", "report"):
        r = table.get((size, step))
        if r:
            notes.append(f"{step} peak {r[3]} MB (target < 400 MB at 100,000: {'met' if int(r[3]) < 400 else 'NOT met'})")
    print(f"{size}: " + "; ".join(notes))
