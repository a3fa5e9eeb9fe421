#!/usr/bin/env bash
# ReportGen benchmarks, all of them, one command:  bash benchmarks/run.sh   (or: dotnet cake --target=Benchmarks)
#
#   1. in-process stage timings per report at three generated sizes, allocations, PDF engine pages/s;
#      each stage at 1x, 4x and 16x input size (is it linear?)
#   2. validation throughput (files per CPU-second)
#   3. whole-process, side by side on the same generated incidents: reportgen vs pandoc (.docx),
#      LibreOffice (.docx -> .pdf) and WeasyPrint (pandoc HTML -> .pdf)
#   4. cold single-file wall time
#   4b. sign-off cost: the same typical reports with and without three approvals (target: within 5%)
#   5. scaling: 1, 10, 100, 1000 typical files, both formats, --jobs 1 and 2: reports/s and peak memory
#
# The results (a Markdown report) are printed and written to benchmarks/results/latest.md.
# Environment: BENCH_QUICK=1 for a fast smoke run (fewer repeats, scaling up to 100 files only);
#              BENCH_COUNTS='1 10' batch sizes for the scaling runs; BENCH_RUNS=N repeats per whole-process measurement (default 3); BENCH_WORK=DIR scratch folder.
# Missing comparison tools are installed with apt-get when running as root, otherwise the comparison is skipped
# and the report says so.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
QUICK="${BENCH_QUICK:-0}"
RUNS="${BENCH_RUNS:-3}"
[ "$QUICK" = 1 ] && RUNS="${BENCH_RUNS:-2}"
SIDE_BY_SIDE=20
WORK="${BENCH_WORK:-$(mktemp -d /tmp/reportgen-bench.XXXXXX)}"
mkdir -p "$WORK" benchmarks/results
RESULTS="$ROOT/benchmarks/results/latest.md"
: > "$RESULTS"

say() { printf '%s\n' "$*" | tee -a "$RESULTS"; }
note() { printf '%s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# ---------------------------------------------------------------- tools
have() { command -v "$1" > /dev/null 2>&1; }
ensure() { # ensure COMMAND DEBIAN-PACKAGE
  have "$1" && return 0
  if [ "$(id -u)" = 0 ] && have apt-get; then
    note "installing $2 (for $1)..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" > "$WORK/apt-$2.log" 2>&1 || true
  elif have sudo && sudo -n true 2> /dev/null; then
    note "installing $2 (for $1)..."
    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" > "$WORK/apt-$2.log" 2>&1 || true
  fi
  have "$1"
}
PANDOC=0; LIBREOFFICE=0; WEASYPRINT=0
ensure pandoc pandoc && PANDOC=1
ensure soffice libreoffice-writer-nogui && LIBREOFFICE=1
ensure weasyprint weasyprint && WEASYPRINT=1
[ -x /usr/bin/time ] || ensure /usr/bin/time time || true

# ---------------------------------------------------------------- build
note "building (Release)..."
dotnet build -c Release benchmarks/ReportGen.Benchmarks -nologo -v q > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
# "Ours" is the tool as its package installs on this machine: Native AOT for the machine's own platform (needs
# clang), as `dotnet cake --target=Pack` builds it. The ReadyToRun build (the other platforms' packages) is measured
# beside it.
HOST_RID="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
AOT=0
if have clang && dotnet publish -c Release src/ReportGen.Cli -r "$HOST_RID" -p:NativeAot=true -o "$WORK/publish" -nologo -v q > "$WORK/publish.log" 2>&1; then
  AOT=1
else
  note "Native AOT publish not possible here (clang missing or failed): measuring the ReadyToRun build as ours"
fi
R2R=1
dotnet publish -c Release src/ReportGen.Cli -r "$HOST_RID" --self-contained false -p:PublishReadyToRun=true -o "$WORK/publish-r2r" -nologo -v q > "$WORK/publish-r2r.log" 2>&1 || R2R=0
if [ "$AOT" = 0 ]; then
  [ "$R2R" = 1 ] || { cat "$WORK/publish-r2r.log"; exit 1; }
  rm -rf "$WORK/publish"; cp -r "$WORK/publish-r2r" "$WORK/publish"
fi
OURS_BUILD=$([ "$AOT" = 1 ] && echo "Native AOT ($HOST_RID)" || echo "ReadyToRun ($HOST_RID)")
BENCH=(dotnet "$ROOT/benchmarks/ReportGen.Benchmarks/bin/Release/net10.0/ReportGen.Benchmarks.dll")
RG="$WORK/publish/reportgen"

# ---------------------------------------------------------------- helpers
# median_of FILE: median of the numbers in FILE (one a line)
median_of() { sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# timed NAME PREP CMD...: runs PREP then CMD (timed) $RUNS times after one untimed warm-up; prints the median seconds
timed() {
  local name="$1" prep="$2"; shift 2
  local log="$WORK/times-$name"
  : > "$log"
  eval "$prep"; "$@" > "$WORK/out-$name.log" 2>&1 || { note "$name failed:"; tail -5 "$WORK/out-$name.log" >&2; echo nan; return 0; }
  for _ in $(seq "$RUNS"); do
    eval "$prep"
    local t0 t1; t0=$(date +%s%N)
    "$@" > "$WORK/out-$name.log" 2>&1 || true
    t1=$(date +%s%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", (b - a) / 1e9 }' >> "$log"
  done
  median_of "$log"
}
ms_per() { awk -v s="$1" -v n="$2" 'BEGIN { if (s == "nan") print "n/a"; else printf "%.1f", s * 1000 / n }'; }
ratio() { awk -v ours="$1" -v theirs="$2" 'BEGIN { if (ours == "nan" || theirs == "nan" || theirs == 0) print "n/a"; else printf "%.3f", ours / theirs }'; }
met() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { if (v == "n/a") print "n/a"; else if ((dir == ">=" && v >= t) || (dir == "<" && v < t)) print "yes"; else print "**no**" }'; }

# ---------------------------------------------------------------- machine
say "# ReportGen benchmark results"
say ""
say "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2> /dev/null || echo n/a)"
say "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/^Mem:/ { print $2 }') GiB memory; load average at start: $(load)"
say "- tools: $(dotnet --version | sed 's/^/.NET SDK /'); $(have pandoc && pandoc --version | head -1 || echo 'pandoc: none'); $(have soffice && soffice --version 2> /dev/null | head -1 | cut -d' ' -f1-2 || echo 'LibreOffice: none'); $(have weasyprint && weasyprint --version 2> /dev/null | head -1 || echo 'WeasyPrint: none')"
say "- command: \`bash benchmarks/run.sh\`$( [ "$QUICK" = 1 ] && echo ' (BENCH_QUICK=1)'); whole-process figures are medians of $RUNS runs after a warm-up"
say ""

# ---------------------------------------------------------------- 1, 2: in-process
note "in-process stages..."
STAGE_ARGS=(); [ "$QUICK" = 1 ] && STAGE_ARGS=(--quick)
"${BENCH[@]}" stages "${STAGE_ARGS[@]}" | tee -a "$RESULTS"
note "profile of a typical report..."
"${BENCH[@]}" profile "${STAGE_ARGS[@]}" | tee -a "$RESULTS"
note "import of a typical edited report..."
"${BENCH[@]}" import "${STAGE_ARGS[@]}" | tee -a "$RESULTS"
note "scaling with input size (1x, 4x, 16x)..."
"${BENCH[@]}" scaling | tee -a "$RESULTS"
note "validation throughput..."
say "## Validation (IncidentLoader.Load, one thread, typical incidents)"
say ""
"${BENCH[@]}" validate "$([ "$QUICK" = 1 ] && echo 200 || echo 1000)" > "$WORK/validate.txt"
sed 's/^/    /' "$WORK/validate.txt" | tee -a "$RESULTS"
say ""
per_cpu=$(sed -n 's/.*files per CPU-second (one thread): median \([0-9,]*\).*/\1/p' "$WORK/validate.txt" | tr -d ,)
say "Target: validation > 2,000 files/s per core: ${per_cpu:-n/a} files per CPU-second → $(met "${per_cpu:-n/a}" 2000 ">=")."
say ""

note "whole pipeline in one process..."
"${BENCH[@]}" pipeline "$([ "$QUICK" = 1 ] && echo 100 || echo 1000)" | tee -a "$RESULTS"
note "sign-off cost (with and without approvals)..."
"${BENCH[@]}" approvals "${STAGE_ARGS[@]}" | tee -a "$RESULTS"

# ---------------------------------------------------------------- 3: side by side
note "whole-process comparisons on $SIDE_BY_SIDE typical incidents..."
IN="$WORK/typical-$SIDE_BY_SIDE"
rm -rf "$IN"; "${BENCH[@]}" generate typical "$SIDE_BY_SIDE" "$IN" > /dev/null
MD="$WORK/md"; rm -rf "$MD"
"$RG" render "$IN" --format md --out "$MD" --quiet > /dev/null
# Reference outputs the other tools start from: our Markdown, our .docx, pandoc's HTML.
REF_DOCX="$WORK/ref-docx"; rm -rf "$REF_DOCX"
"$RG" render "$IN" --format docx --out "$REF_DOCX" --quiet > /dev/null
HTML="$WORK/html"; rm -rf "$HTML"; mkdir -p "$HTML"
if [ "$PANDOC" = 1 ]; then
  for f in "$MD"/*.md; do pandoc -f markdown -s --resource-path="$IN" "$f" -o "$HTML/$(basename "${f%.md}").html" 2> /dev/null || true; done
fi

O="$WORK/o"
ours_docx=$(timed ours-docx "rm -rf $O" "$RG" render "$IN" --format docx --out "$O" --jobs 1 --quiet)
ours_pdf=$(timed ours-pdf "rm -rf $O" "$RG" render "$IN" --format pdf --out "$O" --jobs 1 --quiet)
r2r_docx=nan; r2r_pdf=nan
if [ "$R2R" = 1 ]; then
  r2r_docx=$(timed r2r-docx "rm -rf $O" "$WORK/publish-r2r/reportgen" render "$IN" --format docx --out "$O" --jobs 1 --quiet)
  r2r_pdf=$(timed r2r-pdf "rm -rf $O" "$WORK/publish-r2r/reportgen" render "$IN" --format pdf --out "$O" --jobs 1 --quiet)
fi
pandoc_docx=nan; lo_pdf=nan; weasy_pdf=nan
if [ "$PANDOC" = 1 ]; then
  pandoc_batch() { for f in "$MD"/*.md; do pandoc -f markdown --resource-path="$IN" "$f" -o "$O/$(basename "${f%.md}").docx"; done; }
  pandoc_docx=$(timed pandoc-docx "rm -rf $O; mkdir -p $O" pandoc_batch)
fi
if [ "$LIBREOFFICE" = 1 ]; then
  # One LibreOffice process converts the whole batch (its best case); its profile is created by the warm-up run.
  lo_pdf=$(timed lo-pdf "rm -rf $O; mkdir -p $O" soffice "-env:UserInstallation=file://$WORK/lo-profile" --headless --convert-to pdf --outdir "$O" "$REF_DOCX"/*.docx)
fi
if [ "$WEASYPRINT" = 1 ] && [ "$PANDOC" = 1 ]; then
  weasy_batch() { for f in "$HTML"/*.html; do weasyprint "$f" "$O/$(basename "${f%.html}").pdf"; done; }
  weasy_pdf=$(timed weasy-pdf "rm -rf $O; mkdir -p $O" weasy_batch)
fi

say "## Whole process, side by side ($SIDE_BY_SIDE typical incidents, same run; load average $(load))"
say ""
say "Ours: the published tool, $OURS_BUILD as its package installs here: \`reportgen render DIR --format docx|pdf --jobs 1\` (one core, one process for the batch)."
say "pandoc: one \`pandoc\` per file on reportgen's own Markdown (\`--format md\`). LibreOffice: one"
say "\`soffice --headless --convert-to pdf\` for the whole batch of our .docx files. WeasyPrint: one \`weasyprint\` per file"
say "on pandoc's standalone HTML of the same Markdown (HTML conversion not counted). Time ratio = ours/theirs (lower is better)."
say ""
say "| output | ours ms/report | theirs | theirs ms/report | time ratio ours/theirs | speed-up | target | met |"
say "|---|---:|---|---:|---:|---:|---:|---|"
row() { # row OUTPUT OURS THEIRS_NAME THEIRS TARGET
  local r; r=$(ratio "$2" "$4")
  local speed; speed=$(awk -v o="$2" -v t="$4" 'BEGIN { if (o == "nan" || t == "nan") print "n/a"; else printf "%.2f", t / o }')
  local status; status=$( [ -n "$5" ] && met "$speed" "$5" ">=" || echo "-")
  say "| $1 | $(ms_per "$2" "$SIDE_BY_SIDE") | $3 | $(ms_per "$4" "$SIDE_BY_SIDE") | $r | ${speed}x | ${5:+>= ${5}x} | $status |"
}
if [ "$PANDOC" = 1 ]; then row .docx "$ours_docx" pandoc "$pandoc_docx" 10; else say "| .docx | $(ms_per "$ours_docx" $SIDE_BY_SIDE) | pandoc | skipped: pandoc not installed | | | | |"; fi
if [ "$LIBREOFFICE" = 1 ]; then row .pdf "$ours_pdf" LibreOffice "$lo_pdf" 20; else say "| .pdf | $(ms_per "$ours_pdf" $SIDE_BY_SIDE) | LibreOffice | skipped: not installed | | | | |"; fi
if [ "$WEASYPRINT" = 1 ] && [ "$PANDOC" = 1 ]; then row .pdf "$ours_pdf" WeasyPrint "$weasy_pdf" ""; else say "| .pdf | $(ms_per "$ours_pdf" $SIDE_BY_SIDE) | WeasyPrint | skipped: weasyprint or pandoc not installed | | | | |"; fi
if [ "$R2R" = 1 ]; then
  say "| .docx, ours ReadyToRun (the package for other platforms) | $(ms_per "$r2r_docx" "$SIDE_BY_SIDE") | pandoc | $(ms_per "$pandoc_docx" "$SIDE_BY_SIDE") | $(ratio "$r2r_docx" "$pandoc_docx") | $(awk -v o="$r2r_docx" -v t="$pandoc_docx" 'BEGIN { if (o == "nan" || t == "nan") print "n/a"; else printf "%.2f", t / o }')x | | |"
  say "| .pdf, ours ReadyToRun (the package for other platforms) | $(ms_per "$r2r_pdf" "$SIDE_BY_SIDE") | LibreOffice | $(ms_per "$lo_pdf" "$SIDE_BY_SIDE") | $(ratio "$r2r_pdf" "$lo_pdf") | $(awk -v o="$r2r_pdf" -v t="$lo_pdf" 'BEGIN { if (o == "nan" || t == "nan") print "n/a"; else printf "%.2f", t / o }')x | | |"
fi
say ""

# ---------------------------------------------------------------- 4: cold single file
note "cold single-file runs..."
ONE="$IN/INC-00001.yaml"
cold_both=$(timed cold-both "rm -rf $O" "$RG" render "$ONE" --out "$O")
cold_docx=$(timed cold-docx "rm -rf $O" "$RG" render "$ONE" --format docx --out "$O")
cold_pdf=$(timed cold-pdf "rm -rf $O" "$RG" render "$ONE" --format pdf --out "$O")
cold_md=$(timed cold-md "rm -rf $O" "$RG" render "$ONE" --format md --out "$O")
cold_help=$(timed cold-help ":" "$RG" --version)
cold_r2r=nan; [ "$R2R" = 1 ] && cold_r2r=$(timed cold-r2r "rm -rf $O" "$WORK/publish-r2r/reportgen" render "$ONE" --out "$O")
"${BENCH[@]}" cold | tee -a "$RESULTS"
say "## One file, one process (typical incident, wall time; load average $(load))"
say ""
say "| command | median ms | target |"
say "|---|---:|---|"
say "| \`reportgen render one.yaml\` (pdf and docx), $OURS_BUILD | $(ms_per "$cold_both" 1) | < 500 ms: $(met "$(ms_per "$cold_both" 1)" 500 "<") |"
say "| \`reportgen render one.yaml --format docx\` | $(ms_per "$cold_docx" 1) | |"
say "| \`reportgen render one.yaml --format pdf\` | $(ms_per "$cold_pdf" 1) | |"
say "| \`reportgen render one.yaml --format md\` | $(ms_per "$cold_md" 1) | |"
say "| \`reportgen --version\` (process start only) | $(ms_per "$cold_help" 1) | |"
say "| \`reportgen render one.yaml\`, ReadyToRun build (the package for other platforms) | $(ms_per "$cold_r2r" 1) | < 500 ms: $(met "$(ms_per "$cold_r2r" 1)" 500 "<") |"
if [ "$PANDOC" = 1 ]; then
  one_md="$MD/INC-00001.md"
  pandoc_one=$(timed pandoc-one "rm -rf $O; mkdir -p $O" pandoc -f markdown --resource-path="$IN" "$one_md" -o "$O/one.docx")
  say "| \`pandoc one.md -o one.docx\` (for comparison) | $(ms_per "$pandoc_one" 1) | |"
fi
if [ "$LIBREOFFICE" = 1 ]; then
  lo_one=$(timed lo-one "rm -rf $O; mkdir -p $O" soffice "-env:UserInstallation=file://$WORK/lo-profile" --headless --convert-to pdf --outdir "$O" "$REF_DOCX/INC-00001.docx")
  say "| \`soffice --headless --convert-to pdf one.docx\` (for comparison) | $(ms_per "$lo_one" 1) | |"
fi
say ""

# ---------------------------------------------------------------- 5: scaling
note "scaling..."
COUNTS=(1 10 100 1000); [ "$QUICK" = 1 ] && COUNTS=(1 10 100)
[ -n "${BENCH_COUNTS:-}" ] && read -r -a COUNTS <<< "$BENCH_COUNTS"
BIG="$WORK/typical-${COUNTS[-1]}"
rm -rf "$BIG"; "${BENCH[@]}" generate typical "${COUNTS[-1]}" "$BIG" > /dev/null
say "## Scaling (typical incidents, pdf and docx, one process per batch; load average at start $(load))"
say ""
say "| files | --jobs | wall s | reports/s | ms per report (wall) | CPU s per report | peak memory MiB | exit |"
say "|---:|---:|---:|---:|---:|---:|---:|---|"
for n in "${COUNTS[@]}"; do
  SET="$WORK/scale-$n"; rm -rf "$SET"; mkdir -p "$SET/figures"
  cp "$BIG"/figures/* "$SET/figures/"
  for i in $(seq 0 $((n - 1))); do cp "$BIG/$(printf 'INC-%05d.yaml' "$i")" "$SET/"; done
  for jobs in 1 2; do
    rm -rf "$O"
    reps=1; [ "$n" -le 10 ] && reps=3
    : > "$WORK/scale-wall"; : > "$WORK/scale-mem"; : > "$WORK/scale-cpu"; rc=0
    for _ in $(seq "$reps"); do
      rm -rf "$O"
      /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" "$RG" render "$SET" --out "$O" --jobs "$jobs" --quiet > "$WORK/scale.log" 2>&1 || rc=$?
      read -r wall mem user sys < <(tail -1 "$WORK/time.txt")
      echo "$wall" >> "$WORK/scale-wall"; echo "$mem" >> "$WORK/scale-mem"; echo "$user $sys" | awk '{ print $1 + $2 }' >> "$WORK/scale-cpu"
    done
    wall=$(median_of "$WORK/scale-wall"); mem=$(sort -g "$WORK/scale-mem" | tail -1); cpu=$(median_of "$WORK/scale-cpu")
    produced=$(find "$O" -name '*.pdf' -o -name '*.docx' 2> /dev/null | wc -l)
    say "$(awk -v n="$n" -v j="$jobs" -v w="$wall" -v m="$mem" -v c="$cpu" -v rc="$rc" -v p="$produced" 'BEGIN {
      printf "| %d | %d | %.2f | %.1f | %.1f | %.3f | %.0f | %s |", n, j, w, n / w, w * 1000 / n, c / n, m / 1024, (rc == 0 && p == 2 * n) ? "0" : "rc " rc ", " p " outputs" }')"
    if [ "$n" = 1000 ] && [ "$jobs" = 2 ]; then THOUSAND_WALL="$wall"; THOUSAND_MEM="$mem"; fi
  done
done
say ""
if [ -n "${THOUSAND_WALL:-}" ]; then
  say "Target: 1,000 typical reports in both formats < 20 s on 2 cores: $(awk -v w="$THOUSAND_WALL" 'BEGIN { printf "%.1f s", w }') → $(met "$THOUSAND_WALL" 20 "<");"
  say "peak memory < 500 MB: $(awk -v m="$THOUSAND_MEM" 'BEGIN { printf "%.0f MB", m * 1024 / 1000000 }') → $(met "$(awk -v m="$THOUSAND_MEM" 'BEGIN { print m * 1024 / 1000000 }')" 500 "<")."
  say ""
fi
say "Load average at the end: $(load)"
note "results written to $RESULTS; scratch files in $WORK"
