#!/usr/bin/env bash
# The benchmark in one command: ReportGen against pandas and DuckDB on the same synthetic record-level extracts, and
# its PDF and Word renderers against ReportLab on pages of equal density.
#
#   bench/run.sh [ROWS ...]            (default: 1000000; e.g. bench/run.sh 10000000 20000000)
#
# 1. Installs the peers when missing: Debian python3-pandas (apt-get, after apt-get update), Node.js, and
#    @duckdb/node-api from npm into $BENCH_WORK/duckdb, python3-reportlab and poppler-utils (pdfinfo) for the pages.
# 2. Builds src/ReportGen.Cli and bench/ReportGen.Bench (Release).
# 3. For each size, writes an extract with bench/make_extract.py (kept in $BENCH_WORK/extracts for the next run).
# 4. Times, in ROUNDS interleaved rounds (each round runs every tool once, in turn), with /usr/bin/time -v:
#      reportgen count   bench/ReportGen.Bench: the extract counted by month x borough x offence subgroup, with the
#                        code a build runs (RecordCounting), over bench/crime-project.yaml;
#      duckdb            bench/peer_duckdb.mjs, the same counts in SQL (THREADS threads);
#      pandas            bench/peer_pandas.py, the same counts in pandas;
#      reportgen build   a whole build of samples/record-level (PDF, Word, results.json, manifest) with its
#                        data/crimes.csv replaced by the extract.
# 5. Prints, per size and tool, the median wall time (and the range), the median CPU time, the largest peak resident
#    memory, and each median divided by ReportGen's counting median and by DuckDB's.
# 6. Checks that ReportGen's counts equal pandas' and DuckDB's exactly, and that the build read every row; exits 1
#    when they do not.
# 7. Runs bench/pages.sh: pages per second of ReportGen's PDF and Word renderers against ReportLab (PAGES sets its
#    small and large page counts, default "20 200").
#
# Environment: BENCH_WORK  scratch folder (default /tmp/reportgen-bench; never inside the repository)
#              ROUNDS      interleaved rounds (default 3)
#              THREADS     DuckDB's threads (default 2)
#              TOOLS       which tools to time (default "count duckdb pandas build pages")
#              NO_INSTALL  set to 1 to install nothing (a missing peer is then skipped)
# Needs: the .NET SDK (global.json), python3, GNU time (/usr/bin/time; Debian package `time`).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/reportgen-bench}
rounds=${ROUNDS:-3}
threads=${THREADS:-2}
tools=${TOOLS:-count duckdb pandas build pages}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000)
case "$work" in "$repo"|"$repo"/*) echo "BENCH_WORK must be outside the repository" >&2; exit 2 ;; esac
mkdir -p "$work/extracts" "$work/results"
say() { echo "bench: $*" >&2; }
wants() { case " $tools " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# --- 1. peers -------------------------------------------------------------------------------------------------------
sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_="sudo"
apt_missing=()
[ -x /usr/bin/time ] || apt_missing+=(time)
if wants pandas && ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then apt_missing+=(python3-pandas); fi
if wants duckdb && ! command -v npm > /dev/null; then apt_missing+=(nodejs npm); fi
if wants pages && ! /usr/bin/python3 -c 'import reportlab' 2>/dev/null; then apt_missing+=(python3-reportlab); fi
if wants pages && ! command -v pdfinfo > /dev/null; then apt_missing+=(poppler-utils); fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  if [ "${NO_INSTALL:-0}" = 1 ]; then
    say "missing ${apt_missing[*]} (NO_INSTALL=1: skipped)"
  else
    say "installing ${apt_missing[*]} with apt-get"
    $sudo_ apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${apt_missing[@]}" >&2
  fi
fi
[ -x /usr/bin/time ] || { say "GNU time (/usr/bin/time) is needed"; exit 1; }
if wants pandas && ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then say "pandas missing: skipped"; tools=${tools//pandas/}; fi
duckdb_dir="$work/duckdb"
if wants duckdb; then
  if [ ! -d "$duckdb_dir/node_modules/@duckdb/node-api" ] && [ "${NO_INSTALL:-0}" != 1 ] && command -v npm > /dev/null; then
    say "installing @duckdb/node-api into $duckdb_dir"
    mkdir -p "$duckdb_dir" && npm install --prefix "$duckdb_dir" --no-audit --no-fund --silent @duckdb/node-api >&2
  fi
  if [ -d "$duckdb_dir/node_modules/@duckdb/node-api" ]; then
    # An ES module finds its packages beside it, so the peer runs from a copy next to node_modules.
    cp "$repo/bench/peer_duckdb.mjs" "$duckdb_dir/peer_duckdb.mjs"
  else
    say "@duckdb/node-api missing: skipped"; tools=${tools//duckdb/}
  fi
fi

# --- 2. ReportGen -----------------------------------------------------------------------------------------------------
say "building src/ReportGen.Cli and bench/ReportGen.Bench (Release)"
dotnet build -c Release -v q --nologo "$repo/src/ReportGen.Cli/ReportGen.Cli.csproj" >&2
dotnet build -c Release -v q --nologo "$repo/bench/ReportGen.Bench/ReportGen.Bench.csproj" >&2
reportgen="$repo/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll"
counter="$repo/bench/ReportGen.Bench/bin/Release/net10.0/ReportGen.Bench.dll"

# Puts the extract into a project folder as data/crimes.csv: a hard link when the file system allows (ReportGen
# refuses a symbolic link that leads outside the project), a copy otherwise.
place() { rm -f "$2"; ln "$1" "$2" 2> /dev/null || cp "$1" "$2"; }

# Runs one timed command; appends "size tool round wall cpu rss_kb" to the results file.
timed() {
  local rows=$1 tool=$2 round=$3; shift 3
  local log="$work/results/$tool-$rows.time"
  if ! /usr/bin/time -v -o "$log" "$@" > "$work/results/$tool-$rows.stdout" 2> "$work/results/$tool-$rows.stderr"; then
    cat "$work/results/$tool-$rows.stderr" >&2; say "$tool failed at $rows rows"; exit 1
  fi
  python3 - "$log" "$rows" "$tool" "$round" >> "$results" <<'PY'
import sys
fields = {}
for line in open(sys.argv[1]):
    key, _, value = line.strip().rpartition(": ")
    fields[key] = value
clock = [float(part) for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")]
wall = sum(part * 60 ** i for i, part in enumerate(reversed(clock)))
cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
print(sys.argv[2], sys.argv[3], sys.argv[4], f"{wall:.2f}", f"{cpu:.2f}", fields["Maximum resident set size (kbytes)"])
PY
}

results="$work/results/times.txt"
: > "$results"
status=0
for rows in "${sizes[@]}"; do
  extract="$work/extracts/crimes-$rows.csv"
  if [ ! -s "$extract" ] || [ "$(cat "$extract.rows" 2> /dev/null)" != "$rows" ]; then
    say "writing $rows rows to $extract"
    python3 "$repo/bench/make_extract.py" "$rows" "$extract"
    echo "$rows" > "$extract.rows"
  fi
  say "$rows rows: $(du -h "$extract" | cut -f1)"

  count_project="$work/count-$rows"
  mkdir -p "$count_project/data"
  cp "$repo/bench/crime-project.yaml" "$count_project/reportgen.yaml"
  place "$extract" "$count_project/data/crimes.csv"
  build_project="$work/build-$rows"
  rm -rf "$build_project" && mkdir -p "$build_project/data"
  cp -r "$repo/samples/record-level/reportgen.yaml" "$repo/samples/record-level/indicators" "$repo/samples/record-level/commentary" "$build_project/"
  cp "$repo/samples/record-level/data/asb-monthly.csv" "$build_project/data/"
  place "$extract" "$build_project/data/crimes.csv"

  for round in $(seq "$rounds"); do
    say "$rows rows, round $round of $rounds"
    for tool in $tools; do
      case "$tool" in
        count) timed "$rows" "reportgen-count" "$round" dotnet "$counter" count "$count_project" "$work/results/reportgen-$rows.csv" ;;
        duckdb) timed "$rows" "duckdb" "$round" node "$duckdb_dir/peer_duckdb.mjs" "$extract" "$work/results/duckdb-$rows.csv" "$threads" ;;
        pandas) timed "$rows" "pandas" "$round" /usr/bin/python3 "$repo/bench/peer_pandas.py" "$extract" "$work/results/pandas-$rows.csv" ;;
        build) timed "$rows" "reportgen-build" "$round" dotnet "$reportgen" build --quarter Q3 --year 2016/17 --project "$build_project" --quiet ;;
        pages) ;; # after the extracts (step 7)
        *) say "unknown tool $tool"; exit 2 ;;
      esac
    done
  done

  # --- 6. the counts agree ------------------------------------------------------------------------------------------
  peers=()
  for peer in duckdb pandas; do wants "$peer" && peers+=("$work/results/$peer-$rows.csv"); done
  if wants count && [ ${#peers[@]} -gt 0 ]; then
    python3 "$repo/bench/compare_counts.py" "$work/results/reportgen-$rows.csv" "${peers[@]}" >&2 || status=1
  fi
  if wants build; then
    python3 - "$build_project/out/manifest.json" "$rows" >&2 <<'PY' || status=1
import json, sys
manifest = json.load(open(sys.argv[1]))
rows = next(i["rows"] for i in manifest["inputs"] if i["path"].endswith("crimes.csv"))
ok = rows["read"] == int(sys.argv[2]) and rows["rejected"] == 0
print(f"{'agree' if ok else 'DISAGREE'}: the build read {rows['read']} rows of crimes.csv ({rows['used']} used, {rows['rejected']} rejected)")
sys.exit(0 if ok else 1)
PY
  fi
done

# --- 5. the table -----------------------------------------------------------------------------------------------------
python3 - "$results" "$rounds" <<'PY'
import statistics, sys
from collections import defaultdict
runs = defaultdict(list)
for line in open(sys.argv[1]):
    rows, tool, _, wall, cpu, rss = line.split()
    runs[(int(rows), tool)].append((float(wall), float(cpu), int(rss)))
print(f"\nmedians of {sys.argv[2]} interleaved rounds (wall range in brackets); peak RSS is the largest of the rounds")
print(f"{'rows':>10}  {'tool':<16} {'wall s':>7} {'(range)':>15} {'CPU s':>7} {'peak RSS MB':>12} {'÷ RG count':>11} {'÷ DuckDB':>9}")
for rows in sorted({rows for rows, _ in runs}):
    median = {tool: statistics.median(w for w, _, _ in runs[(r, tool)]) for r, tool in runs if r == rows}
    for tool in ["reportgen-count", "duckdb", "pandas", "reportgen-build"]:
        if (rows, tool) not in runs:
            continue
        values = runs[(rows, tool)]
        walls = [w for w, _, _ in values]
        base = median.get("reportgen-count")
        duck = median.get("duckdb")
        ratio = f"{median[tool] / base:.2f}" if base else "-"
        versus = f"{median[tool] / duck:.2f}" if duck else "-"
        print(f"{rows:>10}  {tool:<16} {median[tool]:>7.2f} {f'({min(walls):.2f}-{max(walls):.2f})':>15} "
              f"{statistics.median(c for _, c, _ in values):>7.2f} {max(k for _, _, k in values) / 1024:>12.0f} {ratio:>11} {versus:>9}")
PY
echo "raw times: $results" >&2

# --- 7. pages per second against ReportLab --------------------------------------------------------------------------
if wants pages; then
  if /usr/bin/python3 -c 'import reportlab' 2>/dev/null && command -v pdfinfo > /dev/null; then
    # shellcheck disable=SC2086 # PAGES is two words on purpose
    BENCH_WORK="$work" "$repo/bench/pages.sh" ${PAGES:-20 200} || status=1
  else
    say "ReportLab or pdfinfo missing: pages skipped"
  fi
fi
exit $status
