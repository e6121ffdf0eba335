#!/usr/bin/env bash
# Native AOT: publishes reportgen as one native program (dotnet publish -p:PublishAot=true), checks that it writes
# every sample's files in every format byte for byte as the JIT-compiled tool does (bench/render-hashes.sh with each),
# then times a small pack with each: the Havering sample (PDF, Word, JSON), median of RUNS runs.
#
#   bench/aot.sh
#
# Environment: BENCH_WORK  scratch folder (default /tmp/reportgen-bench; never the repository)
#              RUNS        timed runs of each program (default 5)
# Needs: the .NET SDK and a C toolchain (Debian: build-essential; the AOT compiler links with it), Linux x64.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/reportgen-bench}/aot
runs=${RUNS:-5}
case "$work" in "$repo"|"$repo"/*) echo "BENCH_WORK must be outside the repository" >&2; exit 2 ;; esac
rm -rf "$work" && mkdir -p "$work"

echo "publishing the Native AOT program (a few minutes)" >&2
# A publish for another runtime setting leaves objects the AOT compiler must not pick up.
rm -rf "$repo/src/ReportGen.Cli/obj/Release/net10.0/linux-x64"
dotnet publish "$repo/src/ReportGen.Cli" -c Release -r linux-x64 -p:PublishAot=true \
  -p:IncludeSourceRevisionInInformationalVersion=false -v q --nologo -o "$work/native" >&2
rm -rf "$repo/src/ReportGen.Cli/obj/Release/net10.0/linux-x64"
native=$work/native/reportgen

formats=pdf,docx,json,html,xlsx
FORMATS=$formats BENCH_WORK="$work/jit-files" "$repo/bench/render-hashes.sh" > "$work/jit.txt"
FORMATS=$formats REPORTGEN="$native" BENCH_WORK="$work/native-files" "$repo/bench/render-hashes.sh" > "$work/native.txt"
if diff "$work/jit.txt" "$work/native.txt" >&2; then
  echo "same bytes: the native program's $(wc -l < "$work/native.txt") files are the JIT-compiled tool's"
else
  echo "the native program's files differ from the JIT-compiled tool's (above)" >&2
  exit 1
fi

# No sample asks for HTML or a workbook: a copy of the Havering project that asks for all five formats, built by each.
cp -r "$repo/samples/havering" "$work/all-formats"
sed -i 's/formats: \[pdf, docx, json\]/formats: [pdf, docx, json, html, xlsx]/' "$work/all-formats/reportgen.yaml"
grep -q 'html, xlsx' "$work/all-formats/reportgen.yaml" || { echo "could not ask the Havering copy for every format" >&2; exit 1; }
for program in jit native; do
  if [ "$program" = jit ]; then run=(dotnet "$repo/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll"); else run=("$native"); fi
  "${run[@]}" build --quiet --quarter Q3 --year 2016/17 --project "$work/all-formats" --out "$work/all-formats-$program" >&2
done
for file in "$work"/all-formats-jit/*; do
  name=$(basename "$file")
  [ "$name" = manifest.json ] && continue
  cmp "$file" "$work/all-formats-native/$name" >&2 || { echo "$name differs" >&2; exit 1; }
done
echo "same bytes: the Havering pack in all five formats ($(ls "$work/all-formats-jit" | grep -vc manifest) files)"

# The Havering pack, built by each program RUNS times into a fresh folder; the median wall time.
time_pack() { # NAME COMMAND...
  local name=$1; shift
  local times=()
  for i in $(seq "$runs"); do
    rm -rf "$work/time-out"
    local start end
    start=$(date +%s%N)
    "$@" build --quiet --quarter Q3 --year 2016/17 --project "$repo/samples/havering" --out "$work/time-out" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{ t[NR] = $1 } END { printf "%-34s %6.2f s (median of %d)\n", name, t[int((NR + 1) / 2)] / 1000, NR }'
}
time_pack "JIT-compiled (dotnet reportgen.dll)" dotnet "$repo/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll"
time_pack "Native AOT" "$native"
