#!/usr/bin/env bash
# Load run (wrk) and store lookup timing for the lookup layer; figures go in docs/performance.md.
# Needs: the .NET SDK, wrk (Debian package 'wrk'). Takes about 4 minutes on 2 cores.
#   scripts/benchmark.sh [--duration SECONDS] [--large RECORDS]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
dotnet build -c Release -m:1 tests/FamilyContext.Benchmarks >/dev/null
dotnet tests/FamilyContext.Benchmarks/bin/Release/net10.0/FamilyContext.Benchmarks.dll "$@"
