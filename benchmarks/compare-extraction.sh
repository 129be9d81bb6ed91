#!/usr/bin/env bash
# Times `pipeline extract` (Release, one process for the whole folder, OCR off) against the usual command-line tool on the
# same files in one run: pdftotext for PDFs (pages/s), `pandoc -t plain` for Word documents (documents/s); both tools
# run one process per file, as people use them. Prints the rate of each, their ratio, and the CPU time each used.
# Usage: benchmarks/compare-extraction.sh <folder-of-pdfs> [runs]            (needs poppler-utils)
#        benchmarks/compare-extraction.sh --docx [folder-of-docx] [runs]     (needs pandoc; folder "" or none: 48 generated replies)
# Timing: benchmarks/ab-runs.py (interleaved runs, medians, CPU time and peak memory, load average before and after).
set -euo pipefail
format=pdf
if [ "${1:-}" = "--docx" ]; then
  format=docx
  shift
fi
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$format" = pdf ]; then
  folder=${1:?usage: $0 [--docx] <folder> [runs]}
else
  folder=${1:-}
fi
runs=${2:-5}

echo "publishing pipeline (tools/publish.sh: Release, ReadyToRun, as tools/install.sh installs it)..." >&2
# ReadyToRun: PdfPig's code is precompiled, so a run does not spend its first second in the JIT.
"$root/tools/publish.sh" "$work/bin" >&2
mkdir -p "$work/in"

if [ "$format" = pdf ]; then
  # The same file list for both tools: PDFs that poppler can open (a broken file would time nothing useful).
  mapfile -t files < <(find "$folder" -maxdepth 1 -name '*.pdf' -print | sort)
  units=0
  for f in "${files[@]}"; do
    n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}') || true
    if [ -n "${n:-}" ] && [ "$n" -gt 0 ]; then
      units=$((units + n))
      ln -s "$(readlink -f "$f")" "$work/in/$(basename "$f")"
    fi
  done
  count=$(find "$work/in" -name '*.pdf' | wc -l)
  unit=pages
  tool=pdftotext
  theirs="for f in $work/in/*.pdf; do pdftotext -q \"\$f\" - > /dev/null; done"
else
  if [ -z "$folder" ]; then
    folder="$work/generated"
    echo "generating 48 Word replies..." >&2
    dotnet run -c Release --project "$root/benchmarks/Pipeline.Benchmarks" -- generate-docx "$folder" 48 >&2
  fi

  # The same file list for both tools: .docx files that pandoc converts and pipeline extracts (refused files time nothing
  # useful). pandoc is checked with a time and memory bound: on some damaged files it grows without limit.
  mkdir -p "$work/candidates"
  for f in "$folder"/*.docx; do
    [ -e "$f" ] && (ulimit -v 4000000; timeout 60 pandoc -t plain "$f" > /dev/null 2>&1) && ln -s "$(readlink -f "$f")" "$work/candidates/$(basename "$f")"
  done
  "$work/bin/pipeline" extract --no-ocr --out "$work/check" "$work/candidates" > /dev/null 2>&1 || true
  for f in "$work/candidates"/*; do
    name=$(basename "$f")
    [ -e "$work/check/${name%.*}.txt" ] && ln -s "$(readlink -f "$f")" "$work/in/$name"
  done
  count=$(find "$work/in" -type l | wc -l)
  units=$count
  unit=documents
  tool=pandoc
  theirs="for f in $work/in/*; do pandoc -t plain \"\$f\" > /dev/null 2> /dev/null; done"
fi
[ "$count" -gt 0 ] || { echo "no readable $format files in $folder" >&2; exit 1; }

ours="$work/bin/pipeline extract --no-ocr --out {out} $work/in"
# The target is stated at a background load under 1: publishing just loaded the machine, so wait (up to 10 minutes) for
# the 1-minute load average to fall under 1 before timing; the load before the first run is printed either way.
for _ in $(seq 120); do
  awk '{ exit !($1 < 1.0) }' /proc/loadavg && break
  sleep 5
done
# Interleaved runs (pipeline, then the tool, then pipeline again ...), so load from other work on a shared machine hits
# both alike; medians of wall time and of CPU time (user + system, child processes included), and peak memory.
python3 "$root/benchmarks/ab-runs.py" --json "$work/times.json" "$runs" "pipeline=$ours" "$tool=$theirs" >&2
read -r t_ours t_theirs c_ours c_theirs m_ours m_theirs < <(python3 -c "import json; c=json.load(open('$work/times.json'))['commands']; print(c[0]['wall'], c[1]['wall'], c[0]['cpu'], c[1]['cpu'], c[0]['peakMiB'], c[1]['peakMiB'])")

awk -v p="$units" -v n="$count" -v u="$unit" -v f="$format" -v tool="$tool" -v a="$t_ours" -v b="$t_theirs" -v ca="$c_ours" -v cb="$c_theirs" -v ma="$m_ours" -v mb="$m_theirs" -v cores="$(nproc)" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  printf "%d %s files, %d %s, %d cores, load average %s at the end (medians of %s interleaved runs, whole-process time)\n", n, f, p, u, cores, load, "'"$runs"'"
  printf "pipeline extract : %7.2f s  %7.1f %s/s  (CPU %.2f s, peak %.0f MiB)\n", a, p / a, u, ca, ma
  printf "%-17s: %7.2f s  %7.1f %s/s  (CPU %.2f s, peak %.0f MiB)\n", tool, b, p / b, u, cb, mb
  printf "ratio pipeline/%s (%s/s): %.2f   CPU ratio: %.2f\n", tool, u, (p / a) / (p / b), ca / cb
}'
