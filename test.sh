#!/usr/bin/env bash
# Runs every Omov test on a fresh machine: installs what the tests need, starts the services
# they talk to, runs each test project, stops what it started, and ends with one line
# "N passed, N failed" (", N skipped" when any were).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '==> %s\n' "$*" >&2; }

# The shared reference data sits beside the checkout (../shared/data); tests fail clearly without it.
export OMOV_SHARED_DATA="${OMOV_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
[ -d "$OMOV_SHARED_DATA" ] || log "warning: $OMOV_SHARED_DATA is missing; data-driven tests will fail"

log "restoring NuGet packages"
dotnet restore Omov.slnx --nologo -v q >&2 || { echo "0 passed, 1 failed"; exit 1; }
log "building"
dotnet build Omov.slnx -c Release --no-restore --nologo -v q -clp:ErrorsOnly >&2 || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0; skipped=0; status=0
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "testing $name"
  out="$results/$name.log"
  dotnet test "$project" -c Release --no-build --nologo --logger "console;verbosity=normal" 2>&1 | tee "$out" | grep -E '^\s+Failed |Error Message|^\s+at Omov' >&2
  rc=${PIPESTATUS[0]}
  if ! grep -qE '^Total tests:' "$out"; then
    log "$name ran no tests (exit $rc)"
    failed=$((failed + 1)); status=1; continue
  fi
  count() { grep -E "^\s+$1: [0-9]+" "$out" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
  p=$(count Passed); f=$(count Failed); s=$(count Skipped)
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  [ "$rc" -eq 0 ] || status=1
done

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
