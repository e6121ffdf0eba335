#!/usr/bin/env bash
# Kills real builds at random moments, many more times than CI does (docs/guarantees.md, "killed at any moment"):
# runs KilledBuildTests with REPORTGEN_KILL_TRIES tries (default 90) and a seed of your choosing, and prints how the
# kills fell (before any output was written; while staging, leaving the old set and a staging folder; after the swap,
# leaving the new set; on the one-at-a-time way, between renames) and whether every check held.
#
#   bench/kill.sh [TRIES] [SEED]
#
# Needs: the .NET SDK. Takes about two builds' time per four tries plus one build per try.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
export REPORTGEN_KILL_TRIES=${1:-90}
export REPORTGEN_KILL_SEED=${2:-$RANDOM}
echo "kill tries: $REPORTGEN_KILL_TRIES, seed: $REPORTGEN_KILL_SEED" >&2
dotnet test "$repo/tests/ReportGen.Pipeline.Tests" --filter "FullyQualifiedName~KilledBuildTests" \
  --logger "console;verbosity=detailed" | grep -E "seed|Passed|Failed|Error Message|Expected|But was|try [0-9]+" || true
