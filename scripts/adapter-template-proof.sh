#!/usr/bin/env bash
# Proves a supplier can build an adapter outside this repository from the packages and the template alone:
# packs the supplier packages into a local folder feed, generates an "Eclipse" adapter from templates/familycontext-adapter
# into a temporary folder, and runs the conformance kit against its simulator. Restores only from the local feed and
# the machine's NuGet copy (no network), into a packages folder of its own so a stale copy of the packages is never used.
# Usage: scripts/adapter-template-proof.sh   (after `dotnet build FamilyContext.sln`; prints dotnet test's result line)
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=${CONFIGURATION:-Debug}
work=$(mktemp -d)
[ -n "${KEEP_PROOF:-}" ] || trap 'rm -rf "$work"' EXIT
nuget_copy=${NUGET_PACKAGES:-$HOME/.nuget/packages}

for project in FamilyContext.Plugin.Abstractions FamilyContext.Adapters.Http tests/FamilyContext.Adapters.Conformance; do
  dotnet pack "$project" -c "$configuration" --no-build --nologo -v:q -o "$work/feed"
done

dotnet new install "$PWD/templates/familycontext-adapter" --debug:custom-hive "$work/hive" >/dev/null
dotnet new familycontext-adapter -n Eclipse -o "$work/Eclipse" --debug:custom-hive "$work/hive"

cat >"$work/Eclipse/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources>
    <clear />
    <add key="supplier-packages" value="$work/feed" />
    <add key="nuget-copy" value="$nuget_copy" />
  </packageSources>
</configuration>
CONFIG

cd "$work/Eclipse"
# Everything the adapter needs is in the local feed or was restored for the solution beforehand.
dotnet restore tests/FamilyContext.Adapters.Eclipse.Tests --nologo -v:q
dotnet build tests/FamilyContext.Adapters.Eclipse.Tests --no-restore -m:1 --nologo -v:q
dotnet test tests/FamilyContext.Adapters.Eclipse.Tests --no-build --nologo
