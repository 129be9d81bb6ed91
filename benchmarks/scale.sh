#!/usr/bin/env bash
# The scale benchmark (issue 17): for each N, generate N replies (mixed TXT/DOCX/PDF, 9 questions, campaign file beside
# them), then time and take the peak RSS of: first ingest, a re-run that changes nothing, search (p50/p99 over
# benchmarks/data/scale-queries.tsv on a warm reader, facets and filters included), compare (xlsx), report (html), and
# the web app under 8 concurrent clients; finally the growth factor of each step between consecutive sizes.
#
#   benchmarks/scale.sh [N ...]            default 2000 20000 100000; WORK=/tmp/pipeline-scale by default
#   WORK=DIR JOBS=2 benchmarks/scale.sh 2000 20000
#   PIPELINE_BENCHMARK_ENCODER=stand-in benchmarks/scale.sh 2000 20000   # every stage but the sentence model's work
#   REPORT_REUSE=1 benchmarks/scale.sh 2000   # times `pipeline report` with its reuse marks (default: without them)
#   SKIP_WEB=1 benchmarks/scale.sh 2000 20000 # leaves out the web app: its compare page marks reuse, which does not
#                                             # scale on generated replies (benchmarks/README.md, Scale)
#   STEPS="ingest rerun" benchmarks/scale.sh 100000   # only these steps (of: ingest rerun search compare report web)
#   STEPS="search compare" benchmarks/scale.sh 100000 # without ingest, the index left by an earlier run is used
#
# Generated replies are kept in $WORK/<N>/ and reused by the next run (delete the folder to regenerate); the index is
# rebuilt every run. Results are appended to $WORK/results.tsv (size, step, seconds, peak MB, extra) and summarised.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/pipeline-scale}
jobs=${JOBS:-2}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 20000 100000)
mkdir -p "$work"
results="$work/results.tsv"
[ -n "${KEEP_RESULTS:-}" ] || : > "$results"

# BIN=DIR uses a pipeline published there already (e.g. an older commit's, to compare), else this tree's is published.
bin=${BIN:-$work/bin}
if [ -z "${BIN:-}" ]; then
  echo "publishing pipeline (Release, ReadyToRun) and the benchmark tool..." >&2
  "$root/tools/publish.sh" "$bin" >&2
fi
[ -x "$work/bench/Pipeline.ScaleBenchmarks" ] && [ -n "${BIN:-}" ] ||
  dotnet build "$root/benchmarks/Pipeline.ScaleBenchmarks" -c Release -o "$work/bench" -v q -nologo >&2
pipeline="$bin/pipeline"
bench="$work/bench/Pipeline.ScaleBenchmarks"
[ "${REPORT_REUSE:-}" = 1 ] || echo "NOTE: report is timed without its reuse marks (report-without-reuse); REPORT_REUSE=1 times pipeline report itself" >&2
if [ "${PIPELINE_BENCHMARK_ENCODER:-}" = stand-in ]; then
  echo "NOTE: PIPELINE_BENCHMARK_ENCODER=stand-in: sentence vectors are made from word hashes, the model's encoding time is not measured" >&2
fi

load() { cut -d' ' -f1 /proc/loadavg; }

# step NAME: whether STEPS (default: every step) includes it.
steps=" ${STEPS:-ingest rerun search compare report web} "
step() { [[ "$steps" == *" $1 "* ]]; }

# timed SIZE STEP COMMAND...: runs the command, records wall seconds and peak RSS (MB) with the load average.
timed() {
  local size=$1 step=$2; shift 2
  local before; before=$(load)
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" > "$work/$size/$step.out" 2> "$work/$size/$step.err" || {
    local rc=$?
    # exit 2 is "some inputs failed": the rest was processed, the step is still measured (and the failures shown).
    [ "$rc" -eq 2 ] || { echo "$step failed (exit $rc):" >&2; tail -5 "$work/$size/$step.err" >&2; exit "$rc"; }
  }
  read -r seconds kb < <(tail -1 "$work/time.txt")
  local mb=$((kb / 1024))
  printf '%s\t%s\t%s\t%s\tload %s→%s\n' "$size" "$step" "$seconds" "$mb" "$before" "$(load)" >> "$results"
  printf '%7s  %-10s %8.1f s  %6d MB  (load %s → %s)\n' "$size" "$step" "$seconds" "$mb" "$before" "$(load)"
}

for n in "${sizes[@]}"; do
  dir="$work/$n"
  if [ ! -f "$dir/campaign.yaml" ] || [ "$(ls "$dir/replies" | wc -l)" -ne "$n" ]; then
    rm -rf "$dir"
    "$bench" generate-replies "$n" "$dir" >&2
  fi
  echo "== $n replies ($(du -sh "$dir/replies" | cut -f1)), load $(load)"
  if step ingest; then
    rm -rf "$dir/index"
    timed "$n" ingest "$pipeline" ingest "$dir/replies" --campaign "$dir/campaign.yaml" --index "$dir/index" --jobs "$jobs"
  fi
  [ -d "$dir/index" ] || { echo "no index in $dir: run the ingest step first" >&2; exit 3; }
  if step rerun; then
    timed "$n" rerun "$pipeline" ingest "$dir/replies" --campaign "$dir/campaign.yaml" --index "$dir/index" --jobs "$jobs"
    grep -E '^(ingested|Ingested|[0-9]+ (added|unchanged))' "$dir/rerun.out" | head -3 || true
  fi
  if step search; then
    timed "$n" search "$bench" search-latency --index "$dir/index" --rounds 20 --warm-up-rounds 5
    tail -1 "$dir/search.out"
  fi
  step compare && timed "$n" compare "$pipeline" compare --index "$dir/index" --campaign scale --out "$dir/compare.xlsx"
  # The report without its reuse marks unless REPORT_REUSE=1: on generated replies (sentences drawn from one bank) the
  # archive-wide near-duplicate search behind them grows with the square of the copies (> 19 GB at 2,000; README, Scale).
  if ! step report; then
    :
  elif [ "${REPORT_REUSE:-}" = 1 ]; then
    timed "$n" report "$pipeline" report --index "$dir/index" --campaign scale --out "$dir/report.html"
  else
    timed "$n" report "$bench" report-without-reuse --index "$dir/index" --campaign scale --out "$dir/report.html"
  fi

  step web || continue
  if [ "${SKIP_WEB:-}" = 1 ]; then
    echo "        web app not timed (SKIP_WEB=1)"
    continue
  fi

  # The web app: started on a free port, 8 clients, then stopped (only the process this script started).
  "$pipeline" serve --index "$dir/index" --port 0 > "$dir/serve.out" 2> "$dir/serve.err" &
  serve=$!
  url=""
  for _ in $(seq 1 120); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*' "$dir/serve.out" "$dir/serve.err" 2>/dev/null | head -1 | cut -d: -f2-) || true
    [ -n "$url" ] && break
    sleep 0.5
  done
  [ -n "$url" ] || { echo "pipeline serve did not start" >&2; kill "$serve"; exit 3; }
  timed "$n" web "$bench" web-latency --url "$url" --clients 8 --rounds 10
  tail -1 "$dir/web.out"
  web_rss=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$serve/status")
  kill "$serve"; wait "$serve" 2>/dev/null || true
  printf '%s\tserve\t-\t%s\tpeak RSS of pipeline serve\n' "$n" "$web_rss" >> "$results"
  echo "        serve peak RSS $web_rss MB"
done

echo
echo "== summary (seconds, peak MB; growth = this size / previous size)"
python3 "$root/benchmarks/scale-summary.py" "$work"
