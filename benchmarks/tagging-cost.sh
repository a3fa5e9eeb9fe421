#!/usr/bin/env bash
# What tagging costs (issue #16's budget: < 15% more time and < 10% more bytes per typical PDF), before and after in
# one run:  bash benchmarks/tagging-cost.sh [BASE]   (BASE: the commit before tagging, default main)
#
# Exports BASE's tree with `git archive` (no worktree, nothing in the repository changes), adds this checkout's
# TaggingCostBenchmark to it, builds both in Release, then runs the two builds alternately ROUNDS times (default 5)
# so both see the same machine load, plus this build with its benchmark-only untagged switch. Prints the median of
# each build's per-run medians: ms per typical PDF (warm, one thread) and bytes, and of each run's "fastest" (every
# document's fastest write, averaged), which moves much less with the load other processes put on the machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source benchmarks/lib.sh
BASE="${1:-main}"
ROUNDS="${ROUNDS:-5}"
WORK="$(mktemp -d /tmp/reportgen-tagging-cost.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/before"
git archive "$BASE" | tar -x -C "$WORK/before"
cp benchmarks/ReportGen.Benchmarks/Program.cs benchmarks/ReportGen.Benchmarks/TaggingCostBenchmark.cs "$WORK/before/benchmarks/ReportGen.Benchmarks/"
# Program.cs names every mode of this checkout; the base tree may lack some: keep only the modes whose class it has.
for mode in $(sed -n 's/.*\["\([a-z-]*\)"\] = \([A-Za-z]*\)\.Run.*/\2/p' "$WORK/before/benchmarks/ReportGen.Benchmarks/Program.cs"); do
  [ -f "$WORK/before/benchmarks/ReportGen.Benchmarks/$mode.cs" ] || sed -i "/= $mode\.Run,/d" "$WORK/before/benchmarks/ReportGen.Benchmarks/Program.cs"
done
# Before the #14.7 rename the Document model's namespace was ReportGen.Documents.
if grep -rqs "^namespace ReportGen.Documents" "$WORK/before/src/ReportGen.Document"; then
  sed -i 's/^using ReportGen.Document;/using ReportGen.Documents;/' "$WORK/before/benchmarks/ReportGen.Benchmarks/"{Program,TaggingCostBenchmark}.cs
fi
echo "building $BASE ($(git rev-parse --short "$BASE")) and this checkout ($(git rev-parse --short HEAD)$(git diff --quiet || echo ', with uncommitted changes'))..." >&2
build_benchmarks "$WORK/before/benchmarks/ReportGen.Benchmarks" "$WORK/before-bin" "$WORK/build-before.log"
build_benchmarks benchmarks/ReportGen.Benchmarks "$WORK/after-bin" "$WORK/build-after.log"

run() { dotnet "$WORK/$1-bin/ReportGen.Benchmarks.dll" tagging "${@:2}"; }
for round in $(seq "$ROUNDS"); do
  echo "round $round/$ROUNDS, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  echo "before $(run before)" | tee -a "$WORK/results" >&2
  echo "after $(run after)" | tee -a "$WORK/results" >&2
  echo "untagged $(run after --untagged)" | tee -a "$WORK/results" >&2
done

value() { grep "^$1 " "$WORK/results" | sed -n "s/.* $2=\([0-9.]*\).*/\1/p" | median; }
bms=$(value before pdf-ms); ams=$(value after pdf-ms); ums=$(value untagged pdf-ms)
bf=$(value before pdf-fastest-ms); af=$(value after pdf-fastest-ms); uf=$(value untagged pdf-fastest-ms)
bb=$(value before pdf-bytes); ab=$(value after pdf-bytes); ub=$(value untagged pdf-bytes)
echo "| build | ms per typical PDF (median of $ROUNDS runs) | fastest ms (median of $ROUNDS runs) | bytes (median) | vs $BASE (median ms, fastest ms, bytes) |"
echo "|---|---:|---:|---:|---|"
awk -v b="$bms" -v f="$bf" -v bb="$bb" -v base="$BASE" 'BEGIN { printf "| %s (before) | %.2f | %.2f | %d | |\n", base, b, f, bb }'
awk -v a="$ams" -v b="$bms" -v af="$af" -v bf="$bf" -v ab="$ab" -v bb="$bb" 'BEGIN { printf "| this checkout, tagged (after) | %.2f | %.2f | %d | time %+.1f%%, fastest %+.1f%%, bytes %+.1f%% |\n", a, af, ab, (a / b - 1) * 100, (af / bf - 1) * 100, (ab / bb - 1) * 100 }'
awk -v u="$ums" -v b="$bms" -v uf="$uf" -v bf="$bf" -v ub="$ub" -v bb="$bb" 'BEGIN { printf "| this checkout, untagged switch | %.2f | %.2f | %d | time %+.1f%%, fastest %+.1f%%, bytes %+.1f%% |\n", u, uf, ub, (u / b - 1) * 100, (uf / bf - 1) * 100, (ub / bb - 1) * 100 }'
