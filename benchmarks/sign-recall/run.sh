#!/usr/bin/env bash
# Sign-bits recall of search by meaning on real all-MiniLM-L6-v2 vectors (benchmarks/README.md, "Search by meaning at scale").
#   benchmarks/sign-recall/run.sh [WORK]     default WORK=/tmp/sign-recall; needs python3 with numpy (apt-get install python3-numpy)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/sign-recall}
# numpy comes from Debian (python3-numpy), so the system python is preferred to one on the PATH
py=/usr/bin/python3; [ -x "$py" ] || py=python3
"$py" "$root/benchmarks/sign-recall/make-corpus.py" "$work"
count() { wc -l < "$1" | tr -d ' '; }
for name in texts queries; do
  dotnet run -c Release --project "$root/benchmarks/Pipeline.EmbeddingBenchmarks" -- measure --encoder pipeline --rounds 1 \
    --corpus "$work/$name" --splits train --count "$(count "$work/$name/train/all.jsonl")" --vectors "$work/$name.bin" > /dev/null
done
"$py" "$root/benchmarks/sign-recall/recall.py" "$work/texts.bin" "$work/queries.bin"
