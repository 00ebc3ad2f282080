#!/usr/bin/env bash
# Installs everything the tests need (Redis, PostgreSQL, Chromium from Debian; npm packages) and runs every test.
# Usage: scripts/test.sh            (as root, or with sudo available)
# Ends with a line "N passed, N failed" (", N skipped" when any were skipped) and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_debian_packages() {
  local wanted=(redis-server postgresql chromium wrk faketime nginx yamllint curl)
  local missing=()
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v faketime >/dev/null 2>&1 || missing+=(faketime)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -x /usr/bin/yamllint ] || missing+=(yamllint)
  [ -x /usr/bin/curl ] || missing+=(curl)
  if [ ${#missing[@]} -eq 0 ]; then
    log "Debian packages present: ${wanted[*]}"
    return 0
  fi
  log "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq || return 1
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null || return 1
}

install_npm_packages() {
  # The panel's GOV.UK Frontend assets (also installed by the build), and the test OpenID provider.
  local dir
  for dir in FamilyContext.Plugin tests/oidc-provider; do
    if [ -f "$dir/package-lock.json" ]; then
      log "npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || return 1
    fi
  done
}

clock_a_year_ahead_settings() {
  # libfaketime moves the clock of the test host only (vstest's own process keeps real time; the servers the tests start drop it).
  local library settings
  library=$(dpkg -L libfaketime 2>/dev/null | grep -m1 'libfaketimeMT.so.1$') || return 1
  settings=$(mktemp --suffix=.runsettings)
  cat >"$settings" <<EOF
<RunSettings>
  <RunConfiguration>
    <EnvironmentVariables>
      <LD_PRELOAD>$library</LD_PRELOAD>
      <FAKETIME>+365d</FAKETIME>
    </EnvironmentVariables>
  </RunConfiguration>
</RunSettings>
EOF
  echo "$settings"
}

summarise() {
  # dotnet test prints one line per test assembly: "Passed!  - Failed: 0, Passed: 40, Skipped: 0, Total: 40, ..."
  awk '
    /(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
      for (i = 1; i <= NF; i++) {
        if ($i == "Failed:")  { v = $(i+1); gsub(/,/, "", v); f += v }
        if ($i == "Passed:")  { v = $(i+1); gsub(/,/, "", v); p += v }
        if ($i == "Skipped:") { v = $(i+1); gsub(/,/, "", v); s += v }
      }
      assemblies++
    }
    END {
      if (s > 0) printf "%d passed, %d failed, %d skipped\n", p, f, s
      else printf "%d passed, %d failed\n", p, f
      if (assemblies == 0) exit 3
    }' "$1"
}

main() {
  local output status
  output=$(mktemp)
  install_debian_packages || { echo "Could not install the Debian packages the tests need."; echo "0 passed, 1 failed"; return 1; }
  install_npm_packages || { echo "npm ci failed."; echo "0 passed, 1 failed"; return 1; }

  log "Building"
  if ! dotnet build FamilyContext.sln -m:1 --nologo -v:q 2>&1 | tee -a "$output" | tail -n 30; then
    echo "Build failed."; echo "0 passed, 1 failed"; return 1
  fi
  if grep -qE "Build FAILED|error [A-Z]+[0-9]+" "$output"; then
    echo "Build failed."; echo "0 passed, 1 failed"; return 1
  fi

  log "Testing (projects one at a time: the machine has 2 cores)"
  dotnet test FamilyContext.sln --no-build -m:1 --nologo 2>&1 | tee -a "$output"
  status=${PIPESTATUS[0]}

  log "Testing the service again with the clock a year ahead (no test may depend on today's date)"
  local settings
  settings=$(clock_a_year_ahead_settings) || { echo "libfaketime is missing."; echo "0 passed, 1 failed"; return 1; }
  dotnet test tests/FamilyContext.Plugin.Tests --no-build --nologo --settings "$settings" 2>&1 | tee -a "$output"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1

  log "Packing the supplier packages and running the kit against an adapter generated from the template"
  local proof
  proof=$(mktemp)
  bash scripts/adapter-template-proof.sh 2>&1 | tee "$proof"
  if [ "${PIPESTATUS[0]}" -ne 0 ]; then
    status=1
    # Packing, generating or building failed before any test ran: count it as one failure.
    grep -qE "(Passed|Failed)! +- +Failed:" "$proof" || echo "Failed!  - Failed: 1, Passed: 0, Skipped: 0, Total: 1 - adapter template proof" >>"$proof"
  fi
  cat "$proof" >>"$output"

  log "Benchmark smoke: about two seconds of load, to prove it runs and every response is 2xx (speed is not checked)"
  local smoke
  smoke=$(mktemp)
  if dotnet tests/FamilyContext.Benchmarks/bin/Debug/net10.0/FamilyContext.Benchmarks.dll --smoke >"$smoke" 2>&1; then
    tail -n 30 "$smoke"
    echo "Passed!  - Failed: 0, Passed: 1, Skipped: 0, Total: 1 - benchmark smoke" | tee -a "$output"
  else
    status=1
    tail -n 60 "$smoke"
    echo "Failed!  - Failed: 1, Passed: 0, Skipped: 0, Total: 1 - benchmark smoke" | tee -a "$output"
  fi

  log "Summary"
  local summary
  if ! summary=$(summarise "$output"); then
    echo "No test results were found."
    echo "0 passed, 1 failed"
    return 1
  fi
  echo "$summary"
  return "$status"
}

main "$@"
