#!/usr/bin/env bash
# Assembles the mixed PDF benchmark folder (>= 1,000 pages) that benchmarks/compare-extraction.sh and
# benchmarks/check-identical-text.sh are run on, without committing third-party documents: the 20 real-world PDFs with a
# text layer from ../shared/real-docs/pdf (reports, manuals, forms, papers, two-column and rotated pages; 556 pages) are
# copied, and 100 reply letters (plain, two-column, question|answer table, letterhead; 455 pages) are generated with
# benchmarks/data/make-letters.py (needs soffice). Every file is checked against benchmarks/mixed-folder.tsv (SHA-256 and
# page count): a real-docs file must match exactly; a generated letter must have its page count (its bytes match too with
# the LibreOffice version the manifest was made with, 7.4.7.2, else a note is printed).
# Usage: benchmarks/make-mixed-folder.sh <folder> [real-docs-pdf-folder]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: $0 <folder> [real-docs-pdf-folder]}
docs=${2:-$root/../shared/real-docs/pdf}
[ -d "$docs" ] || docs=/work/shared/real-docs/pdf
manifest="$root/benchmarks/mixed-folder.tsv"
mkdir -p "$out"

# The letters are set in Liberation Serif; without it LibreOffice substitutes DejaVu Serif, whose wider letters give
# 107 more pages (1,120 instead of 1,013) and a folder the manifest rejects. Install it where it is missing.
if ! fc-list 2> /dev/null | grep -q "Liberation Serif"; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "installing fonts-liberation (the letters' font)" >&2
  $SUDO apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-liberation >&2
fi

awk -F'\t' 'NR > 1 && $4 == "real-docs" {print $1}' "$manifest" | while read -r name; do
  cp "$docs/$name" "$out/$name"
done
letters=$(awk -F'\t' 'NR > 1 && $4 == "make-letters" {n++} END {print n}' "$manifest")
python3 "$root/benchmarks/data/make-letters.py" "$letters" "$out" 2> /dev/null

status=0
pages=0
drift=0
while IFS=$'\t' read -r name sha count source; do
  [ "$name" = file ] && continue
  if [ ! -f "$out/$name" ]; then
    echo "missing: $name" >&2; status=1; continue
  fi
  actual=$(pdfinfo "$out/$name" 2> /dev/null | awk '/^Pages:/{print $2}')
  if [ "$actual" != "$count" ]; then
    echo "page count differs: $name has $actual, the manifest says $count" >&2; status=1
  fi
  pages=$((pages + ${actual:-0}))
  if [ "$(sha256sum "$out/$name" | cut -d' ' -f1)" != "$sha" ]; then
    if [ "$source" = real-docs ]; then
      echo "hash differs: $name is not the file the manifest names" >&2; status=1
    else
      drift=$((drift + 1))
    fi
  fi
done < "$manifest"
[ "$drift" -eq 0 ] || echo "note: $drift generated letters differ in bytes from the manifest (another LibreOffice version?); page counts match" >&2
echo "$(find "$out" -maxdepth 1 -name '*.pdf' | wc -l) files, $pages pages in $out" >&2
exit $status
