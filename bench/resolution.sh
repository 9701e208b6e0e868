#!/usr/bin/env bash
# Resolution benchmark: how resolution across documents scales and how many duplicate nodes remain.
#
#   bench/resolution.sh [DOCS]      (default: 1000 articles)
#
# Takes the first DOCS articles of ../shared/data/wikinews/politics.jsonl (override with BENCH_CORPUS).
# CoreNLP is slow on a shared CPU (~100-400 words/s), so annotations are cached once, as JSON, in
# BENCH_CACHE (default /tmp/kg-bench-resolution/annotated.jsonl); a run annotates only what the cache
# lacks, and can be stopped and resumed. BENCH_SKIP_ANNOTATION=1 measures whatever is cached so far.
# Then, without CoreNLP or a graph, it extracts entities, resolves DOCS/2 and DOCS articles exactly as
# GraphWriter does (decide, count names, re-decide documents whose names changed decision) and prints
# the time of each and their ratio, followed by the name-variant families that still have more than
# one node, without and with resolution (see families() in bench/ResolutionScale.java for the rules).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
source "$home/bench/common.sh"
corpus="${BENCH_CORPUS:-$home/../shared/data/wikinews/politics.jsonl}"
docs="${1:-1000}"
cache="${BENCH_CACHE:-/tmp/kg-bench-resolution/annotated.jsonl}"
heap="${KG_HEAP:-4g}"

require_corpus "$corpus"
mkdir -p "$(dirname "$cache")"

classpath="$(kg_classpath)"
bench="$home/bench/ResolutionScale.java"

if [ "${BENCH_SKIP_ANNOTATION:-0}" != 1 ]; then
  java -Xmx"$heap" -XX:+UseParallelGC -cp "$classpath" "$bench" annotate "$corpus" "$cache" "$docs"
fi
java -Xms"$heap" -Xmx"$heap" -XX:+UseParallelGC -cp "$classpath" "$bench" measure "$cache" "$docs"
