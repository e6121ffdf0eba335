#!/usr/bin/env bash
# What disclosure control costs a build: times `reportgen build` of samples/record-level and samples/city-of-london
# with and without `suppress_below`, best wall time of REPEAT runs each. Results are in docs/disclosure.md.
#
#   bench/disclosure.sh
#   REPEAT=5 bench/disclosure.sh
#
# Each sample is copied to $BENCH_WORK (default /tmp/reportgen-bench/disclosure; never the repository) and a
# `disclosure: { suppress_below: N }` is added to the copy's reportgen.yaml: 10 for record-level, 5 for the City of
# London. The CLI is built in Release first; the time includes start-up, reading, calculation and every output.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/reportgen-bench}/disclosure
repeat=${REPEAT:-3}
case "$work" in "$repo"|"$repo"/*) echo "BENCH_WORK must be outside the repository" >&2; exit 2 ;; esac
mkdir -p "$work"

echo "building src/ReportGen.Cli (Release)" >&2
dotnet build -c Release -v q --nologo "$repo/src/ReportGen.Cli/ReportGen.Cli.csproj" >&2
cli="$repo/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll"
[ -f "$cli" ] || cli=$(ls "$repo"/src/ReportGen.Cli/bin/Release/net10.0/*.Cli.dll 2>/dev/null | head -1)

# copy SAMPLE NAME [THRESHOLD]: a copy of the sample, with suppress_below THRESHOLD when given.
copy() {
  local target="$work/$2"
  rm -rf "$target" && cp -r "$repo/samples/$1" "$target" && rm -rf "$target/out"
  if [ -n "${3:-}" ]; then printf '\ndisclosure:\n  suppress_below: %s\n' "$3" >> "$target/reportgen.yaml"; fi
  echo "$target"
}

# best PROJECT: the best wall time of REPEAT builds, in seconds.
best() {
  local best="" seconds
  for _ in $(seq "$repeat"); do
    /usr/bin/time -f "%e" -o "$work/time.txt" dotnet "$cli" build --quarter Q3 --year 2016/17 --project "$1" \
      > "$work/stdout.txt" 2>&1 || { cat "$work/stdout.txt" >&2; exit 1; }
    seconds=$(cat "$work/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
  done
  echo "$best"
}

printf '%-16s %10s %12s\n' sample "plain (s)" "suppressed (s)"
for spec in record-level:10 city-of-london:5; do
  sample=${spec%%:*} threshold=${spec##*:}
  plain=$(best "$(copy "$sample" "$sample-plain")")
  suppressed=$(best "$(copy "$sample" "$sample-suppressed" "$threshold")")
  printf '%-16s %10s %12s   (suppress_below: %s)\n' "$sample" "$plain" "$suppressed" "$threshold"
done
