#!/usr/bin/env python3
"""Runs compare (csv, json, html, xlsx, --by topic html) and report with two published builds of pipeline over one index
and says whether the outputs are identical apart from the time they were generated (and the random relationship ids
the OpenXml SDK gives an XLSX package).

    benchmarks/check-identical-reports.py OLD_BIN NEW_BIN INDEX CAMPAIGN OUT_DIR
"""
import re
import subprocess
import sys
import zipfile
from pathlib import Path

old_bin, new_bin, index, campaign, out = sys.argv[1:6]
outputs = {
    "compare.csv": [], "compare.json": [], "compare.html": [], "compare.xlsx": [],
    "topics.html": ["--by", "topic"], "report.html": None,
}


def run(binary, folder):
    folder.mkdir(parents=True, exist_ok=True)
    for name, extra in outputs.items():
        verb = ["report"] if extra is None else ["compare", *extra]
        subprocess.run([f"{binary}/pipeline", *verb, "--index", index, "--campaign", campaign, "--out", str(folder / name)],
                       check=True, stdout=subprocess.DEVNULL)


def norm(data):
    text = data.decode("utf-8", "replace")
    text = re.sub(r"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", "generated T", text)
    text = re.sub(r'"generatedAt": "[^"]+"', '"generatedAt": T', text)
    text = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "T", text)
    return re.sub(r'(Id|r:id)="R[0-9a-f]+"', r'\1=R', text)


def parts(path):
    if path.suffix != ".xlsx":
        return {"": path.read_bytes()}
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in sorted(z.namelist())}


root = Path(out)
run(old_bin, root / "old")
run(new_bin, root / "new")
same = True
for name in outputs:
    a, b = parts(root / "old" / name), parts(root / "new" / name)
    identical = a.keys() == b.keys() and all(norm(a[k]) == norm(b[k]) for k in a)
    same &= identical
    print(f"{name:14} {'identical apart from the generation time' if identical else 'DIFFERENT'}")
sys.exit(0 if same else 1)
