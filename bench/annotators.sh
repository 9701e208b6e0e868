#!/usr/bin/env bash
# Annotator cost benchmark: how much of CoreNLP's time each annotator in kg's pipeline takes, in
# particular kbp and quote (relations and quotations), measured by CoreNLP's own per-annotator timing.
#
#   bench/annotators.sh [DOCS]      (default: 20 documents)
#
# Takes the first DOCS articles of ../shared/data/wikinews/politics.jsonl with at least 150 words
# (override with BENCH_CORPUS; a JSONL file with a "text" field), annotates them on one thread with
# edu.stanford.nlp.pipeline.StanfordCoreNLP and `kg corenlp-properties`, and prints CoreNLP's timing
# table, then words/s of the whole pipeline and of the pipeline without kbp and quote (the same run's
# total minus their time). Model loading is not in these figures.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
source "$home/bench/common.sh"
corpus="${BENCH_CORPUS:-$home/../shared/data/wikinews/politics.jsonl}"
docs="${1:-20}"
heap="${KG_HEAP:-5g}"

require_corpus "$corpus"

work="$(mktemp -d -t kg-annotators-XXXXXX)"
trap 'rm -rf "$work"' EXIT
classpath="$(kg_classpath)"

mkdir -p "$work/texts" "$work/out"
python3 - "$corpus" "$work/texts" "$docs" <<'PY'
import json, sys, pathlib
out, wanted, written = pathlib.Path(sys.argv[2]), int(sys.argv[3]), 0
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    text = (doc.get("text") or "").strip()
    if len(text.split()) >= 150 and written < wanted:
        (out / f"{written:05d}.txt").write_text(text, encoding="utf-8")
        written += 1
PY
ls "$work"/texts/*.txt > "$work/filelist"
words=$(cat "$work"/texts/*.txt | wc -w)
"$home/kg" corenlp-properties > "$work/corenlp.properties"

java -Xmx"$heap" -cp "$classpath" edu.stanford.nlp.pipeline.StanfordCoreNLP \
  -props "$work/corenlp.properties" -threads 1 -filelist "$work/filelist" \
  -outputFormat json -outputDirectory "$work/out" > "$work/corenlp.log" 2>&1 \
  || { tail -20 "$work/corenlp.log" >&2; exit 1; }

echo "bench: $docs documents, $words words, 1 thread"
sed -n '/Annotation pipeline timing information/,/TOTAL/p' "$work/corenlp.log"
python3 - "$work/corenlp.log" "$words" <<'PY'
import re, sys
log, words = open(sys.argv[1]).read(), int(sys.argv[2])
times = {name: float(sec) for name, sec in re.findall(r"^(\w+): ([\d.]+) sec", log, re.M)}
total = float(re.search(r"TOTAL: ([\d.]+) sec", log).group(1))
added = times.get("KBPAnnotator", 0) + times.get("QuoteAnnotator", 0)
print(f"with kbp and quote:    {words / total:7.0f} words/s ({total:.1f} s)")
print(f"without kbp and quote: {words / (total - added):7.0f} words/s ({total - added:.1f} s)")
for name in ("KBPAnnotator", "QuoteAnnotator"):
    print(f"{name:22s} {times.get(name, 0):6.1f} s = {100 * times.get(name, 0) / total:4.1f}% of annotation")
PY
