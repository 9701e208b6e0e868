#!/usr/bin/env bash
# Graph write benchmark: what storing a document costs, without annotation.
#
#   bench/writes.sh [DOCS]              (default: 200 articles)
#   bench/writes.sh [DOCS] statements   the same, then the Cypher statements by time spent on the last quarter
#   bench/writes.sh DOCS batch [COPIES] [WRITERS]
#                                       DOCS articles, each COPIES times (default 4) under new ids, written
#                                       one transaction per document, then as one batch in stages by
#                                       WRITERS writers at once (default 2), as kg ingest --spark writes,
#                                       then one per document again (the JVM warm); the times, each
#                                       stage's, and whether the three graphs are equal
#
# Takes the first DOCS articles of ../shared/data/bbc-news-2095/bbc.jsonl (override with BENCH_CORPUS).
# Extractions are cached once, as JSON, in BENCH_CACHE (default /tmp/kg-bench-writes/extracted.jsonl);
# a run annotates only what the cache lacks. Then it writes them into a fresh embedded Neo4j with
# GraphWriter, one document per transaction as `kg ingest` does, and prints wall and
# CPU time (the whole process, Neo4j included) per document for each quarter of the corpus (the later
# quarters show how the cost grows with the graph), then for writing them all again unchanged.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
source "$home/bench/common.sh"
corpus="${BENCH_CORPUS:-$home/../shared/data/bbc-news-2095/bbc.jsonl}"
docs="${1:-200}"
cache="${BENCH_CACHE:-/tmp/kg-bench-writes/extracted.jsonl}"

require_corpus "$corpus"
mkdir -p "$(dirname "$cache")"

classpath="$(kg_classpath)"
bench="$home/bench/WriteCost.java"

cached=$( [ -f "$cache" ] && wc -l < "$cache" || echo 0 )
if [ "$cached" -lt "$docs" ]; then
  java -Xmx"${KG_HEAP:-6g}" -XX:+UseParallelGC -cp "$classpath" "$bench" annotate "$corpus" "$cache" "$docs" "$(nproc)"
fi
if [ "${2:-measure}" = batch ]; then
  # DOCS originals, each written COPIES times under new ids, by WRITERS writers at once.
  java -Xmx2g -XX:+UseParallelGC -cp "$classpath" "$bench" batch "$cache" "$docs" "$(( docs * ${3:-4} ))" "${4:-2}"
else
  java -Xmx2g -XX:+UseParallelGC -cp "$classpath" "$bench" "${2:-measure}" "$cache" "$docs"
fi
