#!/usr/bin/env bash
# kg's fine-grained NER against CoreNLP's own: where do their tags and mentions differ?
#
#   bench/fine-ner.sh [DOCS]      (default: 100 BBC articles, and CoNLL-2003's validation sentences)
#
# Annotates the first DOCS articles of ../shared/data/bbc-news-2095/bbc.jsonl (override with
# BENCH_CORPUS) as kg does (title, blank line, body) and the CoNLL-2003 validation documents
# (BENCH_CONLL), each with tokenize,ssplit,pos,lemma and CoreNLP's ner, then with kg's ner
# (FineGrainedNerAnnotator), both configured by kg's properties; prints every differing token and
# mention list, the counts, and the time each NER took on a second, warm pass. The differences are
# kg's departures from CoreNLP (dev.kg.nlp.WholeNames): no gazetteer match relabels part of a name the
# models tagged whole ("Commonwealth of Independent States" is not cut at "Independent"), nor a place
# with an entry that may not overwrite places ("Tibet" is no religion).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
source "$home/bench/common.sh"
corpus="${BENCH_CORPUS:-$home/../shared/data/bbc-news-2095/bbc.jsonl}"
conll="${BENCH_CONLL:-$home/../shared/data/conll2003-en/valid.txt}"
docs="${1:-100}"
require_corpus "$corpus"
require_corpus "$conll"

work="$(mktemp -d -t kg-fine-ner-XXXXXX)"
trap 'rm -rf "$work"' EXIT
classpath="$(kg_classpath)"
mkdir -p "$work/texts"
head -n "$docs" "$corpus" | python3 -c '
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
for i, line in enumerate(sys.stdin):
    doc = json.loads(line)
    (out / f"{i:05d}.txt").write_text((doc.get("title", "") + "\n\n" + doc["text"]).strip(), encoding="utf-8")
' "$work/texts"
java -Xmx"${KG_HEAP:-5g}" -XX:+UseParallelGC -cp "$classpath" "$home/bench/FineGrainedNer.java" "$work/texts" "$conll" \
  2> "$work/stderr" || { tail -30 "$work/stderr" >&2; exit 1; }
