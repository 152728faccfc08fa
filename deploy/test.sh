#!/usr/bin/env bash
# Runs every test of the solution. Installs and starts what the tests need first, so that it
# works the same on a fresh clone, on a developer's machine and in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# openCypher TCK gates: overall pass rate and the rate of each gated folder (clauses/*, expressions/*).
# The issue asks for 90% overall and 80% per folder; the engine is at 99.9%, so the gates sit just
# under that to catch regressions. A run below either fails this script.
TCK_MIN_PASS=${TCK_MIN_PASS:-0.99}
TCK_MIN_FOLDER=${TCK_MIN_FOLDER:-0.95}
# CI clones the repository with shared/ beside it.
TCK_DIR=${TCK_DIR:-../shared/tck}

# The GraphQL API tests start their own redis-server; make sure the binary is installed.
./deploy/ensure-redis.sh

log=$(mktemp)
status=0
dotnet test Graph.sln -c Release --nologo 2>&1 | tee "$log" || status=$?

# One closing line over all test projects, in the plain form CI reads.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"

# The TCK: the full report goes to artifacts/tck/ (ignored by git); the log shows the per-folder
# table, the threshold verdict and the runner's closing "N passed, M failed, K skipped" line.
mkdir -p artifacts/tck
tck_status=0
if [ -d "$TCK_DIR" ]; then
  dotnet run --project tests/Graph.Cypher.Tck -c Release -- "$TCK_DIR" \
    --report artifacts/tck/tck-report.json --min-pass "$TCK_MIN_PASS" --min-folder "$TCK_MIN_FOLDER" \
    > artifacts/tck/tck-output.txt 2>&1 || tck_status=$?
  sed -n '/^== Folders/,$p' artifacts/tck/tck-output.txt
  if ! grep -q '^== Folders' artifacts/tck/tck-output.txt; then
    tail -n 20 artifacts/tck/tck-output.txt
  fi
  echo "tck: $(tail -n 1 artifacts/tck/tck-output.txt) (min-pass $TCK_MIN_PASS, min-folder $TCK_MIN_FOLDER; full output in artifacts/tck/tck-output.txt)"
else
  echo "tck: no TCK at $TCK_DIR (set TCK_DIR); failing, since CI must run it"
  tck_status=2
fi
if [ "$status" -eq 0 ] && [ "$tck_status" -ne 0 ]; then
  status=$tck_status
fi

echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
