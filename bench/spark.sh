#!/usr/bin/env bash
# Spark benchmark: `kg ingest --spark` with one and two local cores, at two corpus sizes.
#
#   bench/spark.sh [SMALL] [LARGE]      (defaults: the first 30 and 60 lines)
#
# Takes the first SMALL and LARGE lines of ../shared/data/wikinews/politics.jsonl (override with
# BENCH_CORPUS) and ingests each with --spark 'local[1]' and --spark 'local[2]' into a fresh embedded
# store. Prints, per run, the words annotated, the wall time, the time split into analysis on the
# executors (reading, CoreNLP, extraction: Spark's wall time, model loading included), identity across
# the batch (names summed on the executors, decided on the driver over the graph's, documents mapped
# on the executors, and the check of the written graph against those decisions) and the writes (the
# executors' staged UNWIND transactions, then event grouping and the stored documents resolved again
# on the driver: kg's "graph writes" figure), and words/s; then the speed-up the second core gives to
# analysis and end to end, and the cost ratio of the larger corpus to the smaller.
# Each run starts a JVM, Spark and Neo4j and loads CoreNLP (~40 s); run it under /work/tools/heavy.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
source "$home/bench/common.sh"
corpus="${BENCH_CORPUS:-$home/../shared/data/wikinews/politics.jsonl}"
small="${1:-30}"
large="${2:-60}"

require_corpus "$corpus"
"$home/kg" --version >/dev/null   # the build, if any, stays outside the timed runs

work="$(mktemp -d -t kg-bench-spark-XXXXXX)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }

# run SIZE CORES: one ingest; appends "size cores words wall analysis identity writes" to $work/results
run() {
  local size="$1" cores="$2" out="$work/run-$1-$2"
  head -n "$size" "$corpus" > "$work/subset-$size.jsonl"
  local start end
  start=$(now)
  KG_JAVA_OPTS="${KG_JAVA_OPTS:-} -Dspark.ui.enabled=false -Dspark.ui.showConsoleProgress=false" \
    "$home/kg" ingest --spark "local[$cores]" "$work/subset-$size.jsonl" --store "$work/store-$size-$cores" \
    > "$out.out" 2> "$out.err" || [ $? -eq 1 ] || { cat "$out.err" >&2; exit 1; }
  end=$(now)
  python3 - "$out.out" "$size" "$cores" "$(echo "$end - $start" | bc)" "$work/subset-$size.jsonl" >> "$work/results" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
analysis = float(re.search(r"Analysed \d+ document\(s\) on \d+ core\(s\) in ([\d.]+) s", text).group(1))
identity = float(re.search(r"decided identity for their \d+ name\(s\) in ([\d.]+) s", text).group(1))
identity += float(re.search(r"Checked the batch's identity against the graph in ([\d.]+) s", text).group(1))
writes = float(re.search(r"graph writes ([\d.]+) s", text).group(1))
# Words of the articles' text, counted here: kg prints a rounded rate, too coarse on a slow machine.
words = sum(len(json.loads(line).get("text", "").split()) for line in open(sys.argv[5]) if line.strip())
print(sys.argv[2], sys.argv[3], words, sys.argv[4], analysis, identity, writes)
PY
}

for size in "$small" "$large"; do
  for cores in 1 2; do
    run "$size" "$cores"
  done
done

python3 - "$work/results" "$small" "$large" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    size, cores, words, wall, analysis, identity, writes = line.split()
    rows[(int(size), int(cores))] = (int(words), float(wall), float(analysis), float(writes), float(identity))
small, large = int(sys.argv[2]), int(sys.argv[3])
print(f"{'lines':>5} {'master':>8} {'words':>7} {'wall s':>8} {'analysis s':>10} {'identity s':>10} {'writes s':>8} "
      f"{'words/s':>8} {'analysis words/s':>16}")
for (size, cores), (words, wall, analysis, writes, identity) in sorted(rows.items()):
    print(f"{size:>5} {'local[' + str(cores) + ']':>8} {words:>7} {wall:>8.1f} {analysis:>10.1f} {identity:>10.1f} "
          f"{writes:>8.1f} {words / wall:>8.1f} {words / analysis:>16.1f}")
for size in (small, large):
    one, two = rows[(size, 1)], rows[(size, 2)]
    print(f"speed-up from the second core, {size} lines: analysis {one[2] / two[2]:.2f}, end to end {one[1] / two[1]:.2f}")
for cores in (1, 2):
    s, l = rows[(small, cores)], rows[(large, cores)]
    print(f"cost ratio {large} to {small} lines, local[{cores}]: wall {l[1] / s[1]:.2f}, analysis {l[2] / s[2]:.2f}, "
          f"identity {l[4] / s[4] if s[4] else float('nan'):.2f}, writes {l[3] / s[3]:.2f} (words {l[0] / s[0]:.2f})")
PY
