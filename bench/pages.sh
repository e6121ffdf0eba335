#!/usr/bin/env bash
# Pages per second: ReportGen's PDF and Word renderers against ReportLab on the same dense landscape
# indicator-table pages (bench/ReportGen.PagesBench/DenseDocument.cs and bench/pages_reportlab.py).
#
#   bench/pages.sh [SMALL LARGE]          (default: 20 200 pages)
#
# Each round runs ReportLab, then ReportGen's PDF renderer, then its Word renderer, each in its own process timing
# SMALL and LARGE pages in-process (median of REPEAT renders after a warm-up); the marginal rate,
# (LARGE - SMALL) / (time(LARGE) - time(SMALL)), leaves out start-up and the first pages' costs. Rounds interleave the
# tools so a busy machine slows them alike; the table gives each tool's median over ROUNDS rounds and its ratio to
# ReportLab, in wall time and in processor time (every thread of the process; steadier when other work shares the
# machine), and for ReportGen the bytes allocated per page (KB/page; the same on a busy machine as on an idle one).
# It also checks that each writes LARGE pages.
#
# Environment: ROUNDS  rounds (default 3)    REPEAT  renders per size per round (default 5)
#              WARMUP  seconds each tool renders both sizes before it is timed (default 3; the JIT optimises
#                      ReportGen's code meanwhile), so the rates are a long run's; "first" is the cold first render
#              BENCH_WORK  scratch folder (default /tmp/reportgen-bench; never the repository)
# Needs: the .NET SDK, Debian python3-reportlab (apt-get install python3-reportlab; run with /usr/bin/python3), pdfinfo.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/reportgen-bench}
rounds=${ROUNDS:-3}
repeat=${REPEAT:-5}
warmup=${WARMUP:-3}
small=${1:-20}
large=${2:-200}
case "$work" in "$repo"|"$repo"/*) echo "BENCH_WORK must be outside the repository" >&2; exit 2 ;; esac
mkdir -p "$work"
/usr/bin/python3 -c 'import reportlab' 2>/dev/null || { echo "ReportLab missing: apt-get install python3-reportlab" >&2; exit 1; }

echo "building bench/ReportGen.PagesBench (Release)" >&2
dotnet build -c Release -v q --nologo "$repo/bench/ReportGen.PagesBench/ReportGen.PagesBench.csproj" >&2
bench=(dotnet "$repo/bench/ReportGen.PagesBench/bin/Release/net10.0/ReportGen.PagesBench.dll")

/usr/bin/python3 "$repo/bench/pages_reportlab.py" write "$large" "$work/pages-reportlab.pdf"
"${bench[@]}" write pdf "$large" "$work/pages-reportgen.pdf"
for file in pages-reportlab.pdf pages-reportgen.pdf; do
  count=$(pdfinfo "$work/$file" | awk '/^Pages:/ {print $2}')
  [ "$count" = "$large" ] || { echo "$file has $count pages, not $large" >&2; exit 1; }
done

results="$work/pages-results.txt"
: > "$results"
for round in $(seq "$rounds"); do
  echo "round $round of $rounds" >&2
  /usr/bin/python3 "$repo/bench/pages_reportlab.py" "$small" "$large" "$repeat" "$warmup" | tee -a "$results" >&2
  "${bench[@]}" pdf "$small" "$large" "$repeat" "$warmup" | tee -a "$results" >&2
  "${bench[@]}" docx "$small" "$large" "$repeat" "$warmup" | tee -a "$results" >&2
done

# The median of each tool's rates, and the ratio of its marginal rates to ReportLab's (wall time, processor time).
awk '
  { tool = $1; for (i = 2; i <= NF; i++) { split($i, kv, "="); v[tool, kv[1], ++n[tool, kv[1]]] = kv[2] } tools[tool] = 1 }
  function median(tool, key,   k, m, a, i, j, t) {
    m = n[tool, key]; for (i = 1; i <= m; i++) a[i] = v[tool, key, i]
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  END {
    rl = median("reportlab", "marginal_pages_per_s"); rlc = median("reportlab", "marginal_pages_per_cpu_s")
    printf "%-14s %12s %10s %12s %12s %10s %12s %9s\n", "tool", "pages/s", "whole", "÷ ReportLab", "pages/cpu-s", "÷ ReportLab", "first run/s", "KB/page"
    split("reportlab pdf docx", order, " ")
    for (k = 1; k <= 3; k++) { t = order[k]; if (!(t in tools)) continue
      m = median(t, "marginal_pages_per_s"); c = median(t, "marginal_pages_per_cpu_s")
      kb = n[t, "allocated_kb_per_page"] ? sprintf("%9d", median(t, "allocated_kb_per_page")) : sprintf("%9s", "-")
      printf "%-14s %12.1f %10.1f %11.2fx %12.1f %9.2fx %12.1f %s\n", (t == "reportlab" ? "ReportLab" : "ReportGen " t), m, median(t, "whole_pages_per_s"), m / rl, c, c / rlc, median(t, "first_pages_per_s"), kb }
  }' "$results"
