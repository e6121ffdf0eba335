#!/usr/bin/env bash
# Times `reportgen build --for-each borough` on a large synthetic record-level extract: 32 borough packs (PDF and Word)
# from one extract, read once and split by borough (docs/scheduled-packs.md#speed-and-memory).
#
#   bench/for-each.sh [ROWS]          (default: 10000000, about 1.15 GB)
#
# The project is samples/record-level with its crimes extract replaced by bench/make_extract.py's (its
# columns and more, 32 London boroughs, April 2014 to December 2016). Prints the wall time and peak resident memory of each of
# REPEAT runs (GNU time -v), and the time the extract's counting alone takes (bench/ReportGen.Bench count).
#
# Environment: BENCH_WORK   scratch folder (default /tmp/reportgen-bench; never the repository)
#              REPEAT       runs (default 3)
#              FORMATS      --format for the packs (default pdf,docx)
# Needs: the .NET SDK, python3, /usr/bin/time.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/reportgen-bench}
rows=${1:-10000000}
repeat=${REPEAT:-3}
formats=${FORMATS:-pdf,docx}
case "$work" in "$repo"|"$repo"/*) echo "BENCH_WORK must be outside the repository" >&2; exit 2 ;; esac

project="$work/packs-$rows"
mkdir -p "$project"
cp -r "$repo/samples/record-level/reportgen.yaml" "$repo/samples/record-level/indicators" "$repo/samples/record-level/commentary" "$project/"
mkdir -p "$project/data"
cp "$repo/samples/record-level/data/asb-monthly.csv" "$project/data/"
if [ ! -s "$project/data/crimes.csv" ] || [ "$(cat "$project/rows" 2>/dev/null)" != "$rows" ]; then
  echo "making $rows rows" >&2
  python3 "$repo/bench/make_extract.py" "$rows" "$project/data/crimes.csv"
  echo "$rows" > "$project/rows"
fi
echo "$rows rows: $(du -h "$project/data/crimes.csv" | cut -f1)" >&2

echo "building src/ReportGen.Cli and bench/ReportGen.Bench (Release)" >&2
dotnet build -c Release -v q --nologo "$repo/src/ReportGen.Cli/ReportGen.Cli.csproj" >&2
dotnet build -c Release -v q --nologo "$repo/bench/ReportGen.Bench/ReportGen.Bench.csproj" >&2
reportgen="$repo/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll"
bench="$repo/bench/ReportGen.Bench/bin/Release/net10.0/ReportGen.Bench.dll"

printf "%-28s %9s %9s %13s\n" run "wall s" "CPU s" "peak RSS MB"
for i in $(seq "$repeat"); do
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" dotnet "$bench" count "$project" "$work/counts.csv" > /dev/null 2>&1
  read -r seconds kb user sys < "$work/time.txt"
  awk -v s="$seconds" -v k="$kb" -v c="$user" -v d="$sys" -v i="$i" 'BEGIN{printf "%-28s %9.2f %9.2f %13.0f\n", "count only #" i, s, c+d, k/1024}'
done
for i in $(seq "$repeat"); do
  rm -rf "$project/out"
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" dotnet "$reportgen" build --quarter Q3 --year 2016/17 --project "$project" \
    --for-each borough --format "$formats" --quiet 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  read -r seconds kb user sys < "$work/time.txt"
  awk -v s="$seconds" -v k="$kb" -v c="$user" -v d="$sys" -v i="$i" 'BEGIN{printf "%-28s %9.2f %9.2f %13.0f\n", "for-each borough #" i, s, c+d, k/1024}'
done
echo "$(find "$project/out" -mindepth 1 -maxdepth 1 -type d | wc -l) packs, $(find "$project/out" -type f | wc -l) files in $project/out" >&2
