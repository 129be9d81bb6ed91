#!/usr/bin/env bash
# Checks that a change to extraction left its output unchanged: publishes `pipeline` from a baseline commit and from the
# working tree, extracts the same folders with both (text, and the JSON with blocks, kinds, pages, boxes and warnings),
# and compares the files: text byte for byte, JSON with its object keys sorted (the metadata map's order varies from run
# to run of the same build). Prints the number of files compared and every difference; exits 1 on any.
# Usage: benchmarks/check-identical-text.sh <baseline-commit> <folder> [folder ...]
#   e.g. benchmarks/make-mixed-folder.sh /tmp/mixed && benchmarks/check-identical-text.sh main /tmp/mixed ../shared/real-docs/pdf
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:?usage: $0 <baseline-commit> <folder> [folder ...]}
shift
[ $# -gt 0 ] || { echo "usage: $0 <baseline-commit> <folder> [folder ...]" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The baseline's files, without adding a worktree to the repository.
mkdir -p "$work/baseline-src"
git -C "$root" archive "$base" | tar -x -C "$work/baseline-src"
publish() { dotnet publish "$1/src/Pipeline.Cli" -c Release -r linux-x64 --self-contained false -o "$2" -v q -nologo > /dev/null; }
echo "publishing the baseline ($(git -C "$root" rev-parse --short "$base")) and the working tree..." >&2
publish "$work/baseline-src" "$work/baseline"
publish "$root" "$work/current"

status=0
files=0
for folder in "$@"; do
  name=$(basename "$folder")
  for build in baseline current; do
    for mode in text json; do
      flag=$([ "$mode" = json ] && echo --json || true)
      # Exit code 2 (some files failed) is expected on folders of damaged files; the failures are compared too (JSON).
      "$work/$build/pipeline" extract --no-ocr $flag --out "$work/out/$build/$name/$mode" "$folder" > /dev/null 2>&1 || [ $? -eq 2 ]
    done
  done
  # The metadata map's key order follows per-process string hashing (it differs between two runs of one build): JSON
  # files are compared with their keys sorted; text files byte for byte.
  python3 -c "
import json, pathlib, sys
for f in pathlib.Path(sys.argv[1]).rglob('*.json'):
    f.write_text(json.dumps(json.loads(f.read_text(encoding='utf-8')), sort_keys=True, ensure_ascii=False, indent=1), encoding='utf-8')
" "$work/out" 
  files=$((files + $(find "$work/out/current/$name" -type f | wc -l)))
  if ! diff -r "$work/out/baseline/$name" "$work/out/current/$name" > "$work/diff.txt"; then
    status=1
    echo "DIFFERENT in $folder:" >&2
    head -50 "$work/diff.txt" >&2
  fi
done
[ "$status" -eq 0 ] && echo "identical: $files output files (text and JSON) in $# folder(s), baseline $base vs working tree" >&2
exit $status
