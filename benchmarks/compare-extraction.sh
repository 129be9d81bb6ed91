#!/usr/bin/env bash
# Times `pipeline extract` (Release, one process for the whole folder, OCR off) against the usual command-line tool on the
# same files in one run: pdftotext for PDFs (pages/s), `pandoc -t plain` for Word documents (documents/s); both tools
# run one process per file, as people use them. Prints the rate of each, their ratio, and the CPU time each used.
# Usage: benchmarks/compare-extraction.sh <folder-of-pdfs> [runs]            (needs poppler-utils)
#        benchmarks/compare-extraction.sh --docx [folder-of-docx] [runs]     (needs pandoc; folder "" or none: 48 generated replies)
# Uses hyperfine when installed.
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

echo "publishing pipeline (Release, ReadyToRun)..." >&2
# ReadyToRun: PdfPig's code is precompiled, so a run does not spend its first second in the JIT.
dotnet publish "$root/src/Pipeline.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" -v q -nologo >&2
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

ours="$work/bin/pipeline extract --no-ocr --out $work/ours $work/in"
if command -v hyperfine > /dev/null; then
  hyperfine --runs "$runs" --warmup 1 -N --export-json "$work/times.json" --command-name pipeline "$ours" \
    --command-name "$tool" "bash -c '$theirs'" >&2 || hyperfine --runs "$runs" --warmup 1 --export-json "$work/times.json" \
    --command-name pipeline "$ours" --command-name "$tool" "$theirs" >&2
  read -r t_ours t_theirs c_ours c_theirs < <(python3 -c "import json; r=json.load(open('$work/times.json'))['results']; print(r[0]['median'], r[1]['median'], r[0]['user'] + r[0]['system'], r[1]['user'] + r[1]['system'])")
else
  median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  t_ours=$(for _ in $(seq "$runs"); do s=$(date +%s.%N); bash -c "$ours" > /dev/null 2>&1 || true; echo "$(date +%s.%N) - $s" | bc; done | median)
  t_theirs=$(for _ in $(seq "$runs"); do s=$(date +%s.%N); bash -c "$theirs"; echo "$(date +%s.%N) - $s" | bc; done | median)
  c_ours=0; c_theirs=0
fi

awk -v p="$units" -v n="$count" -v u="$unit" -v f="$format" -v tool="$tool" -v a="$t_ours" -v b="$t_theirs" -v ca="$c_ours" -v cb="$c_theirs" -v cores="$(nproc)" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  printf "%d %s files, %d %s, %d cores, load average %s (median of runs, whole-process wall time)\n", n, f, p, u, cores, load
  printf "pipeline extract : %7.2f s  %7.1f %s/s  (CPU %.2f s)\n", a, p / a, u, ca
  printf "%-17s: %7.2f s  %7.1f %s/s  (CPU %.2f s)\n", tool, b, p / b, u, cb
  printf "ratio pipeline/%s (%s/s): %.2f\n", tool, u, (p / a) / (p / b)
}'
