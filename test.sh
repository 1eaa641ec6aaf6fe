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

# Debian packages the tests drive for real: chromium (the browser tests, through Playwright with
# no browser download) and python3-aiosmtpd (the real SMTP server of the email tests; Debian's
# package serves /usr/bin/python3, not a pyenv python3 on PATH). Installed with apt only when
# missing, so reruns are quick.
ensure_package() { # ensure_package PACKAGE TEST-COMMAND...
  local package=$1; shift
  "$@" >/dev/null 2>&1 && return 0
  log "installing $package"
  export DEBIAN_FRONTEND=noninteractive
  { [ -n "${apt_updated:-}" ] || apt-get update -qq; } >/dev/null 2>&1 && apt_updated=1
  apt-get install -y -qq "$package" >/dev/null 2>&1 || log "could not install $package: the tests that need it will fail"
}
ensure_package chromium test -x /usr/bin/chromium
ensure_package python3-aiosmtpd /usr/bin/python3 -c 'import aiosmtpd'

log "restoring NuGet packages"
dotnet restore Omov.slnx --nologo -v q >&2 || { echo "0 passed, 1 failed"; exit 1; }
log "building"
dotnet build Omov.slnx -c Release --no-restore --nologo -v q -clp:ErrorsOnly >&2 || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0; skipped=0; status=0
results=$(mktemp -d)
pgdir=""; pgbin=""; runas=()
cleanup() {
  if [ -n "$pgdir" ]; then
    "${runas[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$pgdir"
  fi
  rm -rf "$results"
}
trap cleanup EXIT

# A real throwaway PostgreSQL for the storage tests: installed with apt when missing, a fresh
# cluster in a temp folder listening only on a Unix socket there (no port to collide with),
# stopped and removed on exit. PostgreSQL refuses to run as root, so as root it runs as the
# 'postgres' system user. Tests read OMOV_TEST_POSTGRES and fail (never skip) without it.
start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    log "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq postgresql; } >/dev/null 2>&1 || { log "could not install postgresql"; return 1; }
  fi
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  [ -n "$initdb" ] || initdb=$(command -v initdb)
  pgbin=$(dirname "$initdb")
  pgdir=$(mktemp -d /tmp/omov-pg.XXXXXX)
  local user
  if [ "$(id -u)" -eq 0 ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --user-group --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres "$pgdir"
    runas=(runuser -u postgres --)
    user=postgres
  else
    user=$(id -un)
  fi
  "${runas[@]}" "$pgbin/initdb" -D "$pgdir/data" -U "$user" -A trust -E UTF8 --no-sync >"$pgdir/initdb.log" 2>&1 \
    || { log "initdb failed: $(tail -n 3 "$pgdir/initdb.log")"; return 1; }
  "${runas[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null 2>&1 \
    || { log "postgres did not start: $(tail -n 3 "$pgdir/server.log" 2>/dev/null)"; return 1; }
  "$pgbin/psql" -h "$pgdir" -U "$user" -d postgres -qAt -c "CREATE DATABASE omov_test" >/dev/null \
    || { log "could not create the test database"; return 1; }
  export OMOV_TEST_POSTGRES="Host=$pgdir;Username=$user;Database=omov_test"
  log "postgresql running in $pgdir"
}
# The email delivery tests talk to a real SMTP server: tests/Omov.Delivery.Tests/Smtp/sink.py on

log "starting a throwaway postgresql"
start_postgres || { log "no postgresql: the PostgreSQL tests will fail"; unset OMOV_TEST_POSTGRES; }
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
