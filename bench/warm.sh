#!/usr/bin/env bash
# Warm latency: how long `kg serve` takes to commit and answer one posted article once its pipeline is warm.
#
#   bench/warm.sh [DOCS] [WARMUP]      (defaults: 8 timed articles after 2 warm-up articles)
#
# Starts `kg serve --warm --no-auth` on a fresh store with free ports, waits until GET /kg/health says
# the pipeline is warm, then posts articles of 300-500 words from ../shared/data/bbc-news-2095/bbc.jsonl
# (override with BENCH_CORPUS) one at a time to POST /kg/documents, and prints, per article, its words,
# the outcome, the entities, relations, quotes and events the answer lists, the wall time from sending
# the request to the answer (annotation, one write transaction, the read-back), and the CPU time the
# server's JVM spent meanwhile (all its threads: annotation, Neo4j, JIT, GC), which on a busy shared
# machine says more than the wall time. The first WARMUP articles are printed but not counted: they pay
# for compiling the code paths the models run.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
source "$home/bench/common.sh"
corpus="${BENCH_CORPUS:-$home/../shared/data/bbc-news-2095/bbc.jsonl}"
docs="${1:-8}"
warmup="${2:-2}"
heap="${KG_HEAP:-4g}"

require_corpus "$corpus"
command -v curl >/dev/null || { echo "bench: curl not found" >&2; exit 2; }

work="$(mktemp -d -t kg-warm-XXXXXX)"
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then
    kill "$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

kg_classpath >/dev/null   # the build, if any, stays outside the timed part

# One JSON object per file, articles of about 400 words.
python3 - "$corpus" "$work" "$((docs + warmup))" <<'PY'
import json, sys, pathlib
corpus, out, wanted = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
n = 0
for line in open(corpus, encoding="utf-8"):
    doc = json.loads(line)
    if 300 <= len(doc["text"].split()) <= 500:
        (out / f"{n:03d}.json").write_text(json.dumps(doc), encoding="utf-8")
        n += 1
        if n == wanted:
            break
PY

KG_HEAP="$heap" "$home/kg" serve --store "$work/store" --no-auth --warm --bolt-port 0 --http-port 0 \
  > "$work/serve.out" 2> "$work/serve.err" &
serve_pid=$!

root=""
for _ in $(seq 1 600); do
  root="$(sed -n 's|^  Neo4j Browser  \(http://[^/]*/\).*|\1|p' "$work/serve.out")"
  if [ -n "$root" ] && curl -fsS "${root}kg/health" 2>/dev/null | grep -q '"pipeline":"warm"'; then
    break
  fi
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 1
done
curl -fsS "${root}kg/health" | grep -q '"pipeline":"warm"' || { echo "bench: the pipeline did not warm up" >&2; exit 1; }
echo "bench: kg serve warm at $root, heap $heap; posting $warmup warm-up and $docs timed articles one at a time"

# CPU seconds (user + system) the server's JVM has used so far; ./kg execs java, so its pid is the JVM's.
tick=$(getconf CLK_TCK)
server_cpu() { awk -v tick="$tick" '{printf "%.2f", ($14 + $15) / tick}' "/proc/$serve_pid/stat"; }

printf '%-8s %-9s %6s %-9s %8s %9s %6s %6s %8s %8s\n' article kind words outcome entities relations quotes events seconds cpu-s
i=0
: > "$work/times"
for file in "$work"/*.json; do
  kind=timed
  [ "$i" -lt "$warmup" ] && kind=warm-up
  words=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["text"].split()))' "$file")
  cpu_before=$(server_cpu)
  seconds=$(curl -sS -o "$work/answer.json" -w '%{time_total}' -H 'Content-Type: application/json' \
    --data-binary "@$file" "${root}kg/documents")
  cpu=$(echo "$(server_cpu) - $cpu_before" | bc)
  read -r outcome entities relations quotes events < <(python3 -c '
import json, sys
a = json.load(open(sys.argv[1]))
print(a.get("outcome", a.get("error", "?")), len(a.get("entities", [])), a.get("relations", "-"), a.get("quotes", "-"), a.get("events", "-"))
' "$work/answer.json")
  printf '%-8s %-9s %6s %-9s %8s %9s %6s %6s %8.2f %8.2f\n' "$(basename "$file" .json)" "$kind" "$words" "$outcome" \
    "$entities" "$relations" "$quotes" "$events" "$seconds" "$cpu"
  [ "$kind" = timed ] && echo "$seconds $cpu" >> "$work/times"
  i=$((i + 1))
done

summary() {
  cut -d' ' -f"$1" "$work/times" | sort -n | awk -v what="$2" '{t[NR] = $1; sum += $1} END {
    printf "timed: %d articles, %s: mean %.2f s, median %.2f s, max %.2f s\n", NR, what, sum / NR,
      (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[NR]
  }'
}
summary 1 "wall time to the answer"
summary 2 "server CPU time"
