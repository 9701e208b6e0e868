"""The set handling of bench/mention-check.sh (see there): draw a held-out set, rebuild one from its ids,
list where kg's names and plain CoreNLP's disagree, and count the verdicts judged on that list.

    python3 bench/mention_check.py draw SEED DIR       20 Wikinews, 20 Reuters, 14 BBC -> DIR/set.jsonl
    python3 bench/mention_check.py ids DIR ID...       the set of those ids (ID56443 R14635 B350 ...)
    python3 bench/mention_check.py compare DIR         DIR/kg.tsv, DIR/corenlp.tsv -> DIR/disagreements.tsv
    python3 bench/mention_check.py score DIR JUDGED    the table row from a judged copy of disagreements.tsv
"""

import glob
import json
import os
import random
import re
import sys
from collections import defaultdict

HOME = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(HOME, "..", "shared", "data")
SEEDS = os.path.join(HOME, "..", "shared", "corpus", "seeds")
WIKINEWS, REUTERS, BBC = 20, 20, 14
WIKINEWS_WORDS, REUTERS_WORDS = 150, 80
BBC_HARNESS = 120  # the first lines of bbc.jsonl, which the throughput harnesses read
MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}
TYPES = ("PERSON", "ORGANIZATION", "LOCATION")
VERDICTS = ("kg", "corenlp", "both")


def sources():
    """Every candidate of each source, in file order, as kg's JSONL articles keyed by the history's ids."""
    wikinews, reuters, bbc = [], [], []
    with open(os.path.join(DATA, "wikinews", "politics.jsonl"), encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if len((doc.get("text") or "").split()) >= WIKINEWS_WORDS:
                wikinews.append({"id": doc["id"], "date": doc.get("date"), "title": doc.get("title"), "text": doc["text"]})
    with open(os.path.join(DATA, "reuters21578", "reuters.jsonl"), encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if len(doc["body"].split()) >= REUTERS_WORDS:
                reuters.append({"id": f"R{doc['newid']}", "date": reuters_date(doc["date"]), "title": doc["title"] or None,
                                "text": doc["body"]})
    with open(os.path.join(DATA, "bbc-news-2095", "bbc.jsonl"), encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            doc = json.loads(line)
            if number >= BBC_HARNESS:
                bbc.append({"id": f"B{number}", "title": doc["title"], "text": doc["text"]})
    return wikinews, reuters, bbc


def reuters_date(raw):
    match = re.match(r"\s*(\d+)-([A-Z]{3})-(\d{4})", raw or "")
    return f"{match[3]}-{MONTHS[match[2]]:02d}-{int(match[1]):02d}" if match else None


def named_ids():
    """Every document id any docs/history file names: those sets have been read, so are not held out."""
    named = set()
    for path in glob.glob(os.path.join(HOME, "docs", "history", "*.md")):
        with open(path, encoding="utf-8") as f:
            named.update(re.findall(r"\b(?:ID|R|B)\d+\b", f.read()))
    return named


def normalised(text):
    return " ".join(text.split())


def seen_texts(out):
    """The text of the seeds corpus and of every JSON or JSON-lines file under /tmp but the set's own."""
    texts = []
    for path in glob.glob(os.path.join(SEEDS, "*")):
        with open(path, encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    own = os.path.realpath(out)
    for path in glob.glob("/tmp/**/*.json", recursive=True) + glob.glob("/tmp/**/*.jsonl", recursive=True):
        if os.path.realpath(path).startswith(own + os.sep) or not os.path.isfile(path):
            continue
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    try:
                        strings(json.loads(line), texts)
                    except ValueError:
                        texts.append(line)
        except OSError:
            continue
    return normalised("\n".join(texts))


def strings(value, into):
    if isinstance(value, str):
        if len(value) > 100:
            into.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            strings(item, into)
    elif isinstance(value, list):
        for item in value:
            strings(item, into)


def draw(seed, out):
    rng = random.Random(seed)
    named = named_ids()
    seen = seen_texts(out)
    chosen, dropped = [], []
    for docs, size in zip(sources(), (WIKINEWS, REUTERS, BBC)):
        rng.shuffle(docs)
        taken = 0
        for doc in docs:
            if taken == size:
                break
            if doc["id"] in named:
                continue
            if normalised(doc["text"])[:200] in seen:
                dropped.append(doc["id"])
                continue
            chosen.append(doc)
            taken += 1
    write_set(out, chosen)
    print("left out by their text:", " ".join(dropped) or "none", file=sys.stderr)


def by_ids(out, ids):
    index = {doc["id"]: doc for docs in sources() for doc in docs}
    missing = [i for i in ids if i not in index]
    if missing:
        sys.exit("no such document: " + " ".join(missing))
    write_set(out, [index[i] for i in ids])


def write_set(out, docs):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "set.jsonl"), "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps({k: v for k, v in doc.items() if v is not None}, ensure_ascii=False) + "\n")
    words = sum(len(doc["text"].split()) for doc in docs)
    for prefix in ("ID", "R", "B"):
        print(" ".join(d["id"] for d in docs if re.fullmatch(prefix + r"\d+", d["id"])))
    sys.stdout.flush()
    print(f"{len(docs)} documents, {words} words", file=sys.stderr)


def read_names(path):
    """id -> [(start, end, type, name)] from a TSV the Java side wrote."""
    names = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc, start, end, kind, name = line.rstrip("\n").split("\t")
            names[doc].append((int(start), int(end), kind, name))
    return names


def texts(out):
    with open(os.path.join(out, "texts.jsonl"), encoding="utf-8") as f:
        return {d["id"]: d["text"] for d in map(json.loads, f)}


def compare(out):
    """Each group of overlapping spans the two do not tag alike, with its line; agreed mentions counted by type."""
    kg, corenlp = read_names(os.path.join(out, "kg.tsv")), read_names(os.path.join(out, "corenlp.tsv"))
    stored = texts(out)
    agreed = defaultdict(int)
    rows = []
    for doc in stored:
        k, c = set(kg.get(doc, [])), set(corenlp.get(doc, []))
        for mention in k & c:
            agreed[(doc, mention[2])] += 1
        for group in overlapping(sorted(k ^ c)):
            start, end = min(m[0] for m in group), max(m[1] for m in group)
            text = stored[doc]
            line_start = max(text.rfind("\n", 0, start) + 1, start - 100)
            line_end = text.find("\n", end)
            line_end = min(len(text) if line_end < 0 else line_end, end + 100)
            rows.append([doc, str(start), render(group & k), render(group & c),
                         text[line_start:line_end].replace("\t", " ").replace("\n", " / ")])
    with open(os.path.join(out, "agreed.tsv"), "w", encoding="utf-8") as f:
        for (doc, kind), n in sorted(agreed.items()):
            f.write(f"{doc}\t{kind}\t{n}\n")
    with open(os.path.join(out, "disagreements.tsv"), "w", encoding="utf-8") as f:
        f.write("doc\tstart\tkg\tcorenlp\tline\tverdict\ttype\tsignoff\tnote\n")
        for row in rows:
            f.write("\t".join(row) + "\t\t\t\t\n")
    print(f"agreed {sum(agreed.values())}, disagreements {len(rows)}")


def overlapping(mentions):
    """Mentions (sorted by start) grouped where their spans overlap, each group a set."""
    groups, end = [], -1
    for mention in mentions:
        if groups and mention[0] < end:
            groups[-1].add(mention)
            end = max(end, mention[1])
        else:
            groups.append({mention})
            end = mention[1]
    return groups


def render(mentions):
    return " | ".join(f"{m[3]}/{m[2][:3]}" for m in sorted(mentions)) or "-"


def score(out, judged):
    """Per type and by source: kg right / CoreNLP right / both wrong, and the lead, (kg right - CoreNLP right)
    over all mentions looked at (agreed and disagreements), with and without Reuters sign-offs; a 90%
    bootstrap over documents of the overall lead."""
    agreed = defaultdict(int)
    with open(os.path.join(out, "agreed.tsv"), encoding="utf-8") as f:
        for line in f:
            doc, kind, n = line.rstrip("\n").split("\t")
            agreed[(doc, kind)] += int(n)
    verdicts = []  # (doc, verdict, type, signoff)
    with open(judged, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            if row["verdict"] not in VERDICTS or row["type"] not in TYPES:
                sys.exit(f"unjudged or misjudged row: {line.strip()}")
            verdicts.append((row["doc"], row["verdict"], row["type"], row.get("signoff") == "yes"))
    docs = sorted({doc for doc, _ in agreed} | {v[0] for v in verdicts})

    def lead(chosen, kinds=TYPES, signoffs=True):
        weights = defaultdict(int)
        for doc in chosen:
            weights[doc] += 1
        counts = {v: 0 for v in VERDICTS}
        total = sum(n * weights[doc] for (doc, kind), n in agreed.items() if kind in kinds)
        for doc, verdict, kind, signoff in verdicts:
            if kind in kinds and (signoffs or not signoff):
                counts[verdict] += weights[doc]
                total += weights[doc]
        return counts, 100.0 * (counts["kg"] - counts["corenlp"]) / total if total else 0.0

    cells, leads = [], []
    for kind in TYPES:
        counts, with_ = lead(docs, (kind,))
        cells.append(" / ".join(str(counts[v]) for v in VERDICTS))
        without = lead(docs, (kind,), False)[1]
        leads.append(f"{with_:.1f} ({without:.1f})")
    counts, with_ = lead(docs)
    without = lead(docs, signoffs=False)[1]
    signoffs = sum(1 for v in verdicts if v[3] and v[1] == "kg")
    print("| PER | ORG | LOC | all | agreed | lead PER / ORG / LOC / all (without sign-offs) |")
    print(f"| {' | '.join(cells)} | {' / '.join(str(counts[v]) for v in VERDICTS)} | {sum(agreed.values()):,} | "
          f"{' / '.join(leads)} / **{with_:.1f} ({without:.1f})** |")
    print(f"kg right on {signoffs} sign-offs")
    for prefix, source in (("ID", "Wikinews"), ("R", "Reuters"), ("B", "BBC")):
        part = [d for d in docs if re.fullmatch(prefix + r"\d+", d)]
        print(f"{source}: {lead(part)[1]:.1f} ({lead(part, signoffs=False)[1]:.1f} without sign-offs)")
    rng = random.Random(0)
    samples = {True: [], False: []}
    for _ in range(10000):
        chosen = [rng.choice(docs) for _ in docs]
        for with_signoffs in samples:
            samples[with_signoffs].append(lead(chosen, signoffs=with_signoffs)[1])
    for with_signoffs, values in sorted(samples.items()):
        values.sort()
        print(f"bootstrap over {len(docs)} documents, 90% {'with' if with_signoffs else 'without'} sign-offs: "
              f"{values[500]:.1f} to {values[9499]:.1f}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    command = sys.argv[1]
    if command == "draw" and len(sys.argv) == 4:
        draw(int(sys.argv[2]), sys.argv[3])
    elif command == "ids":
        by_ids(sys.argv[2], sys.argv[3:])
    elif command == "compare":
        compare(sys.argv[2])
    elif command == "score" and len(sys.argv) == 4:
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
