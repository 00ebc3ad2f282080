#!/usr/bin/env bash
# Load runs (wrk, 16 and 64 connections), a family of 30, memory, and store lookup timing (SQLite, and PostgreSQL with
# --postgres); figures go in docs/performance.md. Needs: the .NET SDK, wrk (Debian package 'wrk').
#   scripts/benchmark.sh [--smoke] [--duration SECONDS] [--large RECORDS] [--audit RECORDS] [--postgres CONNECTION-STRING]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
dotnet build -c Release -m:1 tests/FamilyContext.Benchmarks >/dev/null
dotnet tests/FamilyContext.Benchmarks/bin/Release/net10.0/FamilyContext.Benchmarks.dll "$@"
