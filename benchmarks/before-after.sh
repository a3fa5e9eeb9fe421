#!/usr/bin/env bash
# The in-process stages of two commits, before and after in one run:  bash benchmarks/before-after.sh BASE [ROUNDS]
#
# For a change that spans many commits (issue #14 "one content, two writers" landed in a dozen merges), the question
# is whether a stage got slower. Exports BASE's tree with `git archive` (nothing in the repository changes), builds
# BASE's benchmark project and this checkout's in Release, then runs their `stages` mode alternately ROUNDS times
# (default 3) so both see the same machine load. Each build measures its own code on incidents from its own
# generator (check `git diff BASE -- benchmarks/ReportGen.Benchmarks/IncidentGenerator.cs` is empty before comparing).
# Prints, per size and stage, the median over rounds of each run's median wall ms, of its fastest call (the stable
# figure on a shared machine) and of its allocated KiB.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source benchmarks/lib.sh
BASE="${1:?usage: before-after.sh BASE [ROUNDS]}"
ROUNDS="${2:-3}"
WORK="$(mktemp -d /tmp/reportgen-before-after.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

git diff --quiet "$BASE" HEAD -- benchmarks/ReportGen.Benchmarks/IncidentGenerator.cs \
  || echo "note: the incident generator differs between $BASE and HEAD; the two builds measure different inputs" >&2
mkdir -p "$WORK/before"
git archive "$BASE" | tar -x -C "$WORK/before"
add_fastest_column "$WORK/before"
echo "building $BASE ($(git rev-parse --short "$BASE")) and this checkout ($(git rev-parse --short HEAD)$(git diff --quiet || echo ', with uncommitted changes'))..." >&2
build_benchmarks "$WORK/before/benchmarks/ReportGen.Benchmarks" "$WORK/before-bin" "$WORK/build-before.log"
build_benchmarks benchmarks/ReportGen.Benchmarks "$WORK/after-bin" "$WORK/build-after.log"

# A stages table row: | size | KiB | pages | validate | build | docx | pdf | allocs a / b / c / d |, each timing
# "wall (cpu; min fastest)". Keep "who size wallV wallB wallD wallP allocV allocB allocD allocP fastV fastB fastD fastP".
rows() { # rows LABEL FILE
  awk -F'|' -v who="$1" '$2 ~ /^ (small|typical|large) $/ {
    gsub(/ /, "", $2); split($9, a, "/")
    printf "%s %s", who, $2
    for (i = 5; i <= 8; i++) { split($i, t, "("); gsub(/ /, "", t[1]); printf " %s", t[1] }
    for (i = 1; i <= 4; i++) { gsub(/ /, "", a[i]); printf " %s", a[i] }
    for (i = 5; i <= 8; i++) { f = "nan"; if (match($i, /min [0-9.]+/)) f = substr($i, RSTART + 4, RLENGTH - 4); printf " %s", f }
    printf "\n" }' "$2"
}
for round in $(seq "$ROUNDS"); do
  for who in before after; do
    echo "round $round/$ROUNDS $who, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    dotnet "$WORK/$who-bin/ReportGen.Benchmarks.dll" stages > "$WORK/$who-$round.md"
    rows "$who" "$WORK/$who-$round.md" >> "$WORK/rows"
  done
done

value() { awk -v w="$1" -v s="$2" -v c="$3" '$1 == w && $2 == s { print $c }' "$WORK/rows" | median; }
echo "| size | stage | before ms | after ms | change | before fastest | after fastest | change | before KiB | after KiB | change |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for size in small typical large; do
  col=3
  for stage in validate layout+parse .docx .pdf; do
    b=$(value before "$size" $col); a=$(value after "$size" $col)
    bk=$(value before "$size" $((col + 4))); ak=$(value after "$size" $((col + 4)))
    bf=$(value before "$size" $((col + 8))); af=$(value after "$size" $((col + 8)))
    awk -v s="$size" -v st="$stage" -v b="$b" -v a="$a" -v bk="$bk" -v ak="$ak" -v bf="$bf" -v af="$af" 'BEGIN {
      printf "| %s | %s | %.2f | %.2f | %+.1f%% | %.3f | %.3f | %+.1f%% | %d | %d | %+.1f%% |\n", s, st, b, a, (a / b - 1) * 100,
        bf, af, (bf ? (af / bf - 1) * 100 : 0), bk, ak, (bk ? (ak / bk - 1) * 100 : 0) }'
    col=$((col + 1))
  done
done
