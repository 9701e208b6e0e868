# Shared by the bench/*.sh scripts: source it after setting `home` to the project directory.

# Exits with status 2 unless the corpus file $1 exists.
require_corpus() {
  if [ ! -f "$1" ]; then
    echo "bench: corpus not found: $1 (set BENCH_CORPUS)" >&2
    exit 2
  fi
}

# Builds kg if needed and prints its runtime classpath.
kg_classpath() {
  "$home/kg" --version >/dev/null || return
  echo "$home/target/classes:$(cat "$home/target/runtime-classpath.txt")"
}
