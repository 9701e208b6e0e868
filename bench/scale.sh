#!/usr/bin/env bash
# Does a document cost the same to write into a big graph as into a small one?
#
#   bench/scale.sh [SIZES] [ORIGINALS]     (default: "1000 10000" documents, 200 originals)
#
# Caches extractions of the first ORIGINALS articles of ../shared/data/bbc-news-2095/bbc.jsonl as
# bench/writes.sh does (BENCH_CORPUS, BENCH_CACHE; only what the cache lacks is annotated), then for
# each size writes that many documents, copies of the originals under new ids (so the same entities
# and events recur, as popular ones do in a news stream), into a fresh embedded store, one transaction
# per document as `kg ingest` does, in a JVM of its own. Prints the wall and CPU time (the whole
# process, Neo4j included) per document of the last quarter, the heap after a GC and the RSS of that
# JVM, then each size's cost over the first's: flat is 1.0. BENCH_CLASSES runs another build's
# classes (e.g. a copy of target/classes from before a change) with this script's benchmark.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
source "$home/bench/common.sh"
corpus="${BENCH_CORPUS:-$home/../shared/data/bbc-news-2095/bbc.jsonl}"
sizes="${1:-1000 10000}"
originals="${2:-200}"
cache="${BENCH_CACHE:-/tmp/kg-bench-writes/extracted.jsonl}"

require_corpus "$corpus"
mkdir -p "$(dirname "$cache")"

classpath="$(kg_classpath)"
if [ -n "${BENCH_CLASSES:-}" ]; then
  classpath="$BENCH_CLASSES:${classpath#*:}"
fi
bench="$home/bench/WriteCost.java"

cached=$( [ -f "$cache" ] && wc -l < "$cache" || echo 0 )
if [ "$cached" -lt "$originals" ]; then
  java -Xmx"${KG_HEAP:-6g}" -XX:+UseParallelGC -cp "$classpath" "$bench" annotate "$corpus" "$cache" "$originals" "$(nproc)"
fi

first_wall=""
for docs in $sizes; do
  line=$(java -Xmx2g -XX:+UseParallelGC -cp "$classpath" "$bench" scale "$cache" "$originals" "$docs" | grep "^scale ")
  echo "$line"
  wall=$(sed 's/.* wall=\([0-9.]*\).*/\1/' <<<"$line")
  cpu=$(sed 's/.* cpu=\([0-9.]*\).*/\1/' <<<"$line")
  if [ -z "$first_wall" ]; then
    first_docs=$docs first_wall=$wall first_cpu=$cpu
  fi
  printf '%6d documents: last quarter %7.2f ms/document wall, %7.2f ms/document CPU; ratio to %d: %.2f wall, %.2f CPU\n' \
    "$docs" "$wall" "$cpu" "$first_docs" "$(echo "$wall / $first_wall" | bc -l)" "$(echo "$cpu / $first_cpu" | bc -l)"
done
