#!/usr/bin/env bash
# The in-process stages of several commits, side by side:  bash benchmarks/stages-at.sh [ROUNDS=2] COMMIT...
#
# For attributing a change spread over many merges: pass each merge's first parent and the merge itself
# (`M^1 M`). Exports each commit's tree with `git archive` (the repository is untouched), builds its benchmark
# project in Release (adding the fastest-call column to trees older than it), then runs all `stages` modes in turn,
# ROUNDS times, so that every commit sees the same machine load. Prints, per commit, the median over rounds of the
# typical report's fastest call and allocated KiB for layout+parse, .docx and .pdf. Set STAGES_ARGS=--quick to
# shorten each run (fewer calls, so the fastest call is noisier).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source benchmarks/lib.sh
ROUNDS=2
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then ROUNDS="$1"; shift; fi
[ $# -gt 0 ] || { echo "usage: stages-at.sh [ROUNDS] COMMIT..." >&2; exit 2; }
WORK="${STAGES_AT_WORK:-$(mktemp -d /tmp/reportgen-stages-at.XXXXXX)}"
for c in "$@"; do
  id=$(git rev-parse --short "$c")
  [ -f "$WORK/$id-bin/ReportGen.Benchmarks.dll" ] && continue
  mkdir -p "$WORK/$id"
  git archive "$id" | tar -x -C "$WORK/$id"
  add_fastest_column "$WORK/$id"
  echo "building $id" >&2
  build_benchmarks "$WORK/$id/benchmarks/ReportGen.Benchmarks" "$WORK/$id-bin" "$WORK/$id-build.log"
done
: > "$WORK/rows"
for round in $(seq "$ROUNDS"); do
  for c in "$@"; do
    id=$(git rev-parse --short "$c")
    echo "round $round/$ROUNDS $id, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    # shellcheck disable=SC2086
    dotnet "$WORK/$id-bin/ReportGen.Benchmarks.dll" stages ${STAGES_ARGS:-} > "$WORK/$id-$round.md"
    awk -F'|' -v id="$id" '$2 == " typical " {
      split($9, a, "/"); printf "%s", id
      for (i = 6; i <= 8; i++) { f = "nan"; if (match($i, /min [0-9.]+/)) f = substr($i, RSTART + 4, RLENGTH - 4); printf " %s", f }
      for (i = 2; i <= 4; i++) { gsub(/ /, "", a[i]); printf " %s", a[i] }
      printf "\n" }' "$WORK/$id-$round.md" >> "$WORK/rows"
  done
done
echo "| commit | layout+parse fastest ms | .docx fastest ms | .pdf fastest ms | layout+parse KiB | .docx KiB | .pdf KiB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for c in "$@"; do
  id=$(git rev-parse --short "$c")
  printf "| %s %s |" "$id" "$(git log -1 --format=%s "$id" | cut -c1-40)"
  for col in 2 3 4 5 6 7; do printf " %s |" "$(awk -v id="$id" -v c=$col '$1 == id { print $c }' "$WORK/rows" | median)"; done
  printf "\n"
done
