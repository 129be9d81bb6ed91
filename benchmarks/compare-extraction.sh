#!/usr/bin/env bash
# Times `pipeline extract` (Release, one process for the whole folder, OCR off) against pdftotext (one process per
# file, as people use it) on the same PDFs in one run, and prints pages/s for each and their ratio.
# Usage: benchmarks/compare-extraction.sh <folder-of-pdfs> [runs]   (needs poppler-utils; uses hyperfine when installed)
set -euo pipefail
folder=${1:?usage: $0 <folder-of-pdfs> [runs]}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same file list for both tools: PDFs that poppler can open (a broken file would time nothing useful).
mapfile -t files < <(find "$folder" -maxdepth 1 -name '*.pdf' -print | sort)
pages=0
mkdir -p "$work/pdfs"
for f in "${files[@]}"; do
  n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}') || true
  if [ -n "${n:-}" ] && [ "$n" -gt 0 ]; then
    pages=$((pages + n))
    ln -s "$(readlink -f "$f")" "$work/pdfs/$(basename "$f")"
  fi
done
count=$(find "$work/pdfs" -name '*.pdf' | wc -l)
[ "$count" -gt 0 ] || { echo "no readable PDFs in $folder" >&2; exit 1; }

echo "publishing pipeline (Release, ReadyToRun)..." >&2
# ReadyToRun: PdfPig's code is precompiled, so a run does not spend its first second in the JIT.
dotnet publish "$root/src/Pipeline.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" -v q -nologo >&2
ours="$work/bin/pipeline extract --no-ocr --out $work/ours $work/pdfs"
theirs="for f in $work/pdfs/*.pdf; do pdftotext -q \"\$f\" - > /dev/null; done"

if command -v hyperfine > /dev/null; then
  hyperfine --runs "$runs" --warmup 1 -N --export-json "$work/times.json" --command-name pipeline "$ours" \
    --command-name pdftotext "bash -c '$theirs'" >&2 || hyperfine --runs "$runs" --warmup 1 --export-json "$work/times.json" \
    --command-name pipeline "$ours" --command-name pdftotext "$theirs" >&2
  read -r t_ours t_theirs c_ours c_theirs < <(python3 -c "import json; r=json.load(open('$work/times.json'))['results']; print(r[0]['median'], r[1]['median'], r[0]['user'] + r[0]['system'], r[1]['user'] + r[1]['system'])")
else
  median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  t_ours=$(for _ in $(seq "$runs"); do s=$(date +%s.%N); bash -c "$ours" > /dev/null 2>&1 || true; echo "$(date +%s.%N) - $s" | bc; done | median)
  t_theirs=$(for _ in $(seq "$runs"); do s=$(date +%s.%N); bash -c "$theirs"; echo "$(date +%s.%N) - $s" | bc; done | median)
  c_ours=0; c_theirs=0
fi

awk -v p="$pages" -v n="$count" -v a="$t_ours" -v b="$t_theirs" -v ca="$c_ours" -v cb="$c_theirs" -v cores="$(nproc)" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  printf "%d PDFs, %d pages, %d cores, load average %s (median of runs, whole-process wall time)\n", n, p, cores, load
  printf "pipeline extract : %7.2f s  %7.1f pages/s  (CPU %.2f s)\n", a, p / a, ca
  printf "pdftotext        : %7.2f s  %7.1f pages/s  (CPU %.2f s)\n", b, p / b, cb
  printf "ratio pipeline/pdftotext (pages/s): %.2f\n", (p / a) / (p / b)
}'
