#!/usr/bin/env python3
"""Write INDEX.md: one line per reply (file, company, style, languages, listed, what it tests)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import load_letters  # noqa

out = ["# Index of the independent-dev replies", "",
       "Source of each reply: `letters/rNN.py` (blocks, labels, status, layout). Build: `python3 build.py`; "
       "campaign.yaml: `python3 make_campaign.py`; checks: `python3 check.py`.", "",
       "| Source | File | Company | Style | Languages | Listed | What it tests |", "|---|---|---|---|---|---|---|"]
for L in load_letters():
    out.append("| %s | %s | %s | %s | %s | %s | %s |" % (L["id"], L["file"], L["company"], L["style"],
               ", ".join(L.get("languages", [L["lang"]])), "yes" if L["listed"] else "no", L["notes"].replace("|", "/")))
open(os.path.join(HERE, "INDEX.md"), "w").write("\n".join(out) + "\n")
