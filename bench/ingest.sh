#!/usr/bin/env bash
# Ingest benchmark: kg end to end against CoreNLP's own command line on the same text, in one run.
#
#   bench/ingest.sh [DOCS] [THREADS]      (defaults: 120 documents, one thread per core)
#
# Takes the first DOCS articles of ../shared/data/bbc-news-2095/bbc.jsonl (override with BENCH_CORPUS),
# ingests them with `kg ingest` into a fresh embedded store, then annotates the same texts with
# edu.stanford.nlp.pipeline.StanfordCoreNLP using kg's annotator list, models and rules with CoreNLP's
# default work limits (`kg corenlp-properties --reference`) and kg's thread count.
# Prints words/s for both, their ratio, kg's split between NLP and graph writes, peak memory (RSS),
# and how many documents the CLI wrote annotations for.
# Both JVMs get the JVM flags kg's launcher uses (`kg --jvm-flags`: heap, collector, tuning), so the
# ratio is kg's own cost; kg also maps its class-data-sharing archive, which the CLI has none of.
# Both runs include JVM start and model loading (~40 s), so larger DOCS give steadier figures.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
source "$home/bench/common.sh"
corpus="${BENCH_CORPUS:-$home/../shared/data/bbc-news-2095/bbc.jsonl}"
docs="${1:-120}"
threads="${2:-$(nproc)}"
heap="${KG_HEAP:-4g}"

require_corpus "$corpus"

work="$(mktemp -d -t kg-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
head -n "$docs" "$corpus" > "$work/subset.jsonl"

classpath="$(kg_classpath)"   # the build, if any, stays outside the timed runs
# So does the launcher's class-data-sharing archive, which a first ingest would otherwise write at its
# exit: kg's own work, kept under target/cds, so the CLI runs without one (see README, Benchmarks).
"$home/kg" --cds-archive > /dev/null

# The same texts for CoreNLP, one file each, as kg annotates them (title line, blank line, body).
mkdir -p "$work/texts" "$work/corenlp-out"
python3 - "$work/subset.jsonl" "$work/texts" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[2])
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    doc = json.loads(line)
    text = (doc.get("title", "") + "\n\n" + doc["text"]).strip()
    (out / f"{i:05d}.txt").write_text(text, encoding="utf-8")
PY
ls "$work"/texts/*.txt > "$work/filelist"
words=$(cat "$work"/texts/*.txt | wc -w)
# The reference: kg's annotators, models and rules, each doing CoreNLP's default amount of work.
"$home/kg" corenlp-properties --reference > "$work/corenlp.properties"

now() { date +%s.%N; }
peak_rss_mb() { awk '/Maximum resident set size/ {printf "%.0f", $6 / 1024}' "$1"; }
# User plus system CPU time: steadier than wall time when other work shares the machine.
cpu_seconds() { awk '/(User|System) time \(seconds\)/ {total += $NF} END {printf "%.1f", total}' "$1"; }

echo "bench: $docs documents, $words words, $threads thread(s), heap $heap"

start=$(now)
KG_HEAP="$heap" /usr/bin/time -v -o "$work/kg.time" \
  "$home/kg" ingest "$work/subset.jsonl" --store "$work/store" --threads "$threads" \
  > "$work/kg.out" 2> "$work/kg.err" || { cat "$work/kg.err" >&2; exit 1; }
kg_seconds=$(echo "$(now) - $start" | bc)

start=$(now)
/usr/bin/time -v -o "$work/corenlp.time" \
  java $(KG_HEAP="$heap" "$home/kg" --jvm-flags) -cp "$classpath" edu.stanford.nlp.pipeline.StanfordCoreNLP \
  -props "$work/corenlp.properties" -threads "$threads" -filelist "$work/filelist" \
  -outputFormat json -outputDirectory "$work/corenlp-out" > "$work/corenlp.log" 2>&1 \
  || { tail -20 "$work/corenlp.log" >&2; exit 1; }
corenlp_seconds=$(echo "$(now) - $start" | bc)

grep -E '^(Documents|Graph|Time):' "$work/kg.out" | sed 's/^/kg summary: /'
# Count what the CLI wrote: a document it failed on (its quote attribution is not thread-safe) would
# otherwise go unnoticed, and a ratio against fewer documents would flatter the CLI.
annotated=$(find "$work/corenlp-out" -name '*.json' | wc -l)
echo "CoreNLP CLI wrote $annotated of $(wc -l < "$work/filelist") documents' annotations; $(grep -c 'Exception' "$work/corenlp.log" || true) exception line(s) in its log"
kg_cpu=$(cpu_seconds "$work/kg.time")
corenlp_cpu=$(cpu_seconds "$work/corenlp.time")
printf 'kg ingest:        %7.1f s  %6.0f words/s  CPU %7.1f s  peak RSS %s MB\n' \
  "$kg_seconds" "$(echo "$words / $kg_seconds" | bc -l)" "$kg_cpu" "$(peak_rss_mb "$work/kg.time")"
printf 'CoreNLP CLI:      %7.1f s  %6.0f words/s  CPU %7.1f s  peak RSS %s MB\n' \
  "$corenlp_seconds" "$(echo "$words / $corenlp_seconds" | bc -l)" "$corenlp_cpu" "$(peak_rss_mb "$work/corenlp.time")"
printf 'ratio kg/CoreNLP: %7.2f wall, %.2f CPU (1.00 means ingest costs nothing beyond annotation)\n' \
  "$(echo "$kg_seconds / $corenlp_seconds" | bc -l)" "$(echo "$kg_cpu / $corenlp_cpu" | bc -l)"
