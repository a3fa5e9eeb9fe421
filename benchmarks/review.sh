#!/usr/bin/env bash
# The review target, one command:  bash benchmarks/review.sh [COUNT]
#
# `reportgen review` over COUNT (default 10,000) generated typical incidents must take < 10 s at < 1 GB peak memory.
# Builds the tool as its package installs here (Native AOT when clang is there, else ReadyToRun, as run.sh does),
# generates the incidents once, then runs `reportgen review DIR --out OUT --format pdf,docx,md,csv` BENCH_RUNS times
# (default 5) after one warm-up, each under /usr/bin/time: the medians of wall and CPU time, the largest peak memory.
# Then where the time goes, stage by stage, in one process (`ReportGen.Benchmarks review`).
# The report is printed and written to benchmarks/results/review.md.
# Environment: BENCH_RUNS=N; BENCH_WORK=DIR scratch folder (keeps the generated incidents between runs);
#              BENCH_TOOL=PATH an already published reportgen to measure instead of publishing one.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
COUNT="${1:-10000}"
RUNS="${BENCH_RUNS:-5}"
WORK="${BENCH_WORK:-/tmp/reportgen-bench-review}"
mkdir -p "$WORK" benchmarks/results
RESULTS="$ROOT/benchmarks/results/review.md"
: > "$RESULTS"
say() { printf '%s\n' "$*" | tee -a "$RESULTS"; }
note() { printf '%s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
median_of() { sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
[ -x /usr/bin/time ] || { note "review.sh needs /usr/bin/time (Debian package 'time') for peak memory"; exit 1; }

note "building (Release)..."
dotnet build -c Release benchmarks/ReportGen.Benchmarks -nologo -v q > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
BENCH=(dotnet "$ROOT/benchmarks/ReportGen.Benchmarks/bin/Release/net10.0/ReportGen.Benchmarks.dll")
HOST_RID="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
if [ -n "${BENCH_TOOL:-}" ]; then
  RG="$BENCH_TOOL"; BUILD="given ($RG)"
elif command -v clang > /dev/null && dotnet publish -c Release src/ReportGen.Cli -r "$HOST_RID" -p:NativeAot=true -o "$WORK/publish" -nologo -v q > "$WORK/publish.log" 2>&1; then
  RG="$WORK/publish/reportgen"; BUILD="Native AOT ($HOST_RID)"
else
  note "Native AOT publish not possible here: measuring the ReadyToRun build"
  dotnet publish -c Release src/ReportGen.Cli -r "$HOST_RID" --self-contained false -p:PublishReadyToRun=true -o "$WORK/publish-r2r" -nologo -v q > "$WORK/publish-r2r.log" 2>&1 || { cat "$WORK/publish-r2r.log"; exit 1; }
  RG="$WORK/publish-r2r/reportgen"; BUILD="ReadyToRun ($HOST_RID)"
fi

IN="$WORK/typical-$COUNT"
if [ "$(find "$IN" -maxdepth 1 -name '*.yaml' 2> /dev/null | wc -l)" != "$COUNT" ]; then
  note "generating $COUNT typical incidents..."
  rm -rf "$IN"; "${BENCH[@]}" generate typical "$COUNT" "$IN" > /dev/null
fi

say "# reportgen review benchmark"
say ""
say "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2> /dev/null || echo n/a); tool: $BUILD"
say "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/^Mem:/ { print $2 }') GiB memory"
say "- command: \`bash benchmarks/review.sh $COUNT\`: \`reportgen review DIR --out OUT --format pdf,docx,md,csv\` on $COUNT generated"
say "  typical incidents (about 10 action items each), $RUNS timed runs after a warm-up"
say ""

O="$WORK/out"
: > "$WORK/wall"; : > "$WORK/cpu"; : > "$WORK/mem"; : > "$WORK/loads"
for run in $(seq 0 "$RUNS"); do
  rm -rf "$O"
  rc=0
  /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" "$RG" review "$IN" --out "$O" --format pdf,docx,md,csv --quiet > "$WORK/review.log" 2>&1 || rc=$?
  [ "$rc" = 0 ] || { note "reportgen review exited $rc:"; tail -5 "$WORK/review.log" >&2; exit 1; }
  [ "$run" = 0 ] && continue # the warm-up: file cache, page cache of the tool
  read -r wall mem user sys < <(tail -1 "$WORK/time.txt")
  echo "$wall" >> "$WORK/wall"; echo "$mem" >> "$WORK/mem"; awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }' >> "$WORK/cpu"
  load >> "$WORK/loads"
  note "run $run: ${wall} s wall, $((mem / 1024)) MiB peak"
done
wall=$(median_of "$WORK/wall"); cpu=$(median_of "$WORK/cpu"); mem=$(sort -g "$WORK/mem" | tail -1)
pages=$(pdfinfo "$O/review.pdf" 2> /dev/null | awk '/^Pages:/ { print $2 }' || true)
met() { awk -v v="$1" -v t="$2" 'BEGIN { print (v < t) ? "yes" : "**no**" }'; }
say "| figure | value | target | met |"
say "|---|---:|---|---|"
say "| wall time, median of $RUNS | $(awk -v w="$wall" 'BEGIN { printf "%.2f s", w }') | < 10 s | $(met "$wall" 10) |"
say "| CPU time (user + sys), median | $(awk -v c="$cpu" 'BEGIN { printf "%.2f s", c }') | | |"
say "| peak memory (largest maximum resident set) | $(awk -v m="$mem" 'BEGIN { printf "%.0f MB", m * 1024 / 1e6 }') | < 1 GB | $(met "$(awk -v m="$mem" 'BEGIN { print m * 1024 / 1e9 }')" 1) |"
say ""
say "Wall times: $(sort -g "$WORK/wall" | tr '\n' ' ')s. Load average (1/5/15 min) after each run: $(paste -sd';' "$WORK/loads" | sed 's/;/; /g')."
say "The pack: a ${pages:-?}-page PDF, $(du -h "$O/review.docx" | cut -f1) .docx, $(du -h "$O/incidents.csv" | cut -f1) incidents.csv, $(du -h "$O/action-items.csv" | cut -f1) action-items.csv."
say ""
note "stage by stage in one process..."
"${BENCH[@]}" review "$COUNT" "$IN" | tee -a "$RESULTS"
say "Load average at the end: $(load)"
note "results written to $RESULTS"
