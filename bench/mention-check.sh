#!/usr/bin/env bash
# kg's name mentions end to end against plain CoreNLP's on news kg has never seen (issue 14): the
# held-out estimate of docs/history/entities.md (sessions 30-34).
#
#   bench/mention-check.sh draw SEED DIR      draw a fresh set into DIR/set.jsonl (prints its ids)
#   bench/mention-check.sh ids DIR ID...      rebuild a set from its ids (ID56443 R14635 B350 ...)
#   bench/mention-check.sh annotate DIR       CoreNLP once per document (heavy: run it under the lock)
#   bench/mention-check.sh replay DIR         kg's ingest over the saved annotations, then the list
#   bench/mention-check.sh score DIR JUDGED   the table row from a judged copy of DIR/disagreements.tsv
#
# A set is 20 Wikinews articles of 150 words or more, 20 Reuters-21578 bodies of 80 words or more and 14
# BBC articles past the first 120 lines of bbc.jsonl (which the throughput harnesses read), each source
# shuffled with one random.Random(SEED) and read in that order, leaving out every id a docs/history file
# names and, by their text, every document of the seeds corpus or of a JSON or JSON-lines file under /tmp.
# `annotate` saves kg's CoreNLP annotation of each stored text (DIR/annotations.jsonl) and plain CoreNLP
# ner's names (DIR/corenlp.tsv, typed as `kg eval ingest` types them); `replay` ingests the set over the
# saved annotations into a temporary embedded store with this build (about a minute, most of it Neo4j
# starting), reads each name Mention back with its entity's type (DIR/kg.tsv), and lists where the two
# disagree (DIR/disagreements.tsv, overlapping spans taken as one; DIR/agreed.tsv counts the rest by
# type). Judge a copy of that list: fill `verdict` (kg, corenlp or both: both wrong), `type` (the right
# type, or the type of the name wrongly given when there is none: PERSON, ORGANIZATION, LOCATION) and
# `signoff` (yes for a Reuters sign-off); `score` then prints kg right / CoreNLP right / both wrong per
# type, the lead ((kg right - CoreNLP right) over all mentions looked at) with and without sign-offs, by
# source, and a 90% bootstrap over documents. Keep DIR outside the repository: it holds dataset text.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
source "$home/bench/common.sh"
command="${1:-}"
case "$command" in
  draw)
    [ $# -eq 3 ] || { echo "usage: $0 draw SEED DIR" >&2; exit 2; }
    python3 "$home/bench/mention_check.py" draw "$2" "$3"
    ;;
  ids)
    [ $# -ge 3 ] || { echo "usage: $0 ids DIR ID..." >&2; exit 2; }
    shift
    python3 "$home/bench/mention_check.py" ids "$@"
    ;;
  annotate | replay)
    [ $# -eq 2 ] || { echo "usage: $0 $command DIR" >&2; exit 2; }
    classpath="$(kg_classpath)"
    java -Xmx"${KG_HEAP:-5g}" -XX:+UseParallelGC -cp "$classpath" "$home/bench/MentionCheck.java" "$command" "$2" \
      2> "$2/$command.log" || { tail -30 "$2/$command.log" >&2; exit 1; }
    if [ "$command" = replay ]; then
      python3 "$home/bench/mention_check.py" compare "$2"
    fi
    ;;
  score)
    [ $# -eq 3 ] || { echo "usage: $0 score DIR JUDGED" >&2; exit 2; }
    python3 "$home/bench/mention_check.py" score "$2" "$3"
    ;;
  *)
    sed -n '2,9p' "$0" >&2
    exit 2
    ;;
esac
