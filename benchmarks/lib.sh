# Shared by the commit-comparing scripts (before-after.sh, stages-at.sh, tagging-cost.sh): source it after `cd "$ROOT"`.

# The median of the numbers on stdin, one per line.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# add_fastest_column TREE: a tree exported from a commit older than the stages benchmark's fastest-call column gets it
# patched in (the Stage record has not otherwise changed since #14).
add_fastest_column() {
  grep -q FastestMs "$1/benchmarks/ReportGen.Benchmarks/StagesBenchmark.cs" && return 0
  local fastest
  fastest=$(git log --format=%H --reverse -S FastestMs -- benchmarks/ReportGen.Benchmarks/StagesBenchmark.cs | head -1)
  git diff -U1 "$fastest^" "$fastest" -- benchmarks/ReportGen.Benchmarks/StagesBenchmark.cs | patch -s -p1 -d "$1" \
    || { echo "cannot add the fastest-call column to the stages benchmark in $1" >&2; exit 1; }
}

# build_benchmarks PROJECT_DIR BIN LOG: a Release build of a benchmark project into BIN; on failure, the log's end.
build_benchmarks() {
  dotnet build -c Release "$1" -o "$2" > "$3" 2>&1 || { tail -20 "$3"; exit 1; }
}
