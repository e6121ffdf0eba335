#!/usr/bin/env bash
# Side-by-side timing of record-level counting: ReportGen against pandas and DuckDB on the same synthetic extract.
#
#   bench/record-level.sh [ROWS ...]          (default: 1000000 10000000)
#
# For each size it makes an extract with $PEERS/make_crime_extract.py (10M rows is about 1.08 GB, so
# check `df -h` first), counts crimes by month x borough x offence subgroup with ReportGen (bench/ReportGen.Bench,
# which runs ReportGen.Ingest's RecordCounting over bench/crime-project.yaml), with pandas and with DuckDB, checks
# that all three give exactly the same counts, and prints a table: best wall time of REPEAT runs, rows per second,
# peak resident memory, and each tool's time divided by ReportGen's.
#
# Environment: BENCH_WORK   scratch folder for extracts and outputs (default /tmp/reportgen-bench; never the repo)
#              PEERS        the peers' folder, holding make_crime_extract.py, peer_pandas.py and peer_duckdb.mjs
#                           (required; they are not part of this repository)
#              THREADS      DuckDB's threads (default 2)
#              REPEAT       runs per tool, best kept (default 3)
# Needs: the .NET SDK, python3, /usr/bin/time, Debian python3-pandas (apt-get install python3-pandas) and Node.js;
# @duckdb/node-api is installed into $BENCH_WORK/duckdb with npm when missing.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/reportgen-bench}
peers=${PEERS:?set PEERS to the folder holding make_crime_extract.py, peer_pandas.py and peer_duckdb.mjs}
threads=${THREADS:-2}
repeat=${REPEAT:-3}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)
case "$work" in "$repo"|"$repo"/*) echo "BENCH_WORK must be outside the repository" >&2; exit 2 ;; esac
mkdir -p "$work"

echo "building bench/ReportGen.Bench (Release)" >&2
dotnet build -c Release -v q --nologo "$repo/bench/ReportGen.Bench/ReportGen.Bench.csproj" >&2
reportgen_dll="$repo/bench/ReportGen.Bench/bin/Release/net10.0/ReportGen.Bench.dll"

have_pandas=yes
/usr/bin/python3 -c 'import pandas' 2>/dev/null || { have_pandas=no; echo "pandas missing: apt-get install python3-pandas (skipped)" >&2; }
duckdb_dir="$work/duckdb"
if [ ! -d "$duckdb_dir/node_modules/@duckdb/node-api" ]; then
  echo "installing @duckdb/node-api into $duckdb_dir" >&2
  mkdir -p "$duckdb_dir" && npm install --prefix "$duckdb_dir" --no-audit --no-fund @duckdb/node-api >&2
fi
# An ES module finds its packages beside it, so the peer runs from a copy next to node_modules.
cp "$peers/peer_duckdb.mjs" "$duckdb_dir/peer_duckdb.mjs"

# Runs a command REPEAT times; sets best (seconds) and rss (peak KB, largest of the runs).
measure() {
  best=""; rss=0
  for _ in $(seq "$repeat"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
    read -r seconds kb < "$work/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
    if [ "$kb" -gt "$rss" ]; then rss=$kb; fi
  done
}

table="$work/table.txt"
printf "%-12s %-10s %9s %14s %12s %12s\n" rows tool "wall s" "rows/s" "peak RSS MB" "÷ ReportGen" > "$table"
for rows in "${sizes[@]}"; do
  project="$work/project-$rows"
  extract="$project/data/crimes.csv"
  mkdir -p "$project/data"
  cp "$repo/bench/crime-project.yaml" "$project/reportgen.yaml"
  if [ ! -s "$extract" ] || [ "$(cat "$project/rows" 2>/dev/null)" != "$rows" ]; then
    echo "making $rows rows" >&2
    python3 "$peers/make_crime_extract.py" "$rows" "$extract"
    echo "$rows" > "$project/rows"
  fi
  echo "$rows rows: $(du -h "$extract" | cut -f1)" >&2

  measure dotnet "$reportgen_dll" count "$project" "$work/reportgen-$rows.csv"
  rg=$best
  cat "$work/stderr.txt" >&2
  results=("reportgen $best $rss")
  outputs=("$work/reportgen-$rows.csv")
  if [ "$have_pandas" = yes ]; then
    measure /usr/bin/python3 "$peers/peer_pandas.py" "$extract" "$work/pandas-$rows.csv"
    results+=("pandas $best $rss"); outputs+=("$work/pandas-$rows.csv")
  fi
  measure node "$duckdb_dir/peer_duckdb.mjs" "$extract" "$work/duckdb-$rows.csv" "$threads"
  results+=("duckdb($threads) $best $rss"); outputs+=("$work/duckdb-$rows.csv")

  python3 "$repo/bench/compare_counts.py" "${outputs[@]}" >&2
  for result in "${results[@]}"; do
    read -r tool seconds kb <<< "$result"
    awk -v r="$rows" -v t="$tool" -v s="$seconds" -v k="$kb" -v base="$rg" \
      'BEGIN{printf "%-12s %-10s %9.2f %14.0f %12.0f %12.2f\n", r, t, s, r/s, k/1024, s/base}' >> "$table"
  done
done
cat "$table"
