#!/usr/bin/env bash
# The SHA-256 of every PDF and Word file the samples build (and of the pages benchmark's document), one
# "hash  file" line each, sorted: run it before and after a change meant to leave the output as it was and diff
# the two lists.
#
#   bench/render-hashes.sh > before.txt; (change the code); bench/render-hashes.sh > after.txt; diff before.txt after.txt
#
# Builds every sample under samples/ (city-of-london, havering and mopac are the three built-in templates' packs), the
# Havering pack also as a draft and as PDF/A, record-level also --for-each borough, and 10 pages of
# bench/ReportGen.PagesBench's document in each format.
# Environment: BENCH_WORK  scratch folder (default /tmp/reportgen-bench; never the repository)
#              REPORTGEN   a reportgen program to build with instead of the Release build of src/ReportGen.Cli (bench/aot.sh
#                          passes the Native AOT one)
#              FORMATS     the formats to build (default pdf,docx); every file of those kinds but the manifest is hashed
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/reportgen-bench}/hashes
case "$work" in "$repo"|"$repo"/*) echo "BENCH_WORK must be outside the repository" >&2; exit 2 ;; esac
rm -rf "$work" && mkdir -p "$work"

# Without the commit in the version, which packs print, so two commits that render alike give the same bytes.
dotnet build -c Release -v q --nologo -p:IncludeSourceRevisionInInformationalVersion=false "$repo/src/ReportGen.Cli/ReportGen.Cli.csproj" >&2
dotnet build -c Release -v q --nologo "$repo/bench/ReportGen.PagesBench/ReportGen.PagesBench.csproj" >&2
if [ -n "${REPORTGEN:-}" ]; then cli=("$REPORTGEN"); else cli=(dotnet "$repo/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll"); fi
formats=${FORMATS:-pdf,docx}

build() { # NAME ARGS...
  local name=$1; shift
  "${cli[@]}" build --quiet --format "$formats" --out "$work/$name" "$@" >&2 || [ $? -eq 1 ] || { echo "$name failed" >&2; exit 1; }
}
for sample in "$repo"/samples/*/; do
  name=$(basename "$sample")
  build "$name" --project "$sample"
done
build havering-draft --project "$repo/samples/havering" --draft
build havering-pdfa --project "$repo/samples/havering" --pdfa
build record-level-for-each --project "$repo/samples/record-level" --for-each borough
mkdir -p "$work/pages"
for format in pdf docx; do
  dotnet "$repo/bench/ReportGen.PagesBench/bin/Release/net10.0/ReportGen.PagesBench.dll" write "$format" 10 "$work/pages/pages.$format"
done

(cd "$work" && find . -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.html' -o -name '*.xlsx' -o -name '*.json' -o -name '*.csv' \) \
  ! -name manifest.json -print0 | sort -z | xargs -0 sha256sum)
