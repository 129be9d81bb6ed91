#!/usr/bin/env bash
# Runs a command and samples what its resident memory is made of, from /proc/PID/status every INTERVAL seconds
# (default 15): RssAnon (the process's own memory: heap, runtime) and RssFile (pages of mapped files: the Lucene index,
# the binaries). Peak RSS from /usr/bin/time counts both; an index Lucene maps counts as it is read or merged.
#   INTERVAL=5 benchmarks/rss-split.sh pipeline ingest DIR --campaign FILE --index DIR --jobs 2
set -euo pipefail
interval=${INTERVAL:-15}
"$@" &
pid=$!
start=$(date +%s)
max_anon=0; max_file=0
while kill -0 "$pid" 2>/dev/null; do
  anon=$(awk '/RssAnon/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || echo 0)
  file=$(awk '/RssFile/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [ "${anon:-0}" -gt "$max_anon" ] && max_anon=$anon
  [ "${file:-0}" -gt "$max_file" ] && max_file=$file
  echo "$(( $(date +%s) - start )) s  RssAnon ${anon:-?} MB  RssFile ${file:-?} MB" >&2
  sleep "$interval"
done
wait "$pid" && rc=0 || rc=$?
echo "max RssAnon $max_anon MB, max RssFile $max_file MB (sampled every $interval s), exit $rc"
exit "$rc"
